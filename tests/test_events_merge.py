"""One real-world event, one row: reports of several outlets and days merged in the warehouse,
whatever the order days are loaded or re-loaded in (tests/merge_fixture.py)."""
from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import pyarrow as pa
import pytest

from etl.records import EVENT_SCHEMA
from etl.warehouse.checks import run_checks
from etl.warehouse.load import load_interval, rebuild_events, writer
from tests.merge_fixture import DAYS, interval, snapshot, staged_days


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    return staged_days(tmp_path_factory.mktemp("merge-staging"))


def load(path, staged, order):
    with writer(path, wait_s=5) as con:
        for day in order:
            load_interval(con, interval(day), staged[day])
        return snapshot(con)


@pytest.fixture(scope="module")
def forward(tmp_path_factory, staged):
    """The days loaded in calendar order, as daily runs load them."""
    return load(tmp_path_factory.mktemp("forward") / "w.duckdb", staged, DAYS)


def events_by_location(snap) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in snap["events"]:
        out.setdefault(row["location"], []).append(row)
    return out


def test_one_event_from_three_outlets_over_three_days_is_one_row(forward):
    by_place = events_by_location(forward)
    assert len(forward["event_reports"]) == 14 and len(forward["event_mentions"]) == 14
    kankara = by_place["Kankara"]
    assert len(kankara) == 1 and "Katsina" not in by_place     # the state-level report joined it
    k = kankara[0]
    assert k["source"] == "Premium Times; Punch; Sahara Reporters"
    assert (k["event_date"], k["time_precision"]) == (date(2020, 12, 11), 1)   # the most precise date
    assert k["geo_precision"] == 1                                              # the most precise place
    assert k["actor1"].startswith("Boko Haram")                                 # the most specific actor
    assert k["fatalities"] == 0                                                 # the lowest figure
    assert "3 reports from 3 outlets" in k["notes"]
    mentions = [m for m in forward["event_mentions"] if m["event_id_cnty"] == k["event_id_cnty"]]
    assert len(mentions) == 3


def test_a_later_toll_update_raises_the_lowest_figure(forward):
    konduga = events_by_location(forward)["Konduga"]
    assert len(konduga) == 1 and konduga[0]["fatalities"] == 24
    assert konduga[0]["source"] == "Daily Trust; The Nation; Vanguard"
    choices = {c["field"]: c for c in forward["event_field_choices"]
               if c["event_id_cnty"] == konduga[0]["event_id_cnty"]}
    assert choices["fatalities"]["value"] == "24"
    assert choices["fatalities"]["rule"].startswith("toll update published 2020-12-14 by Vanguard")
    assert set(choices) == {"event_id", "event_date", "location", "event_type", "actors", "fatalities"}


def test_lookalike_events_in_one_district_stay_separate(forward):
    by_place = events_by_location(forward)
    assert len(by_place["Zabarmari"]) == 1 and len(by_place["Maimalari"]) == 1   # 27 km apart, same day
    # at Dikwa: a clash with troops, ISWAP attacking civilians, JAS attacking civilians
    assert sorted((e["event_type"], e["actor1"][:9]) for e in by_place["Dikwa"]) == [
        ("Battles", "Military "), ("Violence against civilians", "Boko Hara"),
        ("Violence against civilians", "Islamic S")]
    pairs = forward["event_pairs"]
    apart = [p for p in pairs if not p["merged"] and "APART: different named groups" in p["reasons"]]
    assert apart, "the JAS and ISWAP attacks at Dikwa are a close pair kept apart, with the reason"


def test_separate_incidents_in_one_article_stay_separate(forward):
    mafa = events_by_location(forward)["Mafa"]
    assert sorted(e["fatalities"] for e in mafa) == [2, 4]
    # the other outlet's report (4 dead) joined the incident with the same toll
    assert sorted(e["source"] for e in mafa) == ["Premium Times", "Premium Times; Vanguard"]
    four = next(e for e in mafa if e["fatalities"] == 4)
    assert four["source"] == "Premium Times; Vanguard"


