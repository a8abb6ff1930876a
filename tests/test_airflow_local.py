"""scripts/airflow_local.py without Airflow: environment, and stopping a whole session."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from scripts.airflow_local import airflow_env, session_pids, stop_session  # noqa: E402

# A session like Airflow's: a leader, a child that ignores SIGTERM (as the scheduler
# did for >35 s), and a grandchild in a process group of its own (as task processes are).
SESSION = r"""
import os, signal, subprocess, sys, time
subprocess.Popen([sys.executable, "-c", "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)"])
subprocess.Popen([sys.executable, "-c", "import os, time; os.setpgid(0, 0); time.sleep(600)"])
time.sleep(600)
"""


def test_stop_session_ends_every_process_escalating_to_sigkill():
    leader = subprocess.Popen([sys.executable, "-c", SESSION], start_new_session=True)
    deadline = time.monotonic() + 20
    while len(session_pids(leader.pid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(session_pids(leader.pid)) == 3
    started = time.monotonic()
    stop_session(leader.pid, timeout=1.0)
    leader.wait(timeout=5)
    assert session_pids(leader.pid) == []
    assert time.monotonic() - started < 10


def test_env_points_airflow_at_this_project(tmp_path):
    env = airflow_env(tmp_path / "home", 18080, base={"PATH": "/usr/bin"})
    assert env["AIRFLOW_HOME"] == str(tmp_path / "home")
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(PROJECT / "dags")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:18080/execution/"
    # every component must share the token secret; it is kept for the next start
    again = airflow_env(tmp_path / "home", 18080, base={})
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == again["AIRFLOW__API_AUTH__JWT_SECRET"]
    assert json.loads((tmp_path / "home" / "secrets.json").read_text())["jwt"] == env["AIRFLOW__API_AUTH__JWT_SECRET"]
