# Two commands on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONUNBUFFERED := 1

.PHONY: run test venv init eval bench airflow airflow-stop e2e sql clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11) on PATH"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

init: $(STAMP)
	$(PY) -m etl init

run: init
	$(PY) -m etl run --all

test: $(STAMP)
	$(PY) -m pytest -q -m "not e2e and not browser"

# Airflow 3 on http://localhost:8080 (login admin/admin), AIRFLOW_HOME=airflow_home/. Ctrl-C stops it.
airflow: $(STAMP)
	$(PY) scripts/airflow_local.py start

airflow-stop:
	$(if $(wildcard $(PY)),$(PY),python3) scripts/airflow_local.py stop

# End to end on a real Airflow (scheduler, dag-processor, API server) and the UI in headless Chromium.
e2e: $(STAMP)
	$(PY) -m pytest -q -m "e2e or browser" tests/e2e

sql: $(STAMP)
	$(PY) -m etl sql --interactive

clean:
	rm -rf warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/staging warehouse/raw .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# All benchmarks: extraction throughput, then the SQL layer (views, export, loads).
bench: bench-extract bench-sql

.PHONY: bench-extract
bench-extract: $(STAMP)
	$(PY) bench/bench_extract.py

# SQL layer: 10M generated events in a temporary folder (deleted after); BENCH_SQL_ARGS=--events 1000000 for a quick run,
# BENCH_SQL_ARGS="--events 1000000 --only merge" for the daily merge load (5,000 reports into 1M events).
.PHONY: bench-sql
bench-sql: $(STAMP)
	$(PY) bench/bench_sql.py $(BENCH_SQL_ARGS)

# ACLED notes (../shared/eval/acled), the seed article, then our hand-coded news articles:
# eval/news/dev (tuned on) and eval/news/heldout (never tuned on; see eval/news/FORMAT.md),
# then "same event" pairwise precision and recall on eval/clusters.
eval: $(STAMP)
	$(PY) -m etl evaluate --both --acled ../shared/eval/acled/*.csv --gold ../shared/eval/articles/*.gold.json \
		--news eval/news/dev eval/news/heldout --clusters eval/clusters
