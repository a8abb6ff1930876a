"""Smoke test of the extractor beyond Burkina Faso and Nigeria.

The fixture holds short notes written for this test in ACLED's note style
(invented events, not ACLED text) across the theatres ACLED covers heavily:
Somalia, Ethiopia, Sudan, South Sudan, DR Congo, CAR, Cameroon, Mali, Niger,
Mozambique, Kenya, Syria, Yemen, Iraq, Afghanistan, Pakistan, India, Myanmar.
Each row carries the fields as the codebook would code them. Every note is
read the way `etl evaluate` reads an export row (published two days after the
event, with the country hint) and per-field accuracy over the whole set must
stay above floors near the issue's targets, so a rule or dictionary gap that
only Sahel/Nigeria data would hide shows up here.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from etl.extract import extract_events
from etl.records import Article

FIXTURE = Path(__file__).parent / "fixtures" / "other_theatres_notes.jsonl"

# floors over the whole set (not per row); places are scored too, but are
# owned by the geo module and kept at what the installed gazetteer gives
# (a few rows below what the extractor reaches now, so a regression fails, not a rewording)
FLOORS = {
    "event_type": 0.95,
    "sub_event_type": 0.90,
    "country": 1.0,
    "admin1": 0.93,
    "location": 0.93,
    "date": 0.95,
    "fatalities": 0.90,
    "actor1_found": 0.90,
    "actor_f1": 0.90,
}


def _key(name: str) -> str:
    import re
    return re.sub(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)", "", name or "").strip().lower()


def _rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _article(row: dict, i: int) -> Article:
    day = date.fromisoformat(row["event_date"])
    published = datetime.combine(day + timedelta(days=2), datetime.min.time(), timezone.utc)
    return Article(url=f"fixture:other-theatres:{i}", source="fixture", title="", text=row["notes"],
                   published_at=published, fetched_at=published, language="en",
                   country_hint=row["country"])


def score(rows: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Per-field accuracy over the set, and one diff line per wrong field."""
    hits = {k: 0 for k in FLOORS if k != "actor_f1"}
    tp = fp = fn = 0
    diffs: list[str] = []
    for i, row in enumerate(rows):
        events = extract_events(_article(row, i))
        ev = events[0] if events else None
        gold_actors = {_key(a) for a in (row["actor1"], row["actor2"]) if a}
        pred_actors = {_key(a) for a in ((ev.actor1, ev.actor2) if ev else ()) if a}
        tp += len(gold_actors & pred_actors)
        fp += len(pred_actors - gold_actors)
        fn += len(gold_actors - pred_actors)
        if ev is None:
            diffs.append(f"[{i}] {row['country']}: no event extracted | {row['notes'][:90]}")
            continue
        got = {
            "event_type": (ev.event_type, row["event_type"]),
            "sub_event_type": (ev.sub_event_type, row["sub_event_type"]),
            "country": (ev.country, row["country"]),
            "admin1": (ev.admin1.lower(), row["admin1"].lower()),
            "location": (ev.location.split(" - ")[0].lower(), row["location"].lower()),
            "date": (ev.event_date.isoformat(), row["event_date"]),
            "fatalities": (ev.fatalities, row["fatalities"]),
            "actor1_found": (_key(row["actor1"]) in pred_actors, True),
        }
        wrong = []
        for field, (pred, gold) in got.items():
            if pred == gold:
                hits[field] += 1
            else:
                wrong.append(f"{field}: {pred!r} != {gold!r}")
        if gold_actors != pred_actors:
            wrong.append(f"actors: {ev.actor1!r}/{ev.actor2!r} != {row['actor1']!r}/{row['actor2']!r}")
        if wrong:
            diffs.append(f"[{i}] {row['country']}: " + "; ".join(wrong) + f" | {row['notes'][:90]}")
    n = len(rows) or 1
    acc = {k: v / n for k, v in hits.items()}
    acc["actor_f1"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return acc, diffs


@pytest.fixture(scope="module")
def scored():
    return score(_rows())


def test_fixture_is_spread_over_many_theatres():
    rows = _rows()
    assert len(rows) >= 80
    assert len({r["country"] for r in rows}) >= 15
    assert max(sum(r["country"] == c for r in rows) for c in {r["country"] for r in rows}) <= 12


@pytest.mark.parametrize("field", list(FLOORS))
def test_field_accuracy_floor(scored, field):
    acc, diffs = scored
    summary = ", ".join(f"{k}={v:.3f}" for k, v in acc.items())
    assert acc[field] >= FLOORS[field], f"{field} {acc[field]:.3f} < {FLOORS[field]}\n{summary}\n" + "\n".join(diffs)


if __name__ == "__main__":   # a quick report: python tests/test_other_theatres.py
    acc, diffs = score(_rows())
    print("\n".join(diffs))
    print(", ".join(f"{k}={v:.3f}" for k, v in acc.items()))