@pytest.mark.parametrize("order", [
    list(reversed(DAYS)),                                   # a backfill, newest first
    [DAYS[2], DAYS[0], DAYS[3], DAYS[1]],
    [DAYS[3], DAYS[0], DAYS[1], DAYS[2], DAYS[1]],          # with a re-run of one day
    DAYS + DAYS,                                            # every day re-run
    [DAYS[1], DAYS[1], DAYS[3], DAYS[0], DAYS[2], DAYS[0]],
])
def test_any_load_order_and_reruns_give_identical_tables(tmp_path, staged, forward, order):
    assert load(tmp_path / "w.duckdb", staged, order) == forward


def test_every_permutation_of_three_days_gives_identical_tables(tmp_path, staged):
    first = None
    for k, order in enumerate(itertools.permutations(DAYS[:3])):
        snap = load(tmp_path / f"w{k}.duckdb", staged, order)
        first = first or snap
        assert snap == first, order


def test_incremental_loads_equal_a_full_rebuild(tmp_path, staged, forward):
    path = tmp_path / "w.duckdb"
    load(path, staged, [DAYS[3], DAYS[1], DAYS[0], DAYS[2]])
    with writer(path, wait_s=5) as con:
        assert rebuild_events(con) == len(forward["events"])
        assert snapshot(con) == forward


def test_reextracted_day_moves_its_report_out_and_back(tmp_path, staged, forward):
    """A day re-extracted with a changed report re-decides the events it was in, and
    the result is what loading the changed day first would give."""
    day = DAYS[1]
    rows = staged[day].events.to_pylist()
    moved = [dict(r, location="Maimalari", latitude=12.15, longitude=13.38, admin2="Jere")
             if r["location"] == "Katsina" else r for r in rows]
    changed = dataclasses.replace(staged[day], events=pa.Table.from_pylist(moved, schema=EVENT_SCHEMA))
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    with writer(a, wait_s=5) as con:
        for d in DAYS:
            load_interval(con, interval(d), staged[d])
        load_interval(con, interval(day), changed)
        after_change = snapshot(con)
        load_interval(con, interval(day), staged[day])   # and back
        assert snapshot(con) == forward
    with writer(b, wait_s=5) as con:
        for d in DAYS:
            load_interval(con, interval(d), changed if d == day else staged[d])
        assert snapshot(con) == after_change
    assert len(after_change["events"]) == len(forward["events"]) + 1


def test_checks_pass_on_every_day(tmp_path, staged):
    with writer(tmp_path / "w.duckdb", wait_s=5) as con:
        for day in reversed(DAYS):
            load_interval(con, interval(day), staged[day])
        for day in DAYS:
            failed = [r for r in run_checks(con, interval(day)) if not r.passed and r.severity == "error"]
            assert not failed, (day, failed)


def test_event_ids_and_intervals_come_from_the_reports(forward):
    by_place = events_by_location(forward)
    kankara = by_place["Kankara"][0]
    first_report = next(r for r in forward["event_reports"]
                        if r["source"] == "Premium Times" and r["location"] == "Kankara")
    assert kankara["event_id_cnty"] == first_report["report_id"]   # the earliest published report's id
    # timestamp and data interval: the latest interval that loaded one of its reports (14 Dec)
    assert kankara["data_interval_start"].date() == date(2020, 12, 14)
    assert kankara["timestamp"] == int(kankara["data_interval_end"].timestamp())


