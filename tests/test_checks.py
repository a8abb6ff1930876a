"""Quality checks find bad rows of the loaded interval and say which."""
from __future__ import annotations

import dataclasses

import pyarrow as pa

from etl.warehouse.checks import run_checks, summarize
from etl.warehouse.load import load_interval, record_checks, writer
from etl.records import EVENT_SCHEMA, event_row
from tests.test_load import DAY, _article, _event, _stage


def test_clean_interval_passes(tmp_path, warehouse):
    a = _article(1)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0)]))
        results = run_checks(con, DAY)
    assert results and all(r.passed for r in results), [r for r in results if not r.passed]
    assert summarize(results) == ("ok", "")


def test_bad_rows_are_found_and_recorded(tmp_path, warehouse):
    a = _article(1)
    staged = _stage(tmp_path, [a], [])
    rows = [event_row(_event(a, 0)), event_row(_event(a, 40)), event_row(_event(a, 80))]
    rows[0]["interaction"] = 77                       # inconsistent with inter1=1, inter2=2
    rows[1]["sub_event_type"] = "Peaceful protest"    # not a Battles sub-event type
    rows[2]["latitude"] = rows[2]["longitude"] = None  # unmappable: a warning only
    staged = dataclasses.replace(staged, events=pa.Table.from_pylist(rows, schema=EVENT_SCHEMA))
    with writer(warehouse) as con:
        load_interval(con, DAY, staged)
        results = {r.name: r for r in run_checks(con, DAY)}
        record_checks(con, DAY, list(results.values()))
        stored = dict(con.execute("SELECT check_name, failing_rows FROM check_results").fetchall())
    assert results["interaction_consistent"].failing_rows == 1
    assert results["interaction_consistent"].sample == (rows[0]["event_id_cnty"],)
    assert results["taxonomy_valid"].failing_rows == 1
    assert results["events_located"].failing_rows == 1 and results["events_located"].severity == "warn"
    status, message = summarize(list(results.values()))
    assert status == "failed" and "interaction_consistent: 1 rows" in message
    assert stored["interaction_consistent"] == 1 and stored["events_without_mention"] == 0
