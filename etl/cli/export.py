"""`python -m etl export`: the command line of etl.warehouse.export."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from etl.cli.args import iso_day
from etl.warehouse.export import FORMATS, export_events


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
    from etl.warehouse.load import WarehouseLocked, connect

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
