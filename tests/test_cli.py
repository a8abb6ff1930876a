"""`python -m etl run` and `extract` as a user runs them: real subprocesses, real DuckDB."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from etl.warehouse.load import connect
from tests.helpers import checksums

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "etl" / "sample_corpus" / "articles"


def etl(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=PROJECT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def corpus_files_published(*days: str) -> set[str]:
    urls = set()
    for path in CORPUS.glob("*.txt"):
        header = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        fields = dict(line.split(": ", 1) for line in header.splitlines())
        if fields["Published"][:10] in days:
            urls.add(fields["URL"])
    return urls


def test_run_two_days_then_again_is_identical(warehouse):
    first = etl("run", "--start", "2026-10-06", "--end", "2026-10-07", "--quiet")
    assert first.returncode == 0, first.stderr
    assert f"Warehouse: {warehouse}" in first.stdout and "events loaded:" in first.stdout
    con = connect(warehouse, read_only=True)
    urls = {r[0] for r in con.execute("SELECT url FROM article_urls").fetchall()}
    runs = con.execute("SELECT data_interval_start::DATE::VARCHAR, status, articles_kept, events_loaded "
                       "FROM pipeline_runs ORDER BY 1").fetchall()
    orphans = con.execute("SELECT count(*) FROM events ANTI JOIN event_mentions USING (event_id_cnty)").fetchone()[0]
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert urls == corpus_files_published("2026-10-06", "2026-10-07")
    assert [r[0] for r in runs] == ["2026-10-06", "2026-10-07"]
    assert all(r[1] in ("ok", "warn") for r in runs), runs
    assert events > 0 and orphans == 0
    before = checksums(warehouse)
    again = etl("run", "--start", "2026-10-06", "--end", "2026-10-07", "--quiet")
    assert again.returncode == 0, again.stderr
    assert checksums(warehouse) == before


def test_run_rejects_bad_arguments(warehouse):
    bad = etl("run", "--start", "2026-10-07", "--end", "2026-10-06")
    assert bad.returncode == 2 and "before --start" in bad.stderr
    assert etl("run", "--start", "07/10/2026").returncode == 2


def test_extract_contract(tmp_path):
    docs = tmp_path / "in.jsonl"
    docs.write_text("\n".join(json.dumps(d) for d in [
        {"id": "a1", "published": "2026-10-08", "country": "Nigeria",
         "text": "On Tuesday, gunmen killed four farmers in Gusau, Zamfara State, police said."},
        {"id": "a2", "published": None, "text": "The central bank held its interest rate steady."},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = etl("extract", "--input", str(docs), "--output", str(out))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in rows] == ["a1"]
    row = rows[0]
    for key in ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "country",
                "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
                "notes", "historical", "evidence", "confidence"):
        assert key in row, key
    assert (row["event_type"], row["country"], row["fatalities"]) == ("Violence against civilians", "Nigeria", 4)
    assert row["event_date"] == "2026-10-06" and row["admin1"] == "Zamfara"
    assert "Gusau" in row["evidence"]
