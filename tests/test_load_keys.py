"""Event and mention keys stay unique without key indexes (sql/migrations/002).

Covers the migration on a warehouse that already holds rows under the keyed schema
of 001, the load refusing a staged batch that repeats an event id, a story staged
again in another interval moving there, and the check that finds a duplicate.
"""
from __future__ import annotations

import dataclasses

import pyarrow as pa
import pytest

from etl.warehouse.checks import run_checks
from etl.warehouse.load import SQL_DIR, connect, load_interval, migrate, writer
from etl.records import EVENT_SCHEMA, event_row
from tests.helpers import checksums
from tests.test_load import DAY, NEXT, _article, _event, _stage


def _primary_keys(con) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'").fetchall()}


def test_migration_keeps_rows_of_an_existing_warehouse(tmp_path, warehouse):
    # A warehouse as the keyed schema (001 only) left it, with rows in every table.
    con = connect(warehouse)
    con.execute("CREATE TABLE schema_migrations "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
    con.execute((SQL_DIR / "migrations" / "001_core_schema.sql").read_text(encoding="utf-8"))
    con.execute("INSERT INTO schema_migrations VALUES (1, '001_core_schema', now())")
    con.execute("""
        INSERT INTO events (event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
            sub_event_type, actor1, inter1, inter2, interaction, country, fatalities, "timestamp",
            extractor_version, historical, data_interval_start, data_interval_end, latitude, longitude,
            geo_precision)
        SELECT 'MLI' || lpad(i::VARCHAR, 6, '0'), DATE '2026-09-01' + (i % 30)::INTEGER, 2026, 1, 'Political violence',
               'Battles', 'Armed clash', 'Military Forces of Mali', 1, 2, 12, 'Mali', i % 4, 0, 'test',
               false, TIMESTAMPTZ '2026-10-06 00:00:00+00' + INTERVAL (i % 3) DAY,
               TIMESTAMPTZ '2026-10-07 00:00:00+00' + INTERVAL (i % 3) DAY, 10 + (i % 97) * 0.2, -3.9, 1
        FROM range(3000) r(i)""")
    con.execute("""
        INSERT INTO event_mentions
        SELECT event_id_cnty, 'art' || (i % 100), 'a sentence', i % 7, i % 7 + 10, data_interval_start
        FROM (SELECT *, row_number() OVER () AS i FROM events)""")
    assert _primary_keys(con) >= {"events", "event_mentions"}
    con.close()
    before = checksums(warehouse)

    con = connect(warehouse)
    assert migrate(con) == ["002_events_without_key_indexes", "003_event_reports",
                            "004_same_event_rules_perpetrators_related_types"]
    assert migrate(con) == []  # runs at every start: a no-op once applied
    keyed = _primary_keys(con)
    nullable = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_name = 'events' AND is_nullable = 'YES'").fetchall()}
    con.close()
    assert "events" not in keyed and "event_mentions" not in keyed
    assert "articles" in keyed  # small tables keep their keys
    assert "event_id_cnty" not in nullable and "fatalities" not in nullable
    after = checksums(warehouse)
    assert {t: after[t] for t in ("articles", "events", "rejects")} == {
        t: before[t] for t in ("articles", "events", "rejects")}
    # 003: each mention became a report (the mention keeps its rows and gains its report's id)
    con = connect(warehouse, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT report_id) FROM event_reports").fetchall() == [(3000, 3000)]
    assert con.execute("SELECT count(*) FROM event_mentions WHERE report_id = event_id_cnty").fetchall() == [(3000,)]
    con.close()
    # The writer rebuilds the events from the reports once: reports of one day and place
    # from different articles (i and i + 2910) are one event now.
    a = _article(1)
    with writer(warehouse) as con:
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(2910,)]
        assert con.execute("SELECT count(*) FROM pending_rebuilds").fetchall() == [(0,)]
        # The rebuilt tables load as new ones do.
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0)]))
        assert all(r.passed for r in run_checks(con, DAY) if r.name in ("event_keys_unique", "events_without_mention"))


def test_staged_batch_repeating_an_event_id_is_refused(tmp_path, warehouse):
    a = _article(1)
    good = _stage(tmp_path, [a], [_event(a, 0)])
    with writer(warehouse) as con:
        load_interval(con, DAY, good)
    before = checksums(warehouse)
    row = event_row(_event(a, 40))
    twice = dataclasses.replace(good, events=pa.Table.from_pylist([row, row], schema=EVENT_SCHEMA))
    with writer(warehouse) as con, pytest.raises(Exception, match="repeat an event_id_cnty"):
        load_interval(con, DAY, twice)
    assert checksums(warehouse) == before


def test_story_staged_again_in_another_interval_moves_there(tmp_path, warehouse):
    a = _article(1)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0), _event(a, 40)]))
        load_interval(con, NEXT, _stage(tmp_path, [a], [_event(a, 0, fatalities=9)]))
        events = con.execute("SELECT data_interval_start::DATE::VARCHAR, fatalities FROM events "
                             "ORDER BY 1").fetchall()
        mentions = con.execute("SELECT data_interval_start::DATE::VARCHAR, char_start FROM event_mentions "
                               "ORDER BY 1, 2").fetchall()
        failing = {r.name: r.failing_rows for r in run_checks(con, NEXT)}
    assert events == [("2026-10-06", 2), ("2026-10-07", 9)]
    assert mentions == [("2026-10-06", 40), ("2026-10-07", 0)]
    assert failing["event_keys_unique"] == 0


def test_check_finds_a_duplicate_event_and_mention(tmp_path, warehouse):
    a = _article(1)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0), _event(a, 40)]))
        # What a key index used to refuse: the same event and mention written twice.
        con.execute("INSERT INTO events SELECT * FROM events WHERE event_id_cnty = $id",
                    {"id": _event(a, 0).event_id_cnty})
        con.execute("INSERT INTO event_mentions SELECT * FROM event_mentions WHERE char_start = 0")
        result = next(r for r in run_checks(con, DAY) if r.name == "event_keys_unique")
    assert result.severity == "error" and result.failing_rows == 2
    assert set(result.sample) == {_event(a, 0).event_id_cnty,
                                  f"{_event(a, 0).event_id_cnty} in {a.article_id} at 0"}


def test_follow_up_from_another_interval_keeps_both_outlets_on_reruns(tmp_path, warehouse):
    first = _article(1)
    other = dataclasses.replace(_article(2), source="Gazette")
    original = _event(first, 0)
    follow_up = event_row(_event(other, 10)) | {"source": "Gazette"}
    for folder in ("day", "next"):
        (tmp_path / folder).mkdir()
    day = _stage(tmp_path / "day", [first], [original])
    nxt = dataclasses.replace(_stage(tmp_path / "next", [other], []),
                              events=pa.Table.from_pylist([follow_up], schema=EVENT_SCHEMA))

    def state(con):
        return (con.execute("SELECT data_interval_start::DATE::VARCHAR, source FROM events").fetchall(),
                con.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0],
                {r.name: r.failing_rows for r in run_checks(con, DAY)}["event_keys_unique"])

    with writer(warehouse) as con:
        load_interval(con, DAY, day)
        load_interval(con, NEXT, nxt)
        assert state(con) == ([("2026-10-07", "Courier; Gazette")], 2, 0)
        load_interval(con, NEXT, nxt)   # re-run of the follow-up's day
        assert state(con) == ([("2026-10-07", "Courier; Gazette")], 2, 0)
        load_interval(con, DAY, day)    # re-run of the first day: the event is as it was
        assert state(con) == ([("2026-10-07", "Courier; Gazette")], 2, 0)
