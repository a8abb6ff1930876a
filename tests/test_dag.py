"""The DAGs: import, structure, and dag.test() runs over sample-corpus days into a temp warehouse.

dag.test() runs every task in this process against the temporary AIRFLOW_HOME of
tests/conftest.py; the warehouse is a temporary file too. The runs share one
warehouse, in file order: a day, the same day again, a manual run without
logical date, a reprocess run.
"""
from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from etl.config import load_settings
from etl.warehouse.load import connect
from etl.pipeline import check_step, extract_step, fetch_step, load_step
from etl.records import Interval
from tests.helpers import checksums

PROJECT = Path(__file__).resolve().parent.parent
DAY = datetime(2026, 10, 6, tzinfo=timezone.utc)
DAY_INTERVAL = Interval(DAY, datetime(2026, 10, 7, tzinfo=timezone.utc))
# dag.test() makes a manual run: with a logical date, its data interval is the day
# *before* it (the last complete interval), as the daily schedule's run at that time would be
DAY_RUN_LOGICAL_DATE = DAY_INTERVAL.end
EVENT_TABLES = ("events", "event_mentions", "rejects")


@pytest.fixture(scope="module")
def dagbag(airflow_db):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(PROJECT / "dags"))


@pytest.fixture(scope="module")
def dag_module():
    sys.path.insert(0, str(PROJECT / "dags"))
    try:
        import conflict_events
    finally:
        sys.path.remove(str(PROJECT / "dags"))
    return conflict_events


@pytest.fixture(scope="module")
def dag_warehouse(tmp_path_factory):
    """One warehouse for the module's dag.test() runs (ETL_WAREHOUSE set for this module only)."""
    path = tmp_path_factory.mktemp("dag-warehouse") / "conflict.duckdb"
    saved = {k: os.environ.get(k) for k in ("ETL_WAREHOUSE", "ETL_STAGING_DIR", "ETL_RAW_DIR")}
    os.environ["ETL_WAREHOUSE"] = str(path)
    os.environ.pop("ETL_STAGING_DIR", None)
    os.environ.pop("ETL_RAW_DIR", None)
    yield path
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="module")
def day_loaded(dagbag, dag_warehouse):
    """The day loaded once by dag.test(): the later tests re-run it, so each can run alone."""
    run = dagbag.get_dag("conflict_events").test(logical_date=DAY_RUN_LOGICAL_DATE)
    assert run.state == "success"
    return run


def event_checksums(path) -> dict:
    return {t: v for t, v in checksums(path).items() if t in EVENT_TABLES}


def runs_of(path, run_id: str) -> list[tuple]:
    con = connect(path, read_only=True)
    try:
        return con.execute(
            "SELECT strftime(data_interval_start AT TIME ZONE 'UTC', '%Y-%m-%d'), status, articles_kept, "
            "events_loaded FROM pipeline_runs WHERE run_id = ? ORDER BY 1", [run_id]).fetchall()
    finally:
        con.close()


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert {"conflict_events", "warehouse_refresh"} <= set(dagbag.dag_ids)


def test_conflict_events_structure(dagbag):
    dag = dagbag.get_dag("conflict_events")
    tasks = {t.task_id: t for t in dag.tasks}
    assert set(tasks) == {"plan_intervals", "fetch_articles", "extract_events", "load_warehouse", "check_quality"}
    chain = ["plan_intervals", "fetch_articles", "extract_events", "load_warehouse", "check_quality"]
    for upstream, downstream in zip(chain, chain[1:]):
        assert tasks[upstream].downstream_task_ids == {downstream}
    assert dag.catchup is False
    assert dag.timetable.expression == "0 0 * * *"  # time-based: backfills give one run per day
    # both write DuckDB, which allows one writing process
    assert tasks["load_warehouse"].pool == tasks["check_quality"].pool == "duckdb_writer"
    assert tasks["fetch_articles"].pool == "default_pool"
    assert all(t.retries >= 1 and t.retry_exponential_backoff for t in dag.tasks)
    assert set(dag.params) == {"start_date", "end_date", "sources", "reprocess"}
    assert dag.params.validate() == {"start_date": None, "end_date": None, "sources": [], "reprocess": False}


def test_refresh_is_scheduled_on_what_the_load_updates(dagbag):
    load = dagbag.get_dag("conflict_events").get_task("load_warehouse")
    refresh = dagbag.get_dag("warehouse_refresh")
    (outlet,) = load.outlets
    assert outlet.uri == "duckdb://warehouse/events"
    assert [a.uri for a in refresh.timetable.asset_condition.objects] == [outlet.uri]
    assert refresh.get_task("refresh_exports").pool == "duckdb_writer"


