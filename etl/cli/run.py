"""CLI commands that run the pipeline: `init` (and `init --rebuild-events`), `run` and `summary`."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from etl.config import load_settings
from etl.cli.args import iso_day


def configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rebuild-events", action="store_true",
                        help="decide every event again from the stored reports (after the merge "
                             "rules in etl/events changed)")


def run_init(args: argparse.Namespace) -> int:
    from etl.warehouse.load import migrate, rebuild_events, writer

    settings = load_settings()
    with writer(settings.warehouse, settings.lock_wait_s) as con:
        applied = migrate(con)  # writer() already migrated; this reports the state
        version = con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0]
        rebuilt = rebuild_events(con) if getattr(args, "rebuild_events", False) else None
    print(f"warehouse {settings.warehouse} at schema version {version}"
          + (f" (applied {', '.join(applied)})" if applied else "")
          + (f"; {rebuilt:,} events rebuilt from their reports" if rebuilt is not None else ""))
    return 0


def configure_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", type=iso_day, help="first day (UTC), YYYY-MM-DD")
    parser.add_argument("--end", type=iso_day, help="last day (UTC), inclusive; default: --start")
    parser.add_argument("--sources", type=Path, help="sources file (default: $ETL_SOURCES)")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="run only these sources")
    parser.add_argument("--all", action="store_true",
                        help="the whole date range of the sources (bundled corpus: its articles' days)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def corpus_days(settings) -> tuple[date, date]:
    """First and last publication day of the configured folder sources (for --all)."""
    from etl.records import Interval
    from etl.sources import fetch_articles, load_sources

    everything = Interval(datetime(1900, 1, 1, tzinfo=timezone.utc), datetime(2200, 1, 1, tzinfo=timezone.utc))
    sources = [s for s in load_sources(settings.sources) if s.kind in ("folder", "jsonl", "csv")]
    found = fetch_articles(sources, everything, settings.sources.parent).items
    days = [a.published_at.date() for a in found if a.published_at]
    if not days:
        raise SystemExit("--all: the sources hold no dated articles; give --start and --end")
    return min(days), max(days)


def run_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from etl.pipeline import QualityCheckFailed, check_step, extract_step, fetch_step, load_step
    from etl.records import Interval

    if args.sources:
        os.environ["ETL_SOURCES"] = str(args.sources.resolve())
    settings = load_settings()
    if args.all:
        start, end = corpus_days(settings)
    elif args.start:
        start, end = args.start, args.end or args.start
    else:
        print("give --start (and --end), or --all", file=sys.stderr)
        return 2
    if end < start:
        print(f"--end {end} is before --start {start}", file=sys.stderr)
        return 2
    run_id = f"cli__{datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%S}"
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    failed = []
    # disable=None: no bar when stdout is not a terminal (logs, CI), where it would repeat per update
    bar = tqdm(days, unit="day", disable=True if args.quiet else None, desc="pipeline")
    for day in bar:
        begin = datetime.combine(day, time(), tzinfo=timezone.utc)
        interval = Interval(begin, begin + timedelta(days=1))
        bar.set_postfix_str(f"{day} fetch")
        articles = fetch_step(interval, settings, args.only)
        bar.set_postfix_str(f"{day} extract")
        events = extract_step(articles, settings)
        bar.set_postfix_str(f"{day} load")
        load_step(events, interval, settings, run_id)
        try:
            check_step(interval, settings, run_id)
        except QualityCheckFailed as exc:
            failed.append(str(exc))
    bar.close()
    print_summary(settings, start, end)
    for message in failed:
        print(f"quality check failed: {message}", file=sys.stderr)
    return 1 if failed else 0


def configure_summary(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", type=iso_day)
    parser.add_argument("--end", type=iso_day)


def run_summary(args: argparse.Namespace) -> int:
    print_summary(load_settings(), args.start, args.end)
    return 0


def print_summary(settings, start: date | None, end: date | None) -> None:
    from etl.warehouse.load import SQL_DIR, connect, named_statements

    sql = named_statements(SQL_DIR / "load" / "summary.sql")
    lo = datetime.combine(start or date(1900, 1, 1), time(), tzinfo=timezone.utc)
    hi = datetime.combine((end or date(2199, 12, 30)) + timedelta(days=1), time(), tzinfo=timezone.utc)
    params = {"lo": lo, "hi": hi}
    con = connect(settings.warehouse, read_only=True, wait_s=settings.lock_wait_s)
    try:
        totals = con.execute(sql["totals"], params).fetchone()
        by_type = con.execute(sql["events_by_type"], params).fetchall()
        by_country = con.execute(sql["events_by_country"], params).fetchall()
        rejects = con.execute(sql["rejects_by_reason"], params).fetchall()
    finally:
        con.close()
    span = f"{start} .. {end}" if start else "all intervals"
    print(f"\nWarehouse: {settings.warehouse}  ({span})")
    print(f"  articles read: {totals[0]}   events loaded: {totals[1]}   "
          f"fatalities: {totals[2]}   rejects: {totals[3]}")
    print("  events by type:")
    for name, n, fat in by_type:
        print(f"    {name:<32} {n:>5}  ({fat} fatalities)")
    print("  events by country:")
    for name, n, fat in by_country:
        print(f"    {name:<32} {n:>5}  ({fat} fatalities)")
    print("  rejects by stage and reason:")
    for stage, reason, n in rejects or [("-", "none", 0)]:
        print(f"    {stage + ' / ' + reason:<32} {n:>5}")
    print("\nTry a query:\n  .venv/bin/python -m etl sql \"SELECT event_date, event_type, actor1, "
          "location, fatalities FROM events ORDER BY event_date\"\n  or: make sql")
