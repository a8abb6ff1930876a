"""Querying while loading, with two real processes.

DuckDB lets one process write or many read a file. A reader blocks the loader and a
loader blocks readers; both sides retry with backoff up to ETL_LOCK_WAIT and then
fail clearly, losing nothing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from etl.warehouse.load import WarehouseLocked, connect, load_interval, writer
from tests import analysis_warehouse as aw

PROJECT = Path(__file__).resolve().parent.parent
NEW_DAY = date(2026, 10, 8)

# Opens the warehouse in its own process, says so, holds the lock, then lets go.
HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read")
con.execute("SELECT count(*) FROM events").fetchall()
print("ready", flush=True)
time.sleep(float(sys.argv[3]))
con.close()
"""


@pytest.fixture
def warehouse_path(tmp_path) -> Path:
    path = tmp_path / "conflict.duckdb"
    aw.build(path, tmp_path / "staging")
    return path


def hold(path: Path, mode: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode, str(seconds)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read()
    return proc


def new_day(tmp_path: Path):
    art = aw.article("Radio Tillaberi", "ayorou-clash", NEW_DAY)
    events = [aw.event(art, "Tera", NEW_DAY, aw.BATTLE, aw.NIGER_ARMY, aw.IS_SAHEL, 3)]
    return aw._day(NEW_DAY), aw._stage(tmp_path / "new-day", [art], events, [], set())


def count_events(path: Path) -> int:
    con = connect(path, read_only=True, wait_s=10)
    try:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


def etl_sql(path: Path, query: str, wait: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ETL_WAREHOUSE": str(path), "ETL_LOCK_WAIT": wait}
    return subprocess.run([sys.executable, "-m", "etl", "sql", "--format", "csv", query], cwd=PROJECT,
                          env=env, capture_output=True, text=True, timeout=60)


def test_load_waits_for_a_reader_then_succeeds(warehouse_path, tmp_path):
    before = count_events(warehouse_path)
    interval, staged = new_day(tmp_path)
    reader = hold(warehouse_path, "read", 1.5)
    started = time.monotonic()
    with writer(warehouse_path, wait_s=30) as con:
        waited = time.monotonic() - started
        load_interval(con, interval, staged)
    reader.wait(timeout=30)
    assert reader.returncode == 0
    assert waited > 0.5  # it really was blocked by the other process
    assert count_events(warehouse_path) == before + 1


def test_query_waits_for_a_loader_then_succeeds(warehouse_path):
    loader = hold(warehouse_path, "write", 1.5)
    started = time.monotonic()
    done = etl_sql(warehouse_path, "SELECT count(*) AS n FROM acled_events", wait="30")
    waited = time.monotonic() - started
    loader.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["n", "14"]
    assert waited > 1.0


def test_short_waits_fail_clearly_and_lose_nothing(warehouse_path, tmp_path):
    before = count_events(warehouse_path)
    interval, staged = new_day(tmp_path)

    # A query against a long load gives up after its wait, with a message saying why.
    loader = hold(warehouse_path, "write", 2.5)
    failed = etl_sql(warehouse_path, "SELECT count(*) FROM events", wait="0.3")
    loader.wait(timeout=30)
    assert failed.returncode == 3
    assert "locked by another process" in failed.stderr and "ETL_LOCK_WAIT" in failed.stderr

    # A load against a long reader gives up too; the warehouse and the staged files are intact.
    reader = hold(warehouse_path, "read", 2.5)
    with pytest.raises(WarehouseLocked, match="ETL_LOCK_WAIT"):
        with writer(warehouse_path, wait_s=0.3) as con:
            load_interval(con, interval, staged)
    reader.wait(timeout=30)
    assert count_events(warehouse_path) == before
    assert (tmp_path / "new-day" / "articles.parquet").exists()

    # The retry, once the reader is gone, loads everything.
    with writer(warehouse_path, wait_s=10) as con:
        load_interval(con, interval, staged)
    assert count_events(warehouse_path) == before + 1
