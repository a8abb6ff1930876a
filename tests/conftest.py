"""Shared fixtures: a temporary AIRFLOW_HOME and warehouse, never the user's.

AIRFLOW_HOME must be set before anything imports airflow, so it is set here at
import time, for the whole test session.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="cw-airflow-home-"))
os.environ.update({
    "AIRFLOW_HOME": str(_AIRFLOW_HOME),
    "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT / "dags"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__UNIT_TEST_MODE": "True",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{_AIRFLOW_HOME}/airflow.db",
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
})
# Tests never write the user's warehouse: each test that runs the pipeline gets its own.
os.environ["ETL_WAREHOUSE"] = str(_AIRFLOW_HOME / "default-warehouse" / "conflict.duckdb")


@pytest.fixture
def warehouse(tmp_path, monkeypatch) -> Path:
    """A fresh warehouse path (and staging/raw folders beside it) for one test."""
    path = tmp_path / "warehouse" / "conflict.duckdb"
    monkeypatch.setenv("ETL_WAREHOUSE", str(path))
    monkeypatch.delenv("ETL_STAGING_DIR", raising=False)
    monkeypatch.delenv("ETL_RAW_DIR", raising=False)
    return path


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """Airflow's metadata database in the temporary AIRFLOW_HOME, migrated once."""
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True,
                   capture_output=True, env=os.environ.copy(), timeout=300)
    return _AIRFLOW_HOME
