"""Benchmark of the analysis layer: view queries, export, interval load and daily merge load.

    .venv/bin/python bench/bench_sql.py                 # 10 million events (make bench-sql)
    .venv/bin/python bench/bench_sql.py --events 1000000 --repeat 3
    .venv/bin/python bench/bench_sql.py --events 1000000 --only merge   # a daily merge load

1. generates a warehouse (bench/generate_warehouse.py) in a temporary folder;
2. runs one analyst query per view `--repeat` times on a read-only connection and
   reports the median (target: under 1 s each);
3. exports the newest ~1 million events to CSV and Parquet with etl.warehouse.export
   (target: under 5 s);
4. loads --load-rows staged event rows (dated at random over the warehouse's years) from
   their staging Parquet file through etl.warehouse.load.load_interval as a new interval,
   then again (the idempotent replace of a re-run), beside DuckDB's own COPY FROM of the
   same file into a table without and with a primary key, and of the same rows in
   DuckDB's row-group size, in the same rounds (medians of --load-repeat), with the time
   of each load statement; the machine (cores, RAM, load average) is printed first,
   since these figures depend on it;
5. merge (bench/bench_merge.py): a daily load of --merge-rows reports, most about the
   last week, some other outlets' reports of stored events, with the events they touch
   decided again (target: 5,000 reports into 1 million events in under 10 s on 2 cores):
   `--events 1000000 --only merge`;
6. deletes the folder (unless --keep).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from bench.bench_merge import bench_merge  # noqa: E402
from bench.generate_warehouse import _reference_tables, generate, staged_events_sql  # noqa: E402
from etl.warehouse.export import export_events  # noqa: E402
from etl.warehouse.load import SQL_DIR, StagedInterval, connect, load_interval, named_statements, writer  # noqa: E402
from etl.records import ARTICLE_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA, Interval  # noqa: E402
from etl.pipeline.staging import STATUS_SCHEMA  # noqa: E402

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
# The merge part loads the days after the warehouse's last: most of their reports fall in its last month
MERGE_DAY = Interval(datetime(2026, 11, 2, tzinfo=timezone.utc), datetime(2026, 11, 3, tzinfo=timezone.utc))


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
    # Cast to the declared staging schema, as etl.pipeline.staging writes it.
    pq.write_table(pq.read_table(target).select(EVENT_SCHEMA.names).cast(EVENT_SCHEMA), target)
    return target


def machine() -> dict:
    """What the figures were measured on: the bench shares its cores with whatever else runs."""
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"nproc": len(os.sched_getaffinity(0)), "ram_gib": round(ram, 1), "duckdb": duckdb.__version__,
            "load_avg_1m": round(os.getloadavg()[0], 2)}


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _copy_from_parquet(con: duckdb.DuckDBPyConnection, staged_file: Path, keyed: bool) -> float:
    """DuckDB's own COPY FROM of the staged file into a new table, then a checkpoint.

    The table has the NOT NULL constraints events has on the same columns (what the load
    checks too); keyed adds the PRIMARY KEY on event_id_cnty that events had before
    sql/migrations/002, to show what maintaining that index costs.
    """
    con.execute("CREATE TABLE bench_copy_target AS FROM read_parquet($f) LIMIT 0", {"f": str(staged_file)})
    not_null = [r[0] for r in con.execute(
        "SELECT c.column_name FROM information_schema.columns c JOIN information_schema.columns t "
        "ON t.column_name = c.column_name AND t.table_name = 'bench_copy_target' "
        "WHERE c.table_name = 'events' AND c.is_nullable = 'NO'").fetchall()]
    for column in not_null:
        con.execute(f'ALTER TABLE bench_copy_target ALTER COLUMN "{column}" SET NOT NULL')
    if keyed:
        con.execute("ALTER TABLE bench_copy_target ADD PRIMARY KEY (event_id_cnty)")
    try:
        return _timed(lambda: (con.execute(f"COPY bench_copy_target FROM '{staged_file}' (FORMAT parquet)"),
                               con.execute("CHECKPOINT")))
    finally:
        con.execute("DROP TABLE bench_copy_target")
        con.execute("CHECKPOINT")


def _load_from_parquet(con: duckdb.DuckDBPyConnection, staged_file: Path, interval: Interval,
                       parts: dict[str, list[float]]) -> float:
    """What etl.pipeline.load_step does with the file: read it, load_interval; then a checkpoint.

    Appends the time of each of the three to `parts`, to show where the time goes.
    """
    started = time.perf_counter()
    events = pq.read_table(staged_file)
    parts["read_parquet"].append(time.perf_counter() - started)
    parts["load_interval"].append(_timed(lambda: load_interval(
        con, interval, StagedInterval(ARTICLE_SCHEMA.empty_table(), STATUS_SCHEMA.empty_table(),
                                      events, REJECT_SCHEMA.empty_table()))))
    parts["checkpoint"].append(_timed(lambda: con.execute("CHECKPOINT")))
    return time.perf_counter() - started


def bench_load(path: Path, work: Path, n_events: int, n_rows: int, repeat: int) -> dict:
    """Medians of `repeat` rounds of: COPY FROM the staged file (no key, then with the old
    primary key), COPY FROM the same rows in 122,880-row groups, load a new interval, re-run it.

    Every figure includes the CHECKPOINT that writes the rows into the database file, so
    work DuckDB defers to the next checkpoint is counted where it was caused. Each round
    loads another new day and removes it afterwards (untimed), so rounds see the same table.
    """
    staged_file = stage_rows(path, work, n_events, n_rows)
    # The same rows in DuckDB's row-group size: etl.pipeline.staging writes one row group per file
    # (pyarrow's default, up to 1 Mi rows), which DuckDB's Parquet reader scans on one thread.
    split_file = work / "staged_events_row_groups.parquet"
    pq.write_table(pq.read_table(staged_file), split_file, row_group_size=122_880)
    times: dict[str, list[float]] = {k: [] for k in ("copy_from_parquet", "copy_from_parquet_keyed",
                                                     "copy_from_parquet_row_groups",
                                                     "load_new_interval", "reload_same_interval")}
    parts: dict[str, list[float]] = {"read_parquet": [], "load_interval": [], "checkpoint": []}
    with writer(path, wait_s=10) as con:
        con.execute("CHECKPOINT")
        for k in range(repeat):
            day = Interval(LOAD_DAY.start + timedelta(days=k), LOAD_DAY.end + timedelta(days=k))
            times["copy_from_parquet"].append(_copy_from_parquet(con, staged_file, keyed=False))
            times["copy_from_parquet_keyed"].append(_copy_from_parquet(con, staged_file, keyed=True))
            times["copy_from_parquet_row_groups"].append(_copy_from_parquet(con, split_file, keyed=False))
            times["load_new_interval"].append(_load_from_parquet(con, staged_file, day, parts))
            times["reload_same_interval"].append(_load_from_parquet(con, staged_file, day, parts))
            print("  round " + str(k + 1) + ": " + ", ".join(f"{n} {v[-1]:.2f}s" for n, v in times.items()),
                  flush=True)
            # an empty load of the day takes its reports out and re-decides their events
            load_interval(con, day, StagedInterval(ARTICLE_SCHEMA.empty_table(), STATUS_SCHEMA.empty_table(),
                                                   EVENT_SCHEMA.empty_table(), REJECT_SCHEMA.empty_table()))
            con.execute("CHECKPOINT")
        statements = statement_times(con, pq.read_table(staged_file))
    result: dict = {"rows": n_rows, "rounds": repeat, "statements_s": statements,
                    "load_parts_s": {k: round(statistics.median(v), 3) for k, v in parts.items()}}
    for key, values in times.items():
        result[key + "_s"] = round(statistics.median(values), 3)
        result[key + "_rows_per_s"] = round(n_rows / statistics.median(values))
    labels = {"copy_from_parquet": "COPY FROM parquet (no key)", "copy_from_parquet_keyed": "COPY FROM parquet (+ PK)",
              "copy_from_parquet_row_groups": "COPY (122,880-row groups)",
              "load_new_interval": "load_interval (new)", "reload_same_interval": "load_interval (re-run)"}
    for key, label in labels.items():
        print(f"  {label:28} {result[key + '_s']:7.3f} s ({result[key + '_rows_per_s']:,} rows/s, "
              f"median of {repeat})")
    print("  load parts (median of new and re-run loads): "
          + ", ".join(f"{k} {v:.2f}s" for k, v in result["load_parts_s"].items()))
    print("  per statement (re-run, rolled back): "
          + ", ".join(f"{k} {v:.2f}s" for k, v in statements.items()), flush=True)
    return result


def statement_times(con: duckdb.DuckDBPyConnection, events: pa.Table) -> dict[str, float]:
    """Time each statement of sql/load/load_interval.sql re-running the last round's day, rolled back."""
    statements = named_statements(SQL_DIR / "load" / "load_interval.sql")
    params_all = {"interval_start": LOAD_DAY.start, "interval_end": LOAD_DAY.end}
    staged = StagedInterval(ARTICLE_SCHEMA.empty_table(), STATUS_SCHEMA.empty_table(), events,
                            REJECT_SCHEMA.empty_table())
    load_interval(con, LOAD_DAY, staged)
    for name, table in (("staged_articles", staged.articles), ("staged_status", staged.status),
                        ("staged_events", staged.events), ("staged_rejects", staged.rejects)):
        con.register(name, table)
    con.execute("SET preserve_insertion_order = false")  # as load_interval runs them
    times = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for name, sql in statements.items():
            started = time.perf_counter()
            con.execute(sql, {k: v for k, v in params_all.items() if f"${k}" in sql})
            times[name] = round(time.perf_counter() - started, 3)
    finally:
        con.execute("ROLLBACK")
        con.execute("SET preserve_insertion_order = true")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000_000, help="events in the generated warehouse")
    parser.add_argument("--load-rows", type=int, default=20_000,
                        help="rows of the load part's interval (random dates: every event they touch is decided again)")
    parser.add_argument("--export-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (the median is reported)")
    parser.add_argument("--load-repeat", type=int, default=3, help="rounds of the load part (medians)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()), help="where to build it")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated warehouse")
    parser.add_argument("--merge-rows", type=int, default=5_000, help="reports of the merge part's day")
    parser.add_argument("--merge-repeat", type=int, default=3, help="rounds of the merge part (medians)")
    parser.add_argument("--only", choices=("views", "export", "load", "merge"), action="append",
                        help="run only these parts (repeatable; default: all)")
    parser.add_argument("--reuse", type=Path, help="a kept warehouse to copy instead of generating one")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="cw-bench-sql-", dir=args.dir))
    path = work / "bench.duckdb"
    report: dict = {"events": args.events, "repeat": args.repeat, "machine": machine()}
    print("machine: " + ", ".join(f"{k} {v}" for k, v in report["machine"].items()), flush=True)
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
        parts = args.only or ["views", "export", "load", "merge"]
        if "views" in parts:
            print(f"views (median of {args.repeat}):", flush=True)
            report["views"] = bench_views(path, args.repeat)
        if "export" in parts:
            print("export:", flush=True)
            report["export"] = bench_export(path, work, args.export_rows, max(1, min(args.repeat, 3)))
        if "load" in parts:
            print(f"load of {args.load_rows:,} event rows:", flush=True)
            report["load"] = bench_load(path, work, args.events, args.load_rows, args.load_repeat)
        if "merge" in parts:
            print(f"merge: a day of {args.merge_rows:,} new reports into {args.events:,} events:", flush=True)
            report["merge"] = bench_merge(path, args.merge_rows, args.merge_repeat, MERGE_DAY)
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
    if "merge" in report:
        m = report["merge"]
        print(f"merge load of {m['rows']:,} reports into {args.events:,} events (medians of {m['rounds']}): "
              f"new day {m['load_new_day_s']} s, re-run {m['reload_same_day_s']} s on "
              + ", ".join(f"{k} {v}" for k, v in report["machine"].items()))
    if "load" in report:
        load = report["load"]
        print(f"load of {load['rows']:,} rows (medians of {load['rounds']}): "
              f"new interval {load['load_new_interval_rows_per_s']:,} rows/s, "
              f"re-run {load['reload_same_interval_rows_per_s']:,} rows/s; "
              f"COPY FROM parquet {load['copy_from_parquet_rows_per_s']:,} rows/s "
              f"(with the old primary key {load['copy_from_parquet_keyed_rows_per_s']:,}; from the same rows "
              f"in 122,880-row groups {load['copy_from_parquet_row_groups_rows_per_s']:,}); "
              f"load/COPY time {load['load_new_interval_s'] / load['copy_from_parquet_s']:.2f}x, "
              f"re-run/COPY {load['reload_same_interval_s'] / load['copy_from_parquet_s']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
