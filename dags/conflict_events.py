"""conflict_events: news articles to ACLED-style event rows in DuckDB, one UTC day per run.

Thin wiring only: every task calls one function of the `etl` library and
passes the path of a Parquet staging file to the next, never the data.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import CronDataIntervalTimetable, Param, dag, get_current_context, task

DEFAULT_ARGS = {
    "owner": "conflict-warehouse",
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
}


def run_interval(context):
    """The data interval of this run, as an etl Interval.

    Scheduled runs cover the previous UTC day. A manual run may have no logical
    date: then its own data interval, or the UTC day before `run_after`, is used.
    """
    from etl.records import Interval

    start, end = context.get("data_interval_start"), context.get("data_interval_end")
    if start is None or end is None or start == end:
        after = context["dag_run"].run_after
        end = datetime(after.year, after.month, after.day, tzinfo=timezone.utc)
        start = end - timedelta(days=1)
    return Interval(datetime.fromtimestamp(start.timestamp(), timezone.utc),
                    datetime.fromtimestamp(end.timestamp(), timezone.utc))


def run_id(context) -> str:
    return context["dag_run"].run_id


@dag(
    dag_id="conflict_events",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=4,
    default_args=DEFAULT_ARGS,
    params={
        "sources": Param([], type="array", items={"type": "string"},
                         title="Sources", description="Names from the sources file; empty = all."),
    },
    tags=["conflict", "acled", "duckdb"],
    doc_md=__doc__,
)
def conflict_events():
    @task
    def fetch_articles() -> str:
        from etl.config import load_settings
        from etl.pipeline import fetch_step

        context = get_current_context()
        names = context["params"].get("sources") or None
        return fetch_step(run_interval(context), load_settings(), names)

    @task
    def extract_events(articles_path: str) -> str:
        from etl.config import load_settings
        from etl.pipeline import extract_step

        return extract_step(articles_path, load_settings())

    @task(pool="duckdb_writer")
    def load_warehouse(events_path: str) -> dict:
        from dataclasses import asdict

        from etl.config import load_settings
        from etl.pipeline import load_step

        context = get_current_context()
        return asdict(load_step(events_path, run_interval(context), load_settings(), run_id(context)))

    @task(pool="duckdb_writer")
    def check_quality(load_result: dict) -> str:
        from etl.config import load_settings
        from etl.pipeline import check_step

        context = get_current_context()
        return check_step(run_interval(context), load_settings(), run_id(context))

    check_quality(load_warehouse(extract_events(fetch_articles())))


conflict_events()
