"""The analysis layer: SQL views over the core tables, created from sql/views/.

Files are applied in name order, which is their dependency order: 00_ macros,
1x staging views (stg_*), 2x marts. Every statement is `CREATE OR REPLACE`, so
applying them at every writer start refreshes the views after a migration and
costs a few milliseconds. Views hold no data: they never need a backfill.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

from etl.config import PROJECT_ROOT

VIEWS_DIR = PROJECT_ROOT / "sql" / "views"

# The marts analysts use, in the order the docs and the bench list them.
MART_VIEWS = ("acled_events", "events_monthly", "fatalities_by_admin1", "actor_dyads",
              "hotspots", "source_coverage", "recent_events", "merged_events", "event_pair_decisions")


def view_files(views_dir: Path = VIEWS_DIR) -> list[Path]:
    return sorted(views_dir.glob("[0-9][0-9]_*.sql"))


def apply_views(con: duckdb.DuckDBPyConnection, views_dir: Path = VIEWS_DIR) -> list[str]:
    """Create or replace every view and macro of sql/views/ in one transaction.

    Returns the names of the views it created. Needs a writable connection.
    """
    created: list[str] = []
    con.execute("BEGIN TRANSACTION")
    try:
        for path in view_files(views_dir):
            sql = path.read_text(encoding="utf-8")
            con.execute(sql)
            created += re.findall(r"CREATE OR REPLACE VIEW\s+(\w+)", sql, flags=re.IGNORECASE)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return created
