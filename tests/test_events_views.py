"""The views, the examples and the export count merged events: one row per real-world event,
its fatalities once (tests/merge_fixture.py: 14 reports of 9 events)."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from etl.cli import main
from etl.config import PROJECT_ROOT
from etl.warehouse.load import connect, load_interval, writer
from tests.merge_fixture import DAYS, interval, staged_days

EXAMPLES = PROJECT_ROOT / "sql" / "examples"


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    work = tmp_path_factory.mktemp("merged-views")
    staged = staged_days(work / "staging")
    path = work / "conflict.duckdb"
    with writer(path, wait_s=5) as con:
        for day in reversed(DAYS):      # a backfill: newest day first
            load_interval(con, interval(day), staged[day])
    return path


@pytest.fixture
def con(path):
    c = connect(path, read_only=True, wait_s=5)
    yield c
    c.close()


def one(con, sql, params=None):
    return con.execute(sql, params or {}).fetchall()


def test_nine_events_from_fourteen_reports(con):
    assert one(con, "SELECT count(*) FROM event_reports") == [(14,)]
    assert one(con, "SELECT count(*), sum(fatalities) FROM events") == [(9, 51)]
    # Konduga counted once, at its updated toll (not 10 + 24 + 12)
    assert one(con, "SELECT fatalities FROM events WHERE location = 'Konduga'") == [(24,)]


def test_marts_count_merged_events(con):
    assert one(con, "SELECT sum(events), sum(fatalities) FROM events_monthly") == [(9, 51)]
    assert one(con, "SELECT events, fatalities, civilian_targeting_events FROM events_monthly "
                    "WHERE event_type = 'Violence against civilians'") == [(8, 44, 8)]
    assert sorted(one(con, "SELECT admin1, events, fatalities FROM fatalities_by_admin1")) == [
        ("Borno", 8, 51), ("Katsina", 1, 0)]
    assert one(con, "SELECT sum(events), sum(fatalities) FROM actor_dyads") == [(9, 51)]
    assert one(con, "SELECT events FROM actor_dyads WHERE actor1 LIKE 'Boko Haram%'") == [(3,)]   # the named group wins
    assert one(con, "SELECT sum(events), sum(fatalities) FROM hotspots") == [(9, 51)]
    assert one(con, "SELECT sum(events) FROM hotspots_between(DATE '2020-12-11', DATE '2020-12-11')") == [(1,)]


def test_source_coverage_counts_each_outlets_events_once(con):
    got = dict(one(con, "SELECT source, events FROM source_coverage"))
    assert got == {"Premium Times": 3, "Punch": 2, "Sahara Reporters": 2, "Daily Trust": 2,
                   "Vanguard": 2, "The Nation": 3}


def test_recent_events_gather_every_report(con):
    rows = one(con, "SELECT evidence, sources, article_urls FROM recent_events WHERE location = 'Kankara'")
    assert len(rows) == 1
    evidence, sources, urls = rows[0]
    assert len(evidence) == 3 and len(urls) == 3 and sources == "Premium Times; Punch; Sahara Reporters"
    assert one(con, "SELECT count(*), max(as_of) FROM recent_events") == [(9, date(2020, 12, 15))]


def test_explanation_views(con):
    merged = one(con, "SELECT location, reports, articles, fatalities_reported FROM merged_events ORDER BY 1, 2")
    assert merged == [("Kankara", 3, 3, [0, 0, 1]), ("Konduga", 3, 3, [10, 24, 12]), ("Mafa", 2, 2, [4, 4])]
    pairs = one(con, "SELECT location_a, location_b, same, merged, reasons FROM event_pair_decisions "
                     "WHERE event_a <> event_b AND location_a = 'Dikwa'")
    assert pairs and all(not merged for *_, merged, _ in pairs)
    assert any("APART: different named groups" in r[4] for r in pairs)


def test_merge_examples_answer_their_question(con):
    reports = one(con, (EXAMPLES / "13_reports_merged_into_an_event.sql").read_text())
    assert len(reports) == 3 and {r[2] for r in reports} in (
        {"Premium Times", "Punch", "Sahara Reporters"}, {"Daily Trust", "Vanguard", "The Nation"})
    assert any("fatalities" in (r[10] or "") for r in reports)
    why = one(con, (EXAMPLES / "14_why_reports_were_merged.sql").read_text())
    assert len(why) >= 3 and all(0 <= r[4] <= 1 and r[7] for r in why)
    close = one(con, (EXAMPLES / "15_close_pairs_not_merged.sql").read_text())
    assert close and any(r[1] == "Dikwa" and r[13] for r in close)


def test_export_counts_merged_events(path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ETL_WAREHOUSE", str(path))
    out = tmp_path / "events.csv"
    assert main(["export", "--output", str(out)]) == 0
    assert "wrote 9 events" in capsys.readouterr().out
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 9 and sum(int(r["fatalities"]) for r in rows) == 51
    kankara = next(r for r in rows if r["location"] == "Kankara")
    assert kankara["source"] == "Premium Times; Punch; Sahara Reporters"