def _context(params: dict, start=None, end=None, run_after=DAY):
    return {"params": params, "data_interval_start": start, "data_interval_end": end,
            "dag_run": SimpleNamespace(run_after=run_after)}


def test_run_intervals_from_the_form_or_the_run(dag_module):
    days = dag_module.run_intervals(_context({"start_date": "2026-10-05", "end_date": "2026-10-07"}))
    assert [(i.start.day, i.end.day) for i in days] == [(5, 6), (6, 7), (7, 8)]
    assert [i.start.day for i in dag_module.run_intervals(_context({"start_date": "2026-10-05"}))] == [5]
    # no range: the run's own interval; a manual run without logical date: the day before run_after
    (own,) = dag_module.run_intervals(_context({}, DAY, DAY_INTERVAL.end))
    assert own == DAY_INTERVAL
    (manual,) = dag_module.run_intervals(_context({}, run_after=datetime(2026, 10, 7, 5, tzinfo=timezone.utc)))
    assert manual == DAY_INTERVAL
    with pytest.raises(ValueError, match="before start_date"):
        dag_module.run_intervals(_context({"start_date": "2026-10-07", "end_date": "2026-10-05"}))


def test_a_failing_stage_names_itself_the_day_and_the_cause(dag_module):
    with pytest.raises(RuntimeError, match=r"fetch failed for 2026-10-06: SourcesFileError: .*nope"):
        with dag_module.stage("fetch", {"start": DAY.isoformat()}):
            fetch_step(DAY_INTERVAL, load_settings(), ["nope"])


def test_dag_test_one_day_loads_the_library_events(day_loaded, dag_warehouse, tmp_path, monkeypatch):
    run = day_loaded
    states = {(ti.task_id, ti.map_index): ti.state for ti in run.get_task_instances()}
    assert set(states.values()) == {"success"} and ("load_warehouse", 0) in states

    # the same day through the library's steps, as `python -m etl run` does, into another warehouse
    monkeypatch.setenv("ETL_WAREHOUSE", str(tmp_path / "cli" / "conflict.duckdb"))
    settings = load_settings()
    events = extract_step(fetch_step(DAY_INTERVAL, settings), settings)
    load_step(events, DAY_INTERVAL, settings, "reference")
    check_step(DAY_INTERVAL, settings, "reference")
    assert event_checksums(dag_warehouse) == event_checksums(settings.warehouse)

    ((day, status, articles, loaded),) = runs_of(dag_warehouse, run.run_id)
    assert day == "2026-10-06" and status in ("ok", "warn") and articles > 0 and loaded > 0


def test_dag_test_same_day_twice_gives_identical_tables(dagbag, dag_warehouse, day_loaded):
    before = checksums(dag_warehouse)
    assert before["events"][0] > 0
    run = dagbag.get_dag("conflict_events").test(logical_date=DAY_RUN_LOGICAL_DATE)
    assert run.state == "success"
    assert checksums(dag_warehouse) == before


def test_manual_run_without_logical_date(dagbag, dag_warehouse, day_loaded):
    before = checksums(dag_warehouse)
    run = dagbag.get_dag("conflict_events").test(logical_date=None,
                                                  run_after=datetime(2026, 10, 7, 5, tzinfo=timezone.utc))
    assert run.state == "success" and run.logical_date is None
    assert [r[0] for r in runs_of(dag_warehouse, run.run_id)] == ["2026-10-06"]  # the day before run_after
    assert checksums(dag_warehouse) == before


def test_reprocess_re_extracts_stored_articles_without_fetching(dagbag, dag_warehouse, day_loaded, monkeypatch):
    before = checksums(dag_warehouse)
    # no source can be fetched: reprocess must not need one
    monkeypatch.setenv("ETL_SOURCES", str(dag_warehouse.parent / "no-such-sources.toml"))
    run = dagbag.get_dag("conflict_events").test(
        logical_date=None, run_after=datetime(2026, 10, 20, tzinfo=timezone.utc),
        run_conf={"start_date": "2026-10-06", "reprocess": True})
    assert run.state == "success"
    assert checksums(dag_warehouse) == before
    ((day, status, articles, loaded),) = runs_of(dag_warehouse, run.run_id)
    assert day == "2026-10-06" and articles > 0 and loaded == before["events"][0]
