"""Refresh what sits downstream of the events table after a load: views and exports.

The warehouse_refresh DAG calls `refresh_warehouse` each time a load updates
the events. The views (sql/views/) are re-applied by etl.warehouse.load.writer when it
opens the warehouse; the ACLED-layout exports are rewritten whole, atomically,
so a reader never sees half a file.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from etl.config import Settings
from etl.warehouse.export import export_events
from etl.warehouse.load import writer

EXPORT_NAME = "acled_events"  # the mart in ACLED's export layout (sql/views/20_acled_events.sql)


@dataclass(frozen=True)
class RefreshResult:
    events: int
    exports: list[str]
    seconds: float


def exports_dir(settings: Settings) -> Path:
    return settings.warehouse_dir / "exports"


def refresh_warehouse(settings: Settings) -> RefreshResult:
    """Re-apply the views and rewrite exports/acled_events.{csv,parquet}."""
    started = time.perf_counter()
    folder = exports_dir(settings)
    written = []
    events = 0
    with writer(settings.warehouse, settings.lock_wait_s) as con:  # applies sql/views/
        for fmt in ("csv", "parquet"):
            target = folder / f"{EXPORT_NAME}.{fmt}"
            events = export_events(con, target, fmt, sort=True)  # written atomically
            written.append(str(target))
    return RefreshResult(events, written, time.perf_counter() - started)
