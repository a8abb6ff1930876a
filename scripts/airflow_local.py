"""Run a local Airflow 3 for this project: API server (UI), scheduler, dag-processor, triggerer.

    python scripts/airflow_local.py start [--port 8080] [--home airflow_home]   # foreground; Ctrl-C stops
    python scripts/airflow_local.py stop  [--home airflow_home]

Everything lives in AIRFLOW_HOME (default <project>/airflow_home, git-ignored):
SQLite metadata, LocalExecutor, this project's dags/, example DAGs off, a
parallelism fit for a 2-core machine, the one-slot `duckdb_writer` pool, and a
known login written before the start.

Stopping: Airflow's processes ignore or outlive SIGTERM (the scheduler took over
35 s; task processes get their own process groups), so the components are
started in a session of their own and every process of that session gets
SIGTERM, then SIGKILL after a timeout. The e2e tests use the same functions.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
COMPONENTS = ("api-server", "scheduler", "dag-processor", "triggerer")
USER, PASSWORD = "admin", "admin"
POOL = ("duckdb_writer", "1", "DuckDB allows one writing process: loads and checks take turns")
SESSION_FILE = "airflow-session.json"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def airflow_env(home: Path, port: int, host: str = "127.0.0.1", extra: dict | None = None,
                base: dict | None = None) -> dict:
    """The environment every Airflow command of this home runs with.

    The log servers get free ports: their defaults (8793, 8794) would clash with
    a second Airflow on the machine (the e2e tests while `make airflow` runs).
    """
    home.mkdir(parents=True, exist_ok=True)
    secret_file = home / "secrets.json"
    if not secret_file.exists():  # every component must sign and check tokens with the same keys
        secret_file.write_text(json.dumps({"jwt": secrets.token_urlsafe(32), "api": secrets.token_urlsafe(32)}))
    keys = json.loads(secret_file.read_text())
    env = dict(os.environ if base is None else base)
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        # 2 cores: a few task processes at a time; fetch/extract of several days overlap
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "4",
        "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "30",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS": "scripts.airflow_sqlite.CONNECT_ARGS",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS_ASYNC": "scripts.airflow_sqlite.CONNECT_ARGS",
        "AIRFLOW__API__HOST": host,
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API__SECRET_KEY": keys["api"],
        "AIRFLOW__API_AUTH__JWT_SECRET": keys["jwt"],
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "simple_auth_manager_passwords.json.generated"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH", "")) if p),
    })
    env.update(extra or {})
    return env


def airflow_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "airflow", *args]


def prepare(env: dict) -> None:
    """Migrate the metadata DB, create the writer pool and write the known login."""
    home = Path(env["AIRFLOW_HOME"])
    # The auth manager generates passwords only for users missing from this file.
    Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]).write_text(json.dumps({USER: PASSWORD}))
    for args in (("db", "migrate"), ("pools", "set", *POOL)):
        done = subprocess.run(airflow_cmd(*args), env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"airflow {' '.join(args)} failed in {home}:\n{done.stderr[-3000:]}")
    use_wal(home / "airflow.db")


def use_wal(db: Path) -> None:
    """Put the SQLite metadata DB in write-ahead-log mode (a setting kept in the file).

    In the default rollback-journal mode a reader blocks every writer, so the API
    server, scheduler, dag-processor and task runners collide and the API answers
    "database is locked" (creating a backfill while runs finish did, in CI). With
    WAL, readers and the one writer proceed side by side.
    """
    import sqlite3

    if db.exists():
        con = sqlite3.connect(db, timeout=60)
        try:
            con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()


def start(env: dict, components=COMPONENTS, log_dir: Path | None = None) -> subprocess.Popen:
    """Start the components under one new session; returns the session leader.

    The leader is a small `_serve` process: the components are its children and
    share its session id, as do the task processes they start.
    """
    log_dir = log_dir or Path(env["AIRFLOW_HOME"]) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    leader = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "_serve", "--log-dir", str(log_dir), *components],
        env=env, start_new_session=True, stdin=subprocess.DEVNULL)
    (Path(env["AIRFLOW_HOME"]) / SESSION_FILE).write_text(json.dumps({"sid": leader.pid}))
    return leader


def serve(components: list[str], log_dir: Path, max_restarts: int = 5) -> int:
    """Session leader: run the components, restart one that dies, end all when told to stop.

    On SQLite, concurrent writers occasionally crash the scheduler (e.g. a
    StaleDataError while a backfill is being created): it is restarted, as a
    process manager would, and the restart is logged.
    """
    def launch(name):
        log = open(log_dir / f"{name}.log", "ab")
        return subprocess.Popen(airflow_cmd(name), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)

    procs = {name: launch(name) for name in components}
    restarts = dict.fromkeys(components, 0)
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    while not stopping:
        for name, proc in procs.items():
            if proc.poll() is None:
                continue
            if restarts[name] >= max_restarts:
                print(f"airflow {name} exited {restarts[name] + 1} times (see {log_dir}/{name}.log); "
                      "stopping the others", file=sys.stderr, flush=True)
                return 1
            restarts[name] += 1
            print(f"airflow {name} exited with code {proc.returncode}: restarting it "
                  f"({restarts[name]}/{max_restarts}, see {log_dir}/{name}.log)", file=sys.stderr, flush=True)
            procs[name] = launch(name)
        time.sleep(1)
    return 0


def session_pids(sid: int) -> list[int]:
    """Every live process of the session `sid` (Linux /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getsid(int(entry.name)) == sid:
                    pids.append(int(entry.name))
            except (ProcessLookupError, PermissionError):
                pass
    return pids


def stop_session(sid: int, timeout: float = 20.0) -> int:
    """SIGTERM every process of the session, SIGKILL what is left after `timeout`."""
    def send(sig):
        for pid in session_pids(sid):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    send(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while session_pids(sid) and time.monotonic() < deadline:
        _reap(sid)
        time.sleep(0.5)
    left = session_pids(sid)
    if left:
        send(signal.SIGKILL)
        for _ in range(20):
            _reap(sid)
            if not session_pids(sid):
                break
            time.sleep(0.25)
    return len(left)


def _reap(sid: int) -> None:
    try:  # the leader may be our child: collect it so it does not linger as a zombie
        os.waitpid(sid, os.WNOHANG)
    except ChildProcessError:
        pass


def _is_airflow(pid: int) -> bool:
    try:
        return b"airflow" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def stop_home(home: Path, timeout: float = 20.0) -> bool:
    session = home / SESSION_FILE
    if not session.exists():
        return False
    sid = json.loads(session.read_text())["sid"]
    session.unlink(missing_ok=True)  # first: tells a foreground `start` that this stop was asked for
    if any(_is_airflow(pid) for pid in session_pids(sid)):  # not a stale file whose id was reused
        stop_session(sid, timeout)
    return True


def wait_healthy(port: int, leader: subprocess.Popen | None = None, timeout: float = 240.0,
                 need=("metadatabase", "scheduler", "dag_processor")) -> float:
    """Wait until /api/v2/monitor/health reports the components healthy; returns seconds waited."""
    started = time.monotonic()
    url = f"http://127.0.0.1:{port}/api/v2/monitor/health"
    last = "no answer"
    while time.monotonic() - started < timeout:
        if leader is not None and leader.poll() is not None:
            raise RuntimeError(f"Airflow exited early (code {leader.returncode}); last health: {last}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                health = json.load(response)
            last = json.dumps(health)
            if all((health.get(n) or {}).get("status") == "healthy" for n in need):
                return time.monotonic() - started
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = str(exc)
        time.sleep(1)
    raise TimeoutError(f"Airflow on :{port} not healthy after {timeout:.0f}s; last: {last}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "stop"):
        p = sub.add_parser(name)
        p.add_argument("--home", type=Path, default=Path(os.environ.get("AIRFLOW_LOCAL_HOME", PROJECT / "airflow_home")))
        p.add_argument("--port", type=int, default=int(os.environ.get("AIRFLOW_PORT", "8080")))
        p.add_argument("--host", default=os.environ.get("AIRFLOW_HOST", "127.0.0.1"))
    serve_p = sub.add_parser("_serve")
    serve_p.add_argument("--log-dir", type=Path, required=True)
    serve_p.add_argument("components", nargs="+")
    args = parser.parse_args(argv)

    if args.command == "_serve":
        return serve(args.components, args.log_dir)
    home = args.home.resolve()
    if args.command == "stop":
        print("stopped Airflow" if stop_home(home) else f"no Airflow session recorded in {home}")
        return 0

    stop_home(home)  # a previous start that was not stopped

    def interrupt(signum, frame):  # `kill` or a closed terminal stop Airflow like Ctrl-C does
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)
    env = airflow_env(home, args.port, args.host)
    print(f"AIRFLOW_HOME={home}: migrating the metadata DB, creating the duckdb_writer pool ...", flush=True)
    prepare(env)
    began = time.monotonic()
    leader = start(env)
    try:
        print(f"starting {', '.join(COMPONENTS)} (logs: {home}/logs/*.log) ...", flush=True)
        waited = wait_healthy(args.port, leader)
        print(f"\nAirflow UI: http://localhost:{args.port}   login: {USER} / {PASSWORD}   "
              f"(ready in {waited:.0f}s)\nDAGs: {PROJECT / 'dags'}   warehouse: "
              f"{os.environ.get('ETL_WAREHOUSE', PROJECT / 'warehouse' / 'conflict.duckdb')}\n"
              f"Stop: Ctrl-C here, or `make airflow-stop` from another terminal.", flush=True)
        while leader.poll() is None:
            time.sleep(1)
        if not (home / SESSION_FILE).exists():  # `make airflow-stop` ended it
            return 0
        print("Airflow stopped (a component exited: see the logs)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopping Airflow ...", flush=True)
        return 0
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # a second Ctrl-C must not leave processes behind
            signal.signal(sig, signal.SIG_IGN)
        stop_session(leader.pid)
        (home / SESSION_FILE).unlink(missing_ok=True)
        print(f"Airflow stopped ({time.monotonic() - began:.0f}s after start)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
