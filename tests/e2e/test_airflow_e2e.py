"""End to end on a real, running Airflow: backfills through the public API, as the UI does.

The tests run in file order against one Airflow (tests/e2e/conftest.py) and one
warehouse: a three-day backfill, the same backfill again with reprocess
behaviour "completed", then a manual run with params (reprocess two days).
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import time

import pytest

from etl.warehouse.load import connect
from tests.helpers import table_checksum

pytestmark = pytest.mark.e2e

DAYS = ("2026-10-06", "2026-10-07", "2026-10-08")  # sample-corpus days
EVENT_TABLES = ("events", "event_mentions", "rejects")  # articles carry fetch times: compared by id


def snapshot(path) -> dict:
    """Checksums of the event tables, the stored article ids, and the interval days loaded."""
    con = connect(path, read_only=True)
    try:
        state = {t: table_checksum(con, t) for t in EVENT_TABLES}
        state["article_ids"] = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
        state["event_days"] = sorted({r[0] for r in con.execute(
            "SELECT DISTINCT strftime(data_interval_start AT TIME ZONE 'UTC', '%Y-%m-%d') FROM events").fetchall()})
        return state
    finally:
        con.close()


@pytest.fixture(scope="module")
def cli_reference(tmp_path_factory):
    """The same days through `python -m etl run` into a warehouse of its own."""
    path = tmp_path_factory.mktemp("cli-reference") / "conflict.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ETL_")}
    done = subprocess.run([sys.executable, "-m", "etl", "run", "--start", DAYS[0], "--end", DAYS[-1], "--quiet"],
                          env={**env, "ETL_WAREHOUSE": str(path)}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return snapshot(path)


def create_backfill(airflow, reprocess_behavior: str) -> dict:
    body = {"dag_id": "conflict_events", "from_date": f"{DAYS[0]}T00:00:00Z", "to_date": f"{DAYS[-1]}T00:00:00Z",
            "reprocess_behavior": reprocess_behavior, "max_active_runs": 3, "run_backwards": False,
            "dag_run_conf": {}}
    response = airflow.api("POST", "/backfills", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def backfill_runs(airflow, backfill_id: int) -> list[dict]:
    """Wait for the backfill to complete and return the runs of its days."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        backfill = airflow.api("GET", f"/backfills/{backfill_id}").json()
        if backfill.get("completed_at"):
            break
        time.sleep(3)
    else:
        raise TimeoutError(f"backfill {backfill_id} not completed:\n{airflow.task_failures()}")
    runs = airflow.wait_for_runs(run_type="backfill", count=len(DAYS), timeout=60)
    return [r for r in runs if r["logical_date"][:10] in DAYS]


def test_backfill_three_days_gives_the_cli_events(airflow, cli_reference):
    response = airflow.api("PATCH", "/dags/conflict_events", json={"is_paused": False})
    assert response.status_code == 200, response.text
    started = time.monotonic()
    backfill = create_backfill(airflow, "none")
    runs = backfill_runs(airflow, backfill["id"])
    print(f"\n3-day backfill: {time.monotonic() - started:.0f}s")
    assert sorted(r["logical_date"][:10] for r in runs) == list(DAYS)
    assert all(r["state"] == "success" for r in runs), airflow.task_failures()

    loaded = snapshot(airflow.warehouse)
    assert loaded["event_days"] == list(DAYS)
    assert loaded["events"][0] > 0
    assert loaded == cli_reference

    con = connect(airflow.warehouse, read_only=True)
    try:
        logged = con.execute("SELECT strftime(data_interval_start AT TIME ZONE 'UTC', '%Y-%m-%d'), status "
                             "FROM pipeline_runs WHERE run_id LIKE 'backfill__%' ORDER BY 1").fetchall()
    finally:
        con.close()
    assert [d for d, _ in logged] == list(DAYS)
    assert {s for _, s in logged} <= {"ok", "warn"}


def test_backfill_again_with_completed_runs_duplicates_nothing(airflow):
    airflow.wait_idle()  # the refresh DAG that the loads triggered finishes first
    before = snapshot(airflow.warehouse)
    backfill = create_backfill(airflow, "completed")
    runs = backfill_runs(airflow, backfill["id"])
    assert all(r["state"] == "success" for r in runs), airflow.task_failures()
    assert snapshot(airflow.warehouse) == before

    con = connect(airflow.warehouse, read_only=True)
    try:
        per_day = con.execute("SELECT count(*) FROM pipeline_runs WHERE run_id LIKE 'backfill__%' "
                              "GROUP BY data_interval_start").fetchall()
    finally:
        con.close()
    assert [n for (n,) in per_day] == [2, 2, 2]  # each day ran twice, and says so


def test_manual_run_with_params_reprocesses_stored_articles(airflow):
    before = snapshot(airflow.warehouse)
    conf = {"start_date": DAYS[0], "end_date": DAYS[1], "sources": [], "reprocess": True}
    response = airflow.api("POST", "/dags/conflict_events/dagRuns", json={"logical_date": None, "conf": conf})
    assert response.status_code == 200, response.text
    run_id = response.json()["dag_run_id"]
    (run,) = airflow.wait_for_runs(run_ids=[run_id], timeout=300)
    assert run["state"] == "success", airflow.task_failures()

    tis = airflow.api("GET", f"/dags/conflict_events/dagRuns/{run_id}/taskInstances").json()["task_instances"]
    loads = sorted(ti["rendered_map_index"] for ti in tis if ti["task_id"] == "load_warehouse")
    assert loads == [DAYS[0], DAYS[1]]  # one mapped load per day of the form's range

    assert snapshot(airflow.warehouse) == before  # same articles, same extractor: same rows
    con = connect(airflow.warehouse, read_only=True)
    try:
        rows = con.execute("SELECT strftime(data_interval_start AT TIME ZONE 'UTC', '%Y-%m-%d'), status, "
                           "articles_kept FROM pipeline_runs WHERE run_id = ? ORDER BY 1", [run_id]).fetchall()
    finally:
        con.close()
    assert [r[0] for r in rows] == [DAYS[0], DAYS[1]]
    assert all(r[1] in ("ok", "warn") and r[2] > 0 for r in rows)


def test_each_load_refreshes_the_exports(airflow):
    """warehouse_refresh is scheduled on the events Asset the loads update."""
    deadline = time.monotonic() + 180
    export = airflow.warehouse.parent / "exports" / "acled_events.csv"
    runs = []
    while time.monotonic() < deadline:
        response = airflow.api("GET", "/dags/warehouse_refresh/dagRuns", params={"limit": 50})
        runs = response.json().get("dag_runs", []) if response.status_code == 200 else []
        if any(r["state"] == "success" for r in runs) and export.exists():
            break
        time.sleep(3)
    assert any(r["run_type"] == "asset_triggered" and r["state"] == "success" for r in runs), runs
    con = connect(airflow.warehouse, read_only=True)
    try:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    with export.open(encoding="utf-8", newline="") as f:
        assert len(list(csv.reader(f))) == events + 1  # header + one row per event
