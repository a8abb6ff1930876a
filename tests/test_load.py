"""Idempotent loads: an interval's rows are replaced in one transaction."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import pyarrow as pa
import pytest

from etl.pipeline import staging
from etl.warehouse.load import StagedInterval, connect, load_interval, writer
from etl.records import Article, Event, Interval, Reject, event_row, EVENT_SCHEMA
from tests.helpers import checksums

DAY = Interval(datetime(2026, 10, 6, tzinfo=timezone.utc), datetime(2026, 10, 7, tzinfo=timezone.utc))
NEXT = Interval(DAY.end, datetime(2026, 10, 8, tzinfo=timezone.utc))


def _article(n: int, url_suffix: str = "") -> Article:
    return Article(
        url=f"https://courier.example/story-{n}{url_suffix}", source="Courier", title=f"Story {n}",
        text=f"Story {n}: soldiers clashed with militants near the town. " * 5,
        published_at=datetime(2026, 10, 6, 9, tzinfo=timezone.utc),
        fetched_at=datetime(2026, 10, 6, 10, tzinfo=timezone.utc),
        canonical_url=f"https://courier.example/story-{n}", language="en",
    )


def _event(article: Article, start: int, fatalities: int = 2, day: date = date(2026, 10, 5)) -> Event:
    return Event(
        event_date=day, time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", disorder_type="Political violence",
        actor1="Military Forces of Mali (2021-)", inter1=1,
        actor2="JNIM: Group for Support of Islam and Muslims", inter2=2,
        country="Mali", iso=466, region="Western Africa", admin1="Mopti", location="Konna",
        latitude=14.9414, longitude=-3.8895, geo_precision=1, fatalities=fatalities,
        article_id=article.article_id, evidence="soldiers clashed with militants",
        evidence_start=start, evidence_end=start + 31, confidence=0.8, extractor_version="test",
    )


def _stage(tmp_path, articles, events, rejects=()) -> StagedInterval:
    staging.write_articles(articles, tmp_path / "a.parquet")
    staging.write_events(events, tmp_path / "e.parquet")
    staging.write_rejects(list(rejects), tmp_path / "r.parquet")
    staging.write_status({a.article_id: "extracted" for a in articles}, tmp_path / "s.parquet")
    return StagedInterval(*(staging.read_table(tmp_path / f"{n}.parquet") for n in "aser"))


def test_same_interval_twice_gives_identical_tables(tmp_path, warehouse):
    articles = [_article(1), _article(2)]
    events = [_event(articles[0], 0), _event(articles[0], 40), _event(articles[1], 0)]
    staged = _stage(tmp_path, articles, events, [Reject("fetch", "http_500", "server error", "https://x.example")])
    with writer(warehouse) as con:
        load_interval(con, DAY, staged)
    first = checksums(warehouse)
    with writer(warehouse) as con:
        load_interval(con, DAY, staged)
    assert checksums(warehouse) == first
    # three reports; the second article's is the same event as one of the first's (never both:
    # two events of one article are two events)
    assert first["event_reports"][0] == 3 and first["event_mentions"][0] == 3 and first["rejects"][0] == 1
    assert first["events"][0] == 2


def test_reload_replaces_only_its_interval(tmp_path, warehouse):
    a1, a2 = _article(1), _article(2)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a1], [_event(a1, 0), _event(a1, 40)]))
        load_interval(con, NEXT, _stage(tmp_path, [a2], [_event(a2, 0, day=date(2026, 10, 6))]))
        # The day is re-extracted and now yields one event: the old second row goes away.
        load_interval(con, DAY, _stage(tmp_path, [a1], [_event(a1, 0, fatalities=3)]))
        rows = con.execute("SELECT data_interval_start::DATE::VARCHAR, fatalities FROM events ORDER BY 1").fetchall()
    assert rows == [("2026-10-06", 3), ("2026-10-07", 2)]


def test_event_ids_are_stable(tmp_path):
    a = _article(1)
    assert _event(a, 0).event_id_cnty == _event(a, 0).event_id_cnty
    assert _event(a, 0).event_id_cnty.startswith("MLI")
    assert _event(a, 0).event_id_cnty != _event(a, 40).event_id_cnty


def test_failed_load_rolls_back_and_loses_nothing(tmp_path, warehouse):
    a = _article(1)
    good = _stage(tmp_path, [a], [_event(a, 0)])
    with writer(warehouse) as con:
        load_interval(con, DAY, good)
    before = checksums(warehouse)
    bad_row = event_row(_event(a, 80))
    bad_row["event_type"] = None  # violates NOT NULL half-way through the load
    broken = dataclasses.replace(good, events=pa.Table.from_pylist([bad_row], schema=EVENT_SCHEMA))
    with writer(warehouse) as con, pytest.raises(Exception, match="NOT NULL"):
        load_interval(con, DAY, broken)
    assert checksums(warehouse) == before


def test_duplicate_urls_are_kept_for_one_article(tmp_path, warehouse):
    a = dataclasses.replace(_article(1), extra_urls=("https://mirror.example/copy-of-story-1",))
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], []))
        urls = con.execute("SELECT url, article_id FROM article_urls ORDER BY url").fetchall()
    assert urls == [("https://courier.example/story-1", a.article_id),
                    ("https://mirror.example/copy-of-story-1", a.article_id)]


def test_reader_sees_warehouse_while_no_writer(warehouse, tmp_path):
    a = _article(1)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0)]))
    ro = connect(warehouse, read_only=True)
    assert ro.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    ro.close()
