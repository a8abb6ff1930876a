"""A real Airflow for the e2e and browser tests: API server, scheduler and dag-processor.

Started once per session on a free localhost port, with a temporary AIRFLOW_HOME
and warehouse, through the same code as `make airflow` (scripts/airflow_local.py),
and stopped at the end: every process of its session is ended, and the test
session fails if one is left.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from scripts.airflow_local import (  # noqa: E402
    PASSWORD, USER, airflow_env, free_port, prepare, session_pids, start, stop_session, wait_healthy,
)

DAG_ID = "conflict_events"
TERMINAL = {"success", "failed"}


@dataclass
class Airflow:
    """A running Airflow and an authenticated client of its public API."""

    url: str
    home: Path
    warehouse: Path
    env: dict
    client: httpx.Client = field(repr=False)
    started_s: float = 0.0

    def api(self, method: str, path: str, retries: int = 6, **kwargs) -> httpx.Response:
        """Call /api/v2; retry SQLite's transient lock errors.

        On SQLite, Airflow answers a lock as 503 ("Database is locked", backfill
        routes) or as 500 with reason "Database error" (e.g. the audit-log commit
        that runs before any endpoint). Both are refused before the request
        changes anything, so the call is repeated, as a user would click again.
        """
        for attempt in range(retries):
            response = self.client.request(method, f"/api/v2{path}", **kwargs)
            if not _transient(response) or attempt == retries - 1:
                return response
            time.sleep(2 + 2 * attempt)
        return response

    def wait_idle(self, timeout: float = 300) -> None:
        """Wait until no run of any DAG (the Asset-triggered refresh too) is queued or running."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            response = self.api("GET", "/dags/~/dagRuns", params={"state": ["queued", "running"], "limit": 1})
            response.raise_for_status()
            if response.json()["total_entries"] == 0:
                return
            time.sleep(2)
        raise TimeoutError(f"runs still active after {timeout:.0f}s")

    def wait_for_runs(self, run_ids: list[str] | None = None, run_type: str | None = None,
                      count: int | None = None, timeout: float = 600) -> list[dict]:
        """Poll the DAG's runs until the chosen ones are all finished; returns them."""
        deadline = time.monotonic() + timeout
        runs: list[dict] = []
        while time.monotonic() < deadline:
            params = {"limit": 100, "order_by": "logical_date"}
            if run_type:
                params["run_type"] = run_type
            response = self.api("GET", f"/dags/{DAG_ID}/dagRuns", params=params)
            response.raise_for_status()
            runs = response.json()["dag_runs"]
            if run_ids is not None:
                runs = [r for r in runs if r["dag_run_id"] in run_ids]
            ready = (count is None or len(runs) >= count) and (run_ids is None or len(runs) == len(run_ids))
            if runs and ready and all(r["state"] in TERMINAL for r in runs):
                return runs
            time.sleep(3)
        raise TimeoutError(f"runs not finished after {timeout:.0f}s: "
                           f"{[(r['dag_run_id'], r['state']) for r in runs]}\n{self.task_failures()}")

    def task_failures(self) -> str:
        """The failed task instances and their log tails, for a failing test's message."""
        lines = []
        for log in sorted((self.home / "logs").rglob("*.log")):
            text = log.read_text(errors="replace")
            if "ERROR" in text or "Traceback" in text:
                lines.append(f"--- {log.relative_to(self.home)}\n{text[-1500:]}")
        return "\n".join(lines[-6:])


def _transient(response: httpx.Response) -> bool:
    if response.status_code == 503:
        return True
    if response.status_code != 500:
        return False
    try:
        detail = response.json().get("detail")
    except ValueError:
        return False
    return isinstance(detail, dict) and detail.get("reason") == "Database error"


def _token(url: str) -> str:
    response = httpx.post(f"{url}/auth/token", json={"username": USER, "password": PASSWORD}, timeout=30)
    response.raise_for_status()
    return response.json()["access_token"]


@pytest.fixture(scope="session")
def airflow(tmp_path_factory) -> Airflow:
    root = tmp_path_factory.mktemp("airflow-e2e")
    home, warehouse = root / "airflow_home", root / "warehouse" / "conflict.duckdb"
    port = free_port()
    # a clean environment: none of the unit tests' AIRFLOW__* settings (unit test mode, temp DB)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ETL_"))}
    env = airflow_env(home, port, base=base, extra={
        "ETL_WAREHOUSE": str(warehouse),
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
    })
    prepare(env)
    began = time.monotonic()
    leader = start(env, components=("api-server", "scheduler", "dag-processor"))
    try:
        wait_healthy(port, leader)
        url = f"http://127.0.0.1:{port}"
        client = httpx.Client(base_url=url, timeout=60, headers={"Authorization": f"Bearer {_token(url)}"})
        running = Airflow(url, home, warehouse, env, client)
        deadline = time.monotonic() + 180
        while running.api("GET", f"/dags/{DAG_ID}").status_code != 200:  # the dag-processor's first parse
            if time.monotonic() > deadline:
                raise TimeoutError(f"{DAG_ID} not parsed after 180s:\n{running.task_failures()}")
            time.sleep(2)
        running.started_s = time.monotonic() - began
        print(f"\nAirflow ready on {url} in {running.started_s:.0f}s")
        yield running
        client.close()
    finally:
        stop_session(leader.pid, timeout=20)
        leader.wait(timeout=10)
        left = session_pids(leader.pid)
        assert not left, f"Airflow processes left running: {left}"
