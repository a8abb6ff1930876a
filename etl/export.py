"""`python -m etl export`: an ACLED-compatible CSV or Parquet file of the events.

The file has the 31 columns of a current ACLED export, in ACLED's order, with ISO
dates and inter codes as text (the acled_events view); --acled-legacy writes the
numeric inter codes and two-digit interaction of older exports instead
(acled_events_legacy). DuckDB's COPY writes it to a temporary name beside the
target, renamed into place when complete, so a reader never sees half a file.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

import duckdb

from etl.cli import iso_day

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


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=sorted(FORMATS),
                        help="file format (default: from the output's suffix, else csv)")
    parser.add_argument("--output", "-o", type=Path, required=True, help="file to write")
    parser.add_argument("--start", type=iso_day, help="first event date, YYYY-MM-DD (inclusive)")
    parser.add_argument("--end", type=iso_day, help="last event date, YYYY-MM-DD (inclusive)")
    parser.add_argument("--country", action="append", default=[], metavar="NAME",
                        help="only this country (repeat for several; case-insensitive)")
    parser.add_argument("--event-type", action="append", default=[], metavar="TYPE",
                        help='only this event type, e.g. "Battles" (repeatable)')
    parser.add_argument("--acled-legacy", action="store_true",
                        help="numeric inter1/inter2 and two-digit interaction, as exports before 2023")
    parser.add_argument("--sort", action="store_true",
                        help="newest event first, as ACLED's downloads (default: load order, faster)")


def run_export(args: argparse.Namespace) -> int:
    from etl.config import load_settings
    from etl.load import WarehouseLocked, connect

    fmt = args.format or ("parquet" if args.output.suffix.lower() == ".parquet" else "csv")
    if args.start and args.end and args.end < args.start:
        print(f"--end {args.end} is before --start {args.start}", file=sys.stderr)
        return 2
    settings = load_settings()
    if not settings.warehouse.exists():
        print(f"no warehouse at {settings.warehouse}: run `make run` or `python -m etl init` first",
              file=sys.stderr)
        return 1
    try:
        con = connect(settings.warehouse, read_only=True, wait_s=settings.lock_wait_s)
    except WarehouseLocked as exc:
        print(exc, file=sys.stderr)
        return 3
    try:
        rows = export_events(con, args.output, fmt, start=args.start, end=args.end,
                             countries=args.country, event_types=args.event_type,
                             legacy=args.acled_legacy, sort=args.sort)
    finally:
        con.close()
    print(f"wrote {rows} events to {args.output} ({fmt}{', legacy inter codes' if args.acled_legacy else ''})")
    return 0
