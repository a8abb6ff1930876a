"""The only code that writes DuckDB: migrations and idempotent interval loads.

DuckDB lets one process write (or many read) a file at a time, so every
connection here retries with backoff while another process holds the lock, up
to Settings.lock_wait_s, then fails with a clear message and loses nothing:
staged files stay where they are for the next try.
"""
from __future__ import annotations

import re
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from etl.config import PROJECT_ROOT
from etl.records import Interval
from etl.warehouse.merging import MergePlan, plan_merge, rebuild_plans
from etl.warehouse.views import apply_views

SQL_DIR = PROJECT_ROOT / "sql"
LOCK_MESSAGES = ("Could not set lock on file", "Conflicting lock is held")


class WarehouseLocked(RuntimeError):
    """Another process held the warehouse's lock for longer than the configured wait."""


def _is_lock_error(exc: Exception) -> bool:
    return any(m in str(exc) for m in LOCK_MESSAGES)


def connect(path: Path, read_only: bool = False, wait_s: float = 60.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting (with backoff) while another process holds its lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"warehouse {path} is locked by another process (waited {wait_s:.0f}s; "
                    f"set ETL_LOCK_WAIT to wait longer): {exc}") from exc
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 2.0)


@contextmanager
def writer(path: Path, wait_s: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated, writable connection, closed (releasing the lock) on exit."""
    con = connect(path, read_only=False, wait_s=wait_s)
    try:
        migrate(con)
        apply_views(con)  # views are DDL over the migrated tables: refresh them after migrating
        if con.execute("SELECT count(*) FROM pending_rebuilds WHERE what = 'events'").fetchall()[0][0]:
            rebuild_events(con)  # once, after a migration asked for it (003, rule changes)
        yield con
    finally:
        con.close()


def named_statements(sql_file: Path) -> dict[str, str]:
    """Split a SQL file into its '-- name: x' blocks."""
    blocks: dict[str, str] = {}
    name = None
    for line in sql_file.read_text(encoding="utf-8").splitlines():
        match = re.match(r"--\s*name:\s*(\w+)", line)
        if match:
            name = match.group(1)
            blocks[name] = ""
        elif name:
            blocks[name] += line + "\n"
    return {k: v.strip() for k, v in blocks.items()}


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply sql/migrations/NNN_*.sql not yet applied, each in its own transaction."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for path in sorted((SQL_DIR / "migrations").glob("[0-9][0-9][0-9]_*.sql")):
        version = int(path.name[:3])
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        [version, path.stem, datetime.now(timezone.utc)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(path.stem)
    return applied


@dataclass(frozen=True)
class StagedInterval:
    """The staged frames of one interval, ready to load."""

    articles: pa.Table
    status: pa.Table      # article_id, extraction_status
    events: pa.Table
    rejects: pa.Table


@dataclass(frozen=True)
class RunRecord:
    """One row of pipeline_runs."""

    run_id: str
    data_interval_start: datetime
    data_interval_end: datetime
    sources: str
    articles_fetched: int
    articles_kept: int
    articles_extracted: int
    events_extracted: int
    events_loaded: int
    rejects: int
    status: str
    fetch_seconds: float
    extract_seconds: float
    load_seconds: float
    started_at: datetime
    finished_at: datetime
    message: str = ""


@dataclass(frozen=True)
class LoadSummary:
    articles: int
    events: int              # the staged reports (each article's extracted events)
    rejects: int
    seconds: float
    reports_decided: int = 0  # reports whose events were decided again (with the replaced ones)
    events_written: int = 0   # event rows written for them


def load_interval(con: duckdb.DuckDBPyConnection, interval: Interval, staged: StagedInterval) -> LoadSummary:
    """Replace the interval's rows with the staged ones and re-decide the events they
    change (etl.warehouse.merging), in one transaction."""
    started = time.perf_counter()
    statements = named_statements(SQL_DIR / "load" / "load_interval.sql")
    merge_sql = named_statements(SQL_DIR / "load" / "merge_events.sql")
    params_all = {"interval_start": interval.start, "interval_end": interval.end}
    for name, table in (("staged_articles", staged.articles), ("staged_status", staged.status),
                        ("staged_events", staged.events), ("staged_rejects", staged.rejects)):
        con.register(name, table)
    # Rows of one interval need no order among themselves (they share data_interval_start,
    # and loads still append interval after interval). Without it DuckDB inserts from Arrow
    # in parallel and writes compressed row groups straight to the file; with it the rows
    # wait in memory and the next checkpoint compresses them on one thread, which took
    # longer than the load itself (bench/bench_sql.py).
    keep_order = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()[0]
    con.execute("SET preserve_insertion_order = false")
    con.execute("BEGIN TRANSACTION")
    try:
        for name, sql in statements.items():
            params = {k: v for k, v in params_all.items() if f"${k}" in sql}
            con.execute(sql, params).fetchall()  # finish each result before the next statement
        plan = plan_merge(con, merge_sql, staged.events.column("event_id_cnty").to_pylist())
        _write_merge(con, merge_sql, plan)
        con.execute("DROP TABLE load_replaced").fetchall()
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute(f"SET preserve_insertion_order = {bool(keep_order)}")
        for name in ("staged_articles", "staged_status", "staged_events", "staged_rejects"):
            con.unregister(name)
    return LoadSummary(staged.articles.num_rows, staged.events.num_rows, staged.rejects.num_rows,
                       time.perf_counter() - started, plan.reports_decided, plan.events.num_rows)


def _write_merge(con: duckdb.DuckDBPyConnection, sql: dict[str, str], plan: MergePlan,
                 replace: bool = True) -> None:
    """Replace the rows the plan decided again (or, for a rebuild, only insert them)."""
    frames = {"merge_old_events": plan.old_events, "merge_ids": plan.replaced, "merge_pair_keys": plan.pair_keys,
              "merge_events": plan.events, "merge_mentions": plan.mentions, "merge_choices": plan.choices,
              "merge_pairs": plan.pairs}
    for name, table in frames.items():
        con.register(name, table)
    try:
        deletes = ("delete_events", "delete_mentions", "delete_choices", "delete_stale_pairs", "delete_changed_pairs")
        for name in (deletes if replace else ()) + ("insert_events", "insert_mentions", "insert_choices",
                                                     "insert_pairs"):
            con.execute(sql[name]).fetchall()
    finally:
        for name in frames:
            con.unregister(name)


def rebuild_events(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute every event, mention, pair and choice from event_reports, in one
    transaction; clears a pending rebuild. Returns the number of events."""
    sql = named_statements(SQL_DIR / "load" / "merge_events.sql")
    events = 0
    con.execute("BEGIN TRANSACTION")
    try:
        for name in ("clear_events", "clear_mentions", "clear_choices", "clear_pairs"):
            con.execute(sql[name]).fetchall()
        for plan in rebuild_plans(con, sql):
            _write_merge(con, sql, plan, replace=False)
            events += plan.events.num_rows
        con.execute("DELETE FROM pending_rebuilds WHERE what = 'events'").fetchall()
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return events


def record_run(con: duckdb.DuckDBPyConnection, run: RunRecord) -> None:
    """Append one pipeline_runs row (a log: each run of an interval is kept)."""
    sql = named_statements(SQL_DIR / "load" / "runs.sql")["insert_run"]
    con.execute(sql, asdict(run))


def update_run_status(con: duckdb.DuckDBPyConnection, run_id: str, interval: Interval,
                      status: str, checks_failed: int, message: str) -> None:
    sql = named_statements(SQL_DIR / "load" / "runs.sql")["update_status"]
    con.execute(sql, {"run_id": run_id, "interval_start": interval.start, "status": status,
                      "checks_failed": checks_failed, "message": message,
                      "finished_at": datetime.now(timezone.utc)})


def record_checks(con: duckdb.DuckDBPyConnection, interval: Interval, results: list) -> None:
    """Replace the interval's check results."""
    sql = named_statements(SQL_DIR / "load" / "runs.sql")
    now = datetime.now(timezone.utc)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(sql["delete_checks"], {"interval_start": interval.start})
        for r in results:
            con.execute(sql["insert_check"], {
                "interval_start": interval.start, "check_name": r.name, "severity": r.severity,
                "failing_rows": r.failing_rows, "passed": r.passed, "checked_at": now})
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