def test_single_report_event_is_the_report(forward):
    report = next(r for r in forward["event_reports"] if r["location"] == "Zabarmari")
    event = events_by_location(forward)["Zabarmari"][0]
    same = ("event_date", "time_precision", "actor1", "actor2", "admin1", "latitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "confidence", "extractor_version")
    assert event["event_id_cnty"] == report["report_id"]
    assert {k: event[k] for k in same} == {k: report[k] for k in same}


def test_init_rebuild_events_gives_the_same_tables(tmp_path, staged, forward, monkeypatch, capsys):
    from etl.cli import main

    path = tmp_path / "w.duckdb"
    load(path, staged, DAYS)
    monkeypatch.setenv("ETL_WAREHOUSE", str(path))
    assert main(["init", "--rebuild-events"]) == 0
    assert f"{len(forward['events'])} events rebuilt" in capsys.readouterr().out
    with writer(path, wait_s=5) as con:
        assert snapshot(con) == forward


def test_an_existing_warehouse_migrates_to_reports_and_merged_events(tmp_path):
    """A warehouse at schema 002: each article's event was a row, and a follow-up from
    another outlet was a second mention of the same id. After 003 and the one rebuild, each
    mention is a report and reports of one real-world event are one event."""
    from etl.warehouse.load import SQL_DIR, connect, migrate

    path = tmp_path / "old.duckdb"
    con = connect(path)
    con.execute("CREATE TABLE schema_migrations "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
    for version, name in ((1, "001_core_schema"), (2, "002_events_without_key_indexes")):
        con.execute((SQL_DIR / "migrations" / f"{name}.sql").read_text(encoding="utf-8"))
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
    con.execute("""
        INSERT INTO articles (article_id, url, canonical_url, source, published_at, fetched_at, content_hash,
                              text, extraction_status, data_interval_start)
        VALUES ('a1', 'https://a.example/1', 'https://a.example/1', 'Courier', '2026-10-06 08:00+00', now(), 'x',
                't', 'extracted', '2026-10-06 00:00+00'),
               ('a2', 'https://b.example/2', 'https://b.example/2', 'Gazette', '2026-10-07 08:00+00', now(), 'y',
                't', 'extracted', '2026-10-07 00:00+00'),
               ('a3', 'https://c.example/3', 'https://c.example/3', 'Monitor', '2026-10-07 09:00+00', now(), 'z',
                't', 'extracted', '2026-10-07 00:00+00')""")
    con.execute("""
        INSERT INTO events (event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
            sub_event_type, actor1, inter1, actor2, inter2, interaction, country, admin1, location, latitude,
            longitude, geo_precision, source, fatalities, "timestamp", extractor_version, historical,
            data_interval_start, data_interval_end)
        VALUES ('MLI0000000001', '2026-10-05', 2026, 1, 'Political violence', 'Battles', 'Armed clash',
                'Military Forces of Mali (2021-)', 1, 'JNIM', 2, 12, 'Mali', 'Mopti', 'Konna', 14.94, -3.89, 1,
                'Courier; Gazette', 2, 0, 'old', false, '2026-10-06 00:00+00', '2026-10-07 00:00+00'),
               ('MLI0000000002', '2026-10-05', 2026, 1, 'Political violence', 'Battles', 'Armed clash',
                'Military Forces of Mali (2021-)', 1, 'JNIM', 2, 12, 'Mali', 'Mopti', 'Konna', 14.94, -3.89, 1,
                'Monitor', 3, 0, 'old', false, '2026-10-07 00:00+00', '2026-10-08 00:00+00')""")
    con.execute("""
        INSERT INTO event_mentions VALUES
            ('MLI0000000001', 'a1', 'Troops clashed with JNIM near Konna.', 0, 36, '2026-10-06 00:00+00'),
            ('MLI0000000001', 'a2', 'JNIM attacked soldiers at Konna.', 10, 42, '2026-10-07 00:00+00'),
            ('MLI0000000002', 'a3', 'Fighting at Konna on Monday.', 5, 33, '2026-10-07 00:00+00')""")
    con.close()
    con = connect(path)
    assert migrate(con) == ["003_event_reports", "004_same_event_rules_perpetrators_related_types"]
    reports = con.execute("SELECT report_id, article_id, source, fatalities FROM event_reports ORDER BY 2").fetchall()
    con.close()
    assert [r[1:] for r in reports] == [("a1", "Courier", 2), ("a2", "Gazette", 2), ("a3", "Monitor", 3)]
    assert reports[0][0] == "MLI0000000001" and reports[2][0] == "MLI0000000002"
    assert reports[1][0].startswith("MLI") and len(reports[1][0]) == 13       # the follow-up's own id
    with writer(path, wait_s=5) as con:                                      # the one rebuild
        events = con.execute("SELECT event_id_cnty, source, fatalities FROM events").fetchall()
        mentions = con.execute("SELECT count(*) FROM event_mentions WHERE event_id_cnty = 'MLI0000000001'").fetchall()
        pending = con.execute("SELECT count(*) FROM pending_rebuilds").fetchall()
    assert events == [("MLI0000000001", "Courier; Gazette; Monitor", 2)] and mentions == [(3,)]
    assert pending == [(0,)]
