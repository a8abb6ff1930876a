"""warehouse_refresh: after each load, refresh the warehouse's views and ACLED-layout exports.

Scheduled on the Asset `duckdb://warehouse/events`, which `conflict_events.load_warehouse`
updates: loads that land while a refresh runs are folded into the next run.
Writes go through the one-slot pool `duckdb_writer`, like the loads.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from airflow.sdk import Asset, dag, task

WAREHOUSE_EVENTS = Asset("duckdb://warehouse/events")  # the same URI as in conflict_events


@dag(
    dag_id="warehouse_refresh",
    schedule=[WAREHOUSE_EVENTS],
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    is_paused_upon_creation=False,  # it only runs when a load updates the events
    default_args={"owner": "conflict-warehouse", "retries": 2, "retry_delay": timedelta(seconds=30),
                  "retry_exponential_backoff": True},
    tags=["conflict", "duckdb"],
    doc_md=__doc__,
)
def warehouse_refresh():
    @task(pool="duckdb_writer")
    def refresh_exports() -> dict:
        from dataclasses import asdict

        from etl.config import load_settings
        from etl.warehouse.refresh import refresh_warehouse

        try:
            return asdict(refresh_warehouse(load_settings()))
        except Exception as exc:
            raise RuntimeError(f"refresh failed: {type(exc).__name__}: {exc}") from exc

    refresh_exports()


warehouse_refresh()
