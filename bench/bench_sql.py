"""Benchmark of the analysis layer: view queries, export and interval load.

    .venv/bin/python bench/bench_sql.py                 # 10 million events (make bench-sql)
    .venv/bin/python bench/bench_sql.py --events 1000000 --repeat 3

1. generates a warehouse (bench/generate_warehouse.py) in a temporary folder;
2. runs one analyst query per view `--repeat` times on a read-only connection and
   reports the median (target: under 1 s each);
3. exports the newest ~1 million events to CSV and Parquet with etl.export
   (target: under 5 s);
4. loads 1 million staged event rows through etl.load.load_interval as a new
   interval, then again (the idempotent replace of a re-run), beside DuckDB's own
   COPY FROM of the same rows as Parquet (target: 1 million rows/s or more), with
   the time of each load statement;
5. deletes the folder (unless --keep).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from bench.generate_warehouse import _reference_tables, generate, staged_events_sql  # noqa: E402
from etl.export import export_events  # noqa: E402
from etl.load import SQL_DIR, StagedInterval, connect, load_interval, named_statements, writer  # noqa: E402
from etl.records import ARTICLE_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA, Interval  # noqa: E402
from etl.staging import STATUS_SCHEMA  # noqa: E402

# One question an analyst would ask of each view (what `make sql` users run).
VIEW_QUERIES = [
    ("acled_events", "one country-year",
     "SELECT * FROM acled_events WHERE country = 'Mali' AND year = 2025"),
    ("acled_events", "count all rows", "SELECT count(*) FROM acled_events"),
    ("events_monthly", "whole view", "SELECT * FROM events_monthly"),
    ("fatalities_by_admin1", "whole view", "SELECT * FROM fatalities_by_admin1"),
    ("actor_dyads", "top 50 dyads", "SELECT * FROM actor_dyads ORDER BY events DESC LIMIT 50"),
    ("hotspots", "one month", "SELECT * FROM hotspots WHERE period = DATE '2026-09-01' ORDER BY events DESC"),
    ("hotspots_between", "one week",
     "SELECT * FROM hotspots_between(DATE '2026-10-01', DATE '2026-10-07') ORDER BY events DESC"),
    ("source_coverage", "whole view", "SELECT * FROM source_coverage"),
    ("recent_events", "whole view", "SELECT * FROM recent_events"),
]
LOAD_DAY = Interval(datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 11, 2, tzinfo=timezone.utc))


def median_time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def bench_views(path: Path, repeat: int) -> list[dict]:
    con = connect(path, read_only=True, wait_s=10)
    out = []
    try:
        for view, what, sql in VIEW_QUERIES:
            con.sql(sql).to_arrow_table()  # warm the buffer cache once
            seconds, table = median_time(lambda: con.sql(sql).to_arrow_table(), repeat)
            out.append({"view": view, "query": what, "median_s": round(seconds, 3), "rows": table.num_rows})
            print(f"  {view:22} {what:18} {seconds:7.3f} s  ({table.num_rows:,} rows)", flush=True)
    finally:
        con.close()
    return out


def bench_export(path: Path, work: Path, rows_wanted: int, repeat: int) -> list[dict]:
    con = connect(path, read_only=True, wait_s=10)
    out = []
    try:
        start = con.execute("SELECT event_date FROM events ORDER BY event_date DESC LIMIT 1 OFFSET $n",
                            {"n": rows_wanted - 1}).fetchone()[0]
        for fmt in ("csv", "parquet"):
            target = work / f"export.{fmt}"
            seconds, rows = median_time(lambda: export_events(con, target, fmt, start=start), repeat)
            out.append({"format": fmt, "rows": rows, "median_s": round(seconds, 3),
                        "mb": round(target.stat().st_size / 1e6, 1)})
            print(f"  export {fmt:8} {rows:,} rows in {seconds:.2f} s ({out[-1]['mb']} MB)", flush=True)
            target.unlink()
    finally:
        con.close()
    return out


def stage_rows(path: Path, work: Path, n_events: int, n_rows: int) -> Path:
    """Write n_rows new event rows (ids after the warehouse's) as a staging Parquet file."""
    target = work / "staged_events.parquet"
    con = duckdb.connect()
    try:
        _reference_tables(con)
        con.execute(f"COPY ({staged_events_sql(n_events, n_rows, 99, max(1, n_rows // 2))}) TO $t "
                    "(FORMAT parquet)", {"t": str(target)})
    finally:
        con.close()
    # Cast to the declared staging schema, as etl.staging writes it.
    pq.write_table(pq.read_table(target).select(EVENT_SCHEMA.names).cast(EVENT_SCHEMA), target)
    return target


def bench_load(path: Path, work: Path, n_events: int, n_rows: int) -> dict:
    staged_file = stage_rows(path, work, n_events, n_rows)
    events = pq.read_table(staged_file)
    staged = StagedInterval(ARTICLE_SCHEMA.empty_table(), STATUS_SCHEMA.empty_table(), events,
                            REJECT_SCHEMA.empty_table())
    result = {"rows": events.num_rows}
    with writer(path, wait_s=10) as con:
        started = time.perf_counter()
        con.execute("CREATE TABLE bench_copy_target AS FROM read_parquet($f) LIMIT 0", {"f": str(staged_file)})
        con.execute(f"COPY bench_copy_target FROM '{staged_file}' (FORMAT parquet)")
        result["copy_from_parquet_s"] = time.perf_counter() - started
        con.execute("DROP TABLE bench_copy_target")
        for run in ("load_new_interval_s", "reload_same_interval_s"):
            started = time.perf_counter()
            load_interval(con, LOAD_DAY, staged)
            result[run] = time.perf_counter() - started
        result["statements_s"] = statement_times(con, staged)
    for key in ("copy_from_parquet_s", "load_new_interval_s", "reload_same_interval_s"):
        result[key[:-2] + "_rows_per_s"] = round(events.num_rows / result[key])
        result[key] = round(result[key], 3)
    print(f"  COPY FROM parquet      {result['copy_from_parquet_s']:7.3f} s "
          f"({result['copy_from_parquet_rows_per_s']:,} rows/s)")
    print(f"  load_interval (new)    {result['load_new_interval_s']:7.3f} s "
          f"({result['load_new_interval_rows_per_s']:,} rows/s)")
    print(f"  load_interval (re-run) {result['reload_same_interval_s']:7.3f} s "
          f"({result['reload_same_interval_rows_per_s']:,} rows/s)")
    print("  per statement (re-run, rolled back): "
          + ", ".join(f"{k} {v:.2f}s" for k, v in result["statements_s"].items()), flush=True)
    return result


def statement_times(con: duckdb.DuckDBPyConnection, staged: StagedInterval) -> dict[str, float]:
    """Time each statement of sql/load/load_interval.sql, in a transaction then rolled back."""
    statements = named_statements(SQL_DIR / "load" / "load_interval.sql")
    params_all = {"interval_start": LOAD_DAY.start, "interval_end": LOAD_DAY.end}
    for name, table in (("staged_articles", staged.articles), ("staged_status", staged.status),
                        ("staged_events", staged.events), ("staged_rejects", staged.rejects)):
        con.register(name, table)
    times = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for name, sql in statements.items():
            started = time.perf_counter()
            con.execute(sql, {k: v for k, v in params_all.items() if f"${k}" in sql})
            times[name] = round(time.perf_counter() - started, 3)
    finally:
        con.execute("ROLLBACK")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000_000, help="events in the generated warehouse")
    parser.add_argument("--load-rows", type=int, default=1_000_000)
    parser.add_argument("--export-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (the median is reported)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()), help="where to build it")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated warehouse")
    parser.add_argument("--only", choices=("views", "export", "load"), action="append",
                        help="run only these parts (repeatable; default: all)")
    parser.add_argument("--reuse", type=Path, help="a kept warehouse to copy instead of generating one")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cw-bench-sql-", dir=args.dir))
    path = work / "bench.duckdb"
    report: dict = {"events": args.events, "repeat": args.repeat}
    try:
        started = time.perf_counter()
        if args.reuse:
            shutil.copy(args.reuse, path)
        else:
            print(f"generating {args.events:,} events in {path}", flush=True)
            with writer(path, wait_s=10) as con:
                generate(con, args.events)
        report["generate_s"] = round(time.perf_counter() - started, 1)
        report["warehouse_mb"] = round(path.stat().st_size / 1e6)
        print(f"  {report['generate_s']} s, {report['warehouse_mb']} MB", flush=True)
        parts = args.only or ["views", "export", "load"]
        if "views" in parts:
            print(f"views (median of {args.repeat}):", flush=True)
            report["views"] = bench_views(path, args.repeat)
        if "export" in parts:
            print("export:", flush=True)
            report["export"] = bench_export(path, work, args.export_rows, max(1, min(args.repeat, 3)))
        if "load" in parts:
            print(f"load of {args.load_rows:,} event rows:", flush=True)
            report["load"] = bench_load(path, work, args.events, args.load_rows)
    finally:
        if args.keep:
            print(f"kept {path}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    if "views" in report:
        slow = [v for v in report["views"] if v["median_s"] >= 1.0]
        print(f"views under 1 s: {len(report['views']) - len(slow)}/{len(report['views'])}")
    if "export" in report:
        print(f"export of {report['export'][0]['rows']:,} rows: csv {report['export'][0]['median_s']} s, "
              f"parquet {report['export'][1]['median_s']} s")
    if "load" in report:
        print(f"load {report['load']['load_new_interval_rows_per_s']:,} rows/s "
              f"(COPY FROM {report['load']['copy_from_parquet_rows_per_s']:,} rows/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
