"""conflict_events: news articles to ACLED-style event rows in DuckDB, one UTC day per interval.

Thin wiring only: every task calls one function of the `etl` library and passes
the path of a Parquet staging file to the next, never the data.

* Scheduled runs and backfill runs cover the previous UTC day of their logical date.
* A manual run covers the UTC day before it was triggered, or the days
  `start_date`..`end_date` of its form: `plan_intervals` lists the days and every
  later task is mapped over them, one task instance per day.
* `reprocess` re-extracts the articles the warehouse already holds for each day
  with the current extractor, without fetching.
* `load_warehouse` and `check_quality` write DuckDB, which allows one writing
  process: they run in the one-slot pool `duckdb_writer`, so runs take turns.
* `load_warehouse` updates the Asset `duckdb://warehouse/events`, which schedules
  the `warehouse_refresh` DAG.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, get_current_context, task

WAREHOUSE_EVENTS = Asset("duckdb://warehouse/events")
WRITER_POOL = "duckdb_writer"
DAY_LABEL = "{{ day }}"  # mapped task instances are labelled with their day in the UI
MAX_DAYS_PER_RUN = 366  # a manual range longer than a year is a backfill's job

DEFAULT_ARGS = {
    "owner": "conflict-warehouse",
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
}

PARAMS = {
    "start_date": Param(None, type=["null", "string"], format="date", title="First day (UTC)",
                        description="Manual runs: the first day to process. Empty: the day before the "
                                    "run (or the backfill's day). Leave empty in backfills."),
    "end_date": Param(None, type=["null", "string"], format="date", title="Last day (UTC)",
                      description="Inclusive. Empty: the first day only."),
    "sources": Param([], type="array", items={"type": "string"}, title="Sources",
                     description="Names from the sources file (ETL_SOURCES), one per line; empty = all. "
                                 "The interval's rows are replaced by what these sources give."),
    "reprocess": Param(False, type="boolean", title="Reprocess stored articles",
                       description="Re-extract the articles the warehouse holds for each day with the "
                                   "current extractor, without fetching."),
}


def _utc(moment) -> datetime:
    return datetime.fromtimestamp(moment.timestamp(), timezone.utc)


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def run_interval(context):
    """The run's own data interval, as an etl Interval.

    Scheduled and backfill runs cover the previous UTC day. A manual run may
    have no logical date (an empty interval): then the UTC day before `run_after`.
    """
    from etl.records import Interval

    start, end = context.get("data_interval_start"), context.get("data_interval_end")
    if start is None or end is None or start == end:
        after = context["dag_run"].run_after
        end = datetime(after.year, after.month, after.day, tzinfo=timezone.utc)
        start = end - timedelta(days=1)
    return Interval(_utc(start), _utc(end))


def run_intervals(context) -> list:
    """The days this run processes: the form's date range if given, else the run's interval."""
    from etl.records import Interval

    params = context["params"]
    if not params.get("start_date"):
        return [run_interval(context)]
    first = _day(params["start_date"])
    last = _day(params.get("end_date") or first)
    if last < first:
        raise ValueError(f"params: end_date {last} is before start_date {first}")
    days = (last - first).days + 1
    if days > MAX_DAYS_PER_RUN:
        raise ValueError(f"params: {days} days is more than {MAX_DAYS_PER_RUN}; use a backfill")
    begin = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
    return [Interval(begin + timedelta(days=i), begin + timedelta(days=i + 1)) for i in range(days)]


def to_interval(plan: dict):
    from etl.records import Interval

    return Interval(datetime.fromisoformat(plan["start"]), datetime.fromisoformat(plan["end"]))


@contextmanager
def stage(name: str, plan: dict):
    """Label the task instance with its day; fail with the stage, the day and the cause."""
    try:
        get_current_context()["day"] = plan["start"][:10]
    except RuntimeError:  # called outside a running task (tests): no label to set
        pass
    try:
        yield
    except Exception as exc:
        raise RuntimeError(f"{name} failed for {plan['start'][:10]}: {type(exc).__name__}: {exc}") from exc


@dag(
    dag_id="conflict_events",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=4,
    default_args=DEFAULT_ARGS,
    params=PARAMS,
    tags=["conflict", "acled", "duckdb"],
    doc_md=__doc__,
)
def conflict_events():
    @task
    def plan_intervals() -> list[dict]:
        """One {start, end} per day this run processes (ISO timestamps, UTC)."""
        return [{"start": i.start.isoformat(), "end": i.end.isoformat()}
                for i in run_intervals(get_current_context())]

    @task(map_index_template=DAY_LABEL)
    def fetch_articles(plan: dict) -> dict:
        from etl.config import load_settings

        params = get_current_context()["params"]
        with stage("fetch" if not params.get("reprocess") else "reprocess", plan):
            if params.get("reprocess"):
                from etl.pipeline.reprocess import reprocess_step

                path = reprocess_step(to_interval(plan), load_settings())
            else:
                from etl.pipeline import fetch_step

                path = fetch_step(to_interval(plan), load_settings(), params.get("sources") or None)
        return {**plan, "path": path}

    @task(map_index_template=DAY_LABEL)
    def extract_events(staged: dict) -> dict:
        from etl.config import load_settings
        from etl.pipeline import extract_step

        with stage("extract", staged):
            return {**staged, "path": extract_step(staged["path"], load_settings())}

    @task(pool=WRITER_POOL, outlets=[WAREHOUSE_EVENTS], map_index_template=DAY_LABEL)
    def load_warehouse(staged: dict) -> dict:
        from dataclasses import asdict

        from etl.config import load_settings
        from etl.pipeline import load_step

        context = get_current_context()
        with stage("load", staged):
            result = load_step(staged["path"], to_interval(staged), load_settings(),
                               context["dag_run"].run_id)
        return {**staged, **asdict(result)}

    @task(pool=WRITER_POOL, map_index_template=DAY_LABEL)
    def check_quality(loaded: dict) -> str:
        from etl.config import load_settings
        from etl.pipeline import check_step

        context = get_current_context()
        with stage("check", loaded):
            return check_step(to_interval(loaded), load_settings(), context["dag_run"].run_id)

    fetched = fetch_articles.expand(plan=plan_intervals())
    extracted = extract_events.expand(staged=fetched)
    loaded = load_warehouse.expand(staged=extracted)
    check_quality.expand(loaded=loaded)


conflict_events()
