"""SQLite connection arguments for the local Airflow's metadata DB (scripts/airflow_local.py).

Airflow's processes (scheduler, dag-processor, API server, task runners) all
write the one SQLite file. sqlite3 gives up on a locked file after 5 s by
default, which under a backfill's load turns into "database is locked" errors;
waiting longer lets the writers take turns.
"""
CONNECT_ARGS = {"timeout": 60}
