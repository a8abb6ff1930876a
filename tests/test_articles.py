"""Cleaning, language detection, canonical URLs and deduplication of articles."""
from __future__ import annotations

from datetime import datetime, timezone

from etl.articles import canonical_url, clean_text, detect_language, prepare_articles
from etl.records import Article

NOW = datetime(2026, 10, 6, 12, tzinfo=timezone.utc)
BODY = ("Soldiers and militants clashed on Monday near the market town, residents said, "
        "and the fighting lasted until the evening when reinforcements arrived from the north.")


def _article(url: str, text: str = BODY, source: str = "Courier") -> Article:
    return Article(url=url, source=source, title="Clashes", text=text, published_at=NOW, fetched_at=NOW)


def test_canonical_url_drops_tracking_and_fragments():
    assert canonical_url("HTTPS://WWW.Courier.example/news/story/?utm_source=x&id=7&fbclid=abc#top") == \
        "https://courier.example/news/story?id=7"
    assert canonical_url("http://courier.example:80/a/") == "http://courier.example/a"
    assert canonical_url("https://courier.example:8443/a") == "https://courier.example:8443/a"


def test_clean_text_keeps_paragraphs_and_normalizes_space():
    assert clean_text("Line one\r\ncontinues\u00a0here.\n\n\n  Second   para. ") == \
        "Line one continues here.\n\nSecond para."


def test_detect_language():
    assert detect_language(BODY) == "en"
    assert detect_language("Des hommes armés ont attaqué le village dimanche soir, selon des "
                           "sources locales, faisant plusieurs morts parmi les civils.") == "fr"
    assert detect_language("ok") is None


def test_duplicates_are_merged_with_every_url_kept():
    result = prepare_articles([
        _article("https://courier.example/story-1"),
        _article("https://courier.example/story-1?utm_source=feed"),      # same canonical URL
        _article("https://mirror.example/wire/story", source="Mirror"),   # same text elsewhere
        _article("https://courier.example/story-2", text=BODY.replace("Monday", "Tuesday")),
    ])
    assert len(result.items) == 2
    first = result.items[0]
    assert first.canonical_url == "https://courier.example/story-1"
    assert set(first.extra_urls) == {"https://courier.example/story-1?utm_source=feed",
                                     "https://mirror.example/wire/story"}
    assert [r.reason for r in result.rejects] == ["duplicate", "duplicate"]
    assert all(first.article_id in r.detail for r in result.rejects)


def test_article_without_text_is_rejected_with_reason():
    result = prepare_articles([_article("https://courier.example/empty", text="  Read more  ")])
    assert result.items == []
    [reject] = result.rejects
    assert (reject.stage, reject.reason, reject.ref) == ("clean", "no_text", "https://courier.example/empty")


def test_same_url_from_two_sources_is_not_listed_as_its_own_copy():
    result = prepare_articles([_article("https://courier.example/story-1"),
                               _article("https://courier.example/story-1", source="Feed B")])
    [article] = result.items
    assert article.extra_urls == ()
    assert [r.reason for r in result.rejects] == ["duplicate"]
