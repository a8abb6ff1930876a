"""Scoring on hand-coded articles: matching, duplicates, optional events, per-set totals."""
from __future__ import annotations

import json

from etl.evaluation.articles import format_set, match_events, read_gold, score_article, score_folder
from etl.extract import extract_events

TEXT = """Gunmen kill 12 in Katsina village

Gunmen on motorcycles killed 12 villagers in Jibia, Katsina State, on Tuesday, police said.

In a separate incident on Wednesday, soldiers clashed with bandits in Batsari, killing five of them.

The governor condemned the killings and vowed to end the attacks."""


def write_gold(folder, events, name="katsina"):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    gold = {"article": f"{name}.txt", "title": "Gunmen kill 12 in Katsina village", "source": "Test Wire",
            "published": "2019-07-18", "events": events}
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


JIBIA = {"id": "jibia", "required": True, "event_date": "2019-07-16", "event_type": ["Violence against civilians"],
         "country": "Nigeria", "point": [13.09, 7.23], "max_km": 40, "fatalities": 12}
BATSARI = {"id": "batsari", "required": True, "event_date": "2019-07-17", "event_type": ["Battles"],
           "country": "Nigeria", "point": [12.75, 7.25], "max_km": 40, "fatalities": 5}


def test_two_incidents_found_and_scored(tmp_path):
    score = score_article(write_gold(tmp_path, [JIBIA, BATSARI]))
    assert (score.required, score.found, score.false_positives) == (2, 2, 0)
    assert score.recall == 1.0 and score.precision == 1.0
    assert score.fatalities_ok == 2


def test_an_event_on_an_optional_gold_event_counts_neither_way(tmp_path):
    optional = dict(BATSARI, required=False)
    score = score_article(write_gold(tmp_path, [JIBIA, optional]))
    assert (score.required, score.found, score.false_positives, score.ignored) == (1, 1, 0, 1)


def test_an_event_outside_the_gold_list_is_a_false_positive(tmp_path):
    score = score_article(write_gold(tmp_path, [JIBIA]))
    assert score.found == 1 and score.false_positives == 1 and score.precision == 0.5


def test_a_second_row_for_one_gold_event_is_a_duplicate(tmp_path):
    ga = read_gold(write_gold(tmp_path, [JIBIA, BATSARI]))
    events = extract_events(ga.article)
    jibia = [e for e in events if e.location == "Jibia"]
    matched, extra, _ = match_events(events + jibia, ga.gold["events"])
    assert set(matched) == {"jibia", "batsari"} and len(extra) == 1


def test_folder_totals_and_report(tmp_path):
    write_gold(tmp_path / "dev", [JIBIA, BATSARI], "a")
    write_gold(tmp_path / "dev", [JIBIA], "b")
    score = score_folder(tmp_path / "dev")
    assert score.total("required") == 3 and score.total("found") == 3
    assert score.precision == 3 / 4
    assert "OVERALL recall 1.000  precision 0.750" in format_set(score)


def test_an_event_near_a_required_and_an_optional_gold_event_counts_for_the_required(tmp_path):
    # an optional event of the same type placed right on the extracted Jibia event, the
    # required one 30 km away: the event must count for the required one
    closer_optional = dict(JIBIA, id="jibia-optional", required=False, point=[13.09, 7.23], max_km=40)
    farther_required = dict(JIBIA, id="jibia-required", point=[13.2, 7.45], max_km=40)
    ga = read_gold(write_gold(tmp_path, [closer_optional, farther_required, BATSARI]))
    matched, extra, _ = match_events(extract_events(ga.article), ga.gold["events"])
    assert "jibia-required" in matched and "jibia-optional" not in matched and not extra
