"""Article-level extraction on the bundled (invented) sample corpus.

Gold events come from tests/fixtures/sample_corpus_gold.json (written by the team);
syndicated copies ("duplicate_of") are skipped. A predicted event matches a gold one
on event_type + country + a date within one day. Measured when written:
recall 0.850 (51/60), precision 0.836 (51/61); the floors leave a small margin.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from etl.extract import extract_events
from etl.sources.config import SourceConfig
from etl.sources.folder import parse_article_file

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "etl" / "sample_corpus" / "articles"
GOLD = ROOT / "tests" / "fixtures" / "sample_corpus_gold.json"

RECALL_FLOOR = 0.81
PRECISION_FLOOR = 0.80
FATALITIES_FLOOR = 0.88  # 46/50 when raised (35/50 before: reporting clauses, detail paragraphs, French)


def _match(pred, gold_events) -> tuple[int, int]:
    """(matched gold events, of which with the gold's fatalities)."""
    used: set[int] = set()
    hits = same_toll = 0
    for g in gold_events:
        day = date.fromisoformat(g["event_date"])
        for i, p in enumerate(pred):
            if i not in used and p.event_type == g["event_type"] and p.country == g["country"] \
                    and abs((p.event_date - day).days) <= 1:
                used.add(i)
                hits += 1
                same_toll += p.fatalities == g.get("fatalities", p.fatalities)
                break
    return hits, same_toll


@pytest.fixture(scope="module")
def corpus_counts() -> dict[str, int]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    source = SourceConfig("sample-corpus", "folder", "articles")
    fetched = datetime(2026, 10, 20, tzinfo=timezone.utc)
    counts = {"gold": 0, "pred": 0, "hits": 0, "same_toll": 0, "no_event_articles_with_events": 0}
    for name, events in sorted(gold.items()):
        if any(e.get("duplicate_of") for e in events):
            continue   # a syndicated copy: the pipeline merges it before extraction
        pred = extract_events(parse_article_file(ARTICLES / name, source, fetched))
        counts["gold"] += len(events)
        counts["pred"] += len(pred)
        hits, same_toll = _match(pred, events)
        counts["hits"] += hits
        counts["same_toll"] += same_toll
        if not events and pred:
            counts["no_event_articles_with_events"] += 1
    return counts


def test_corpus_recall(corpus_counts):
    recall = corpus_counts["hits"] / corpus_counts["gold"]
    assert corpus_counts["gold"] >= 50
    assert recall >= RECALL_FLOOR, corpus_counts


def test_corpus_precision(corpus_counts):
    precision = corpus_counts["hits"] / max(corpus_counts["pred"], 1)
    assert precision >= PRECISION_FLOOR, corpus_counts
    # multi-event articles must not explode into one event per paragraph
    assert corpus_counts["pred"] <= 1.2 * corpus_counts["gold"], corpus_counts


def test_foreign_namesake_dropped():
    """A town abroad named like a word of the report is not an event abroad."""
    from etl.records import Article
    text = ("ADDIS ABABA, Ethiopia - Fano militiamen attacked a police post in Bahir Dar on Monday, "
            "killing two officers, residents said.\n\n"
            "Fano fighters also raided a market near Gondar on Tuesday, officials said.")
    published = datetime(2026, 10, 8, tzinfo=timezone.utc)
    events = extract_events(Article(url="t:1", source="t", title="", text=text, published_at=published,
                                    fetched_at=published))
    assert events
    assert {e.country for e in events} == {"Ethiopia"}


def test_corpus_fatalities(corpus_counts):
    # the number killed in that event only: no conflict-wide total ("the conflict has killed
    # thousands") and no other incident's toll reaches a matched event
    assert corpus_counts["same_toll"] >= FATALITIES_FLOOR * corpus_counts["hits"], corpus_counts
