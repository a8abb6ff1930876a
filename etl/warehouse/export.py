"""An ACLED-compatible CSV or Parquet file of the events (`python -m etl export`, etl.cli.export).

The file has the 31 columns of a current ACLED export, in ACLED's order, with ISO
dates and inter codes as text (the acled_events view); --acled-legacy writes the
numeric inter codes and two-digit interaction of older exports instead
(acled_events_legacy). DuckDB's COPY writes it to a temporary name beside the
target, renamed into place when complete, so a reader never sees half a file.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import duckdb

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
FORMATS = {"csv": "(FORMAT csv, HEADER true, DATEFORMAT '%Y-%m-%d')",
           "parquet": "(FORMAT parquet, COMPRESSION zstd)"}

# Each filter is fixed SQL text with a bound parameter; user input is never spliced in.
FILTERS = {
    "start": "event_date >= $start",
    "end": "event_date <= $end",
    "countries": "lower(country) IN (SELECT lower(unnest($countries)))",
    "event_types": "lower(event_type) IN (SELECT lower(unnest($event_types)))",
}


def export_query(legacy: bool = False, start: date | None = None, end: date | None = None,
                 countries: list[str] | tuple[str, ...] = (),
                 event_types: list[str] | tuple[str, ...] = (), sort: bool = False) -> tuple[str, dict]:
    """The SELECT an export runs and its parameters (also useful to preview in Python)."""
    view = "acled_events_legacy" if legacy else "acled_events"
    given = {"start": start, "end": end, "countries": list(countries), "event_types": list(event_types)}
    params = {k: v for k, v in given.items() if v}
    where = " AND ".join(FILTERS[k] for k in params) or "true"
    columns = ", ".join(f'"{c}"' for c in ACLED_COLUMNS)
    sql = f"SELECT {columns} FROM {view} WHERE {where}"
    if sort:  # newest first, as ACLED's downloads; sorting wide rows doubles the export time
        sql += " ORDER BY event_date DESC, event_id_cnty"
    return sql, params


def export_events(con: duckdb.DuckDBPyConnection, output: Path, fmt: str = "csv", *,
                  start: date | None = None, end: date | None = None,
                  countries: list[str] | tuple[str, ...] = (),
                  event_types: list[str] | tuple[str, ...] = (), legacy: bool = False,
                  sort: bool = False) -> int:
    """Write the matching events to `output`; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {sorted(FORMATS)}, not {fmt!r}")
    sql, params = export_query(legacy, start, end, countries, event_types, sort)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        # COPY's target is a path we chose, passed as a parameter too.
        params = {**params, "target": str(tmp)}
        rows = con.execute(f"COPY ({sql}) TO $target {FORMATS[fmt]}", params).fetchone()[0]
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    return int(rows)
