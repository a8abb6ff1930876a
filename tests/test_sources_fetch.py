"""fetch_articles over the local news web: every bad case is a reject, the good articles arrive once."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from etl.records import Interval
from etl.articles import prepare_articles
from etl.sources import SourceFailed, fetch_articles, load_sources
from http_fixtures.fixtures import http_env, news_server, today_interval  # noqa: F401
from http_fixtures.server import Route


def write_sources(tmp_path, body: str):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return load_sources(path)


def feed_sources(tmp_path, base: str):
    return write_sources(tmp_path, f"""
[[source]]
name = "courier"
kind = "rss"
location = "{base}/feed.xml"
country = "Nigeria"
language = "en"
[[source]]
name = "sentinel"
kind = "rss"
location = "{base}/sentinel.xml"
""")


def by_reason(result) -> dict[str, str]:
    return {r.ref: r.reason for r in result.rejects}


def test_feed_bad_cases_are_recorded_and_good_articles_kept(http_env, news_server):
    urls = news_server.urls
    result = fetch_articles(feed_sources(http_env, news_server.base), today_interval(), http_env)
    got = {a.url: a for a in result.items}
    # both copies of the wire story arrive: the articles stage merges them (next test)
    assert set(got) == {urls["fire"], urls["clashes"], urls["latin1"], urls["undated"], urls["wire_a"], urls["wire_b"]}
    reasons = by_reason(result)
    assert [reasons[urls[k]] for k in (
        "missing", "error", "slow", "loop", "bomb", "huge", "empty", "private", "metadata")] == [
        "http_404", "http_500", "timeout", "redirect_loop", "decompression_bomb", "too_large", "no_text",
        "private_address", "private_address"]
    assert all(r.detail and r.source == "courier" for r in result.rejects if r.stage == "fetch")
    # The old story is another interval's: its page was never asked for.
    assert "/news/old-story" not in news_server.paths_requested()
    # Nor were the internal addresses: refused before connecting (they are not on this server either).
    fire = got[urls["fire"]]
    assert fire.title.startswith("Fire destroys") and "forty stalls" in fire.text and "Copyright" not in fire.text
    assert fire.country_hint == "Nigeria" and fire.language is None and fire.source == "Test Courier"
    assert fire.raw_ref.endswith(".html.gz")
    assert "défilé" in got[urls["latin1"]].text  # latin-1 page without a declared charset
    assert got[urls["undated"]].published_at is None  # belongs to the interval by first-seen time


def test_one_story_under_two_urls_is_one_article(http_env, news_server):
    urls = news_server.urls
    fetched = fetch_articles(feed_sources(http_env, news_server.base), today_interval(), http_env)
    result = prepare_articles(fetched.items)  # the articles stage merges what the sources fetched
    [story] = [a for a in result.items if "police post" in a.text]
    assert {story.url, *story.extra_urls} == {urls["wire_a"], urls["wire_b"]}
    [merge] = [r for r in result.rejects if r.reason == "near_duplicate"]
    assert merge.stage == "dedup" and "Jaccard" in merge.detail


def test_second_run_fetches_nothing_new_and_yields_the_same(http_env, news_server):
    sources = feed_sources(http_env, news_server.base)
    first = fetch_articles(sources, today_interval(), http_env)
    mark = len(news_server.log)
    second = fetch_articles(sources, today_interval(), http_env)
    asked = [(p, h) for p, h in news_server.log[mark:]]
    # Only the feeds (conditionally) and the pages that failed for a passing reason are asked
    # again (and so the site's robots.txt, read once per run).
    assert {p for p, _ in asked} == {"/feed.xml", "/sentinel.xml", "/news/error", "/news/slow", "/robots.txt"}
    feed_request = next(h for p, h in asked if p == "/feed.xml")
    assert feed_request.get("If-None-Match") == '"feed-v1"'
    assert [(a.url, a.text, a.fetched_at, a.extra_urls) for a in second.items] == \
           [(a.url, a.text, a.fetched_at, a.extra_urls) for a in first.items]
    assert sorted(map(tuple, map(vars, second.rejects))) == sorted(map(tuple, map(vars, first.rejects)))


def test_backfill_takes_what_the_feed_still_offers(http_env, news_server):
    day = today_interval()
    old = Interval(day.start - timedelta(days=3), day.start - timedelta(days=2))
    result = fetch_articles(feed_sources(http_env, news_server.base), old, http_env)
    assert [a.url for a in result.items] == [news_server.urls["old"]]
    assert result.rejects == []  # today's failures belong to today's interval
    assert "/news/market-fire?utm_source=rss" not in news_server.paths_requested()


def test_bad_feeds_fail_their_source_only(http_env, news_server):
    base = news_server.base
    sources = write_sources(http_env, "".join(f"""
[[source]]
name = "{name}"
kind = "rss"
location = "{base}/{path}"
""" for name, path in (("malformed", "malformed.xml"), ("truncated", "truncated.xml"),
                       ("laughs", "laughs.xml"), ("gone", "no-such-feed.xml"))))
    started = time.monotonic()
    result = fetch_articles(sources, today_interval(), http_env)
    assert time.monotonic() - started < 10  # the billion laughs never expanded
    reasons = {(r.source, r.reason) for r in result.rejects}
    assert {("malformed", "malformed_xml"), ("truncated", "malformed_xml"), ("laughs", "xml_entities"),
            ("gone", "http_404")} <= reasons
    # The mismatched-tag feed was still read leniently: its entry was fetched.
    assert [a.url for a in result.items] == [news_server.urls["fire"]]
    with pytest.raises(SourceFailed, match="laughs: xml_entities"):
        fetch_articles([s for s in sources if s.name != "malformed"], today_interval(), http_env)


def test_robots_txt_is_respected(http_env, news_server):
    urls = news_server.urls
    news_server.routes["/robots.txt"] = Route(body=b"User-agent: conflict-warehouse-etl\nDisallow: /news/\n"
                                                   b"\nUser-agent: *\nDisallow: /\nAllow: /news/\n")
    sources = write_sources(http_env, f"""
[[source]]
name = "watchlist"
kind = "page"
urls = ["{urls['clashes']}", "{urls['wire_a']}"]
""")
    result = fetch_articles(sources, today_interval(), http_env)
    assert [a.url for a in result.items] == [urls["wire_a"]]
    assert [(r.reason, r.ref) for r in result.rejects] == [("robots_disallowed", urls["clashes"])]
    assert news_server.paths_requested().count("/robots.txt") == 1 and "/news/clashes" not in news_server.hits


def test_page_list_and_dumps(http_env, news_server):
    urls = news_server.urls
    day = today_interval().start.date()
    (http_env / "dump.csv").write_text(
        "id,url,title,text,published,source,country\n"
        f"a1,,Road flooded,\"Heavy rain flooded the road between Kano and Zaria on Thursday.\",{day},Kano Daily,Nigeria\n"
        f"a2,https://kano.example/x,No text,,{day},Kano Daily,Nigeria\n"
        f"a3,https://kano.example/y,Bad date,Some text here,someday,Kano Daily,Nigeria\n"
        f"a4,https://kano.example/z,Other day,Some text here,2001-01-01,Kano Daily,Nigeria\n", encoding="utf-8")
    news_server.routes["/dump.jsonl"] = Route(body=(
        f'{{"id": "j1", "url": "https://wire.example/1", "title": "T", "text": "Body one", "published": "{day}T10:00:00Z"}}\n'
        '{"id": "j2", "text": "undated body", "published": null}\n'
        "{not json\n").encode(), etag='"dump-1"')
    sources = write_sources(http_env, f"""
[[source]]
name = "watchlist"
kind = "page"
urls = ["{urls['clashes']}", "{urls['missing']}"]
[[source]]
name = "csv-dump"
kind = "csv"
location = "dump.csv"
[[source]]
name = "wire-dump"
kind = "jsonl"
location = "{news_server.base}/dump.jsonl"
country = "Niger"
""")
    result = fetch_articles(sources, today_interval(), http_env)
    got = {a.url: a for a in result.items}
    assert set(got) == {urls["clashes"], "urn:dump:csv-dump:a1", "https://wire.example/1", "urn:dump:wire-dump:j2"}
    assert got["urn:dump:csv-dump:a1"].source == "Kano Daily" and got["https://wire.example/1"].country_hint == "Niger"
    assert got["https://wire.example/1"].raw_ref.endswith(".jsonl.gz#line=1")
    rejects = {(r.source, r.reason, r.ref.rsplit("#", 1)[-1]) for r in result.rejects}
    assert rejects == {("watchlist", "http_404", urls["missing"]), ("csv-dump", "malformed_row", "line=3"),
                       ("csv-dump", "malformed_row", "line=4"), ("wire-dump", "malformed_row", "line=3")}
    again = fetch_articles(sources, today_interval(), http_env)
    assert [(a.url, a.fetched_at) for a in again.items] == [(a.url, a.fetched_at) for a in result.items]


def test_gdelt_exports_filtered_by_root_and_country(http_env, news_server):
    urls = news_server.urls
    sources = write_sources(http_env, f"""
[[source]]
name = "gdelt"
kind = "gdelt"
location = "{news_server.base}/gdelt/masterfilelist.txt"
countries = ["NI"]
""")
    result = fetch_articles(sources, today_interval(), http_env)
    got = {a.url: a for a in result.items}
    assert set(got) == {urls["gdelt_story"], urls["clashes"]}
    assert got[urls["gdelt_story"]].country_hint == "Nigeria" and got[urls["gdelt_story"]].source == "127.0.0.1"
    asked = news_server.paths_requested()
    assert "/gdelt-news/consultation" not in asked and "/gdelt-news/elsewhere" not in asked
    assert not any("mentions" in p for p in asked) and sum("export" in p for p in asked) == 2
    [bad] = [r for r in result.rejects]
    assert bad.reason == "malformed_row" and "61 columns" in bad.detail
    mark = len(news_server.log)
    again = fetch_articles(sources, today_interval(), http_env)
    assert [p for p, _ in news_server.log[mark:]] == ["/gdelt/masterfilelist.txt"]  # export files are immutable
    assert [a.url for a in again.items] == [a.url for a in result.items]


def test_gdelt_folder_mode_names_the_files_of_the_interval(http_env, news_server):
    day = today_interval()
    window = Interval(day.start + timedelta(hours=9), day.start + timedelta(hours=10))
    sources = write_sources(http_env, f"""
[[source]]
name = "gdelt"
kind = "gdelt"
location = "{news_server.base}/gdelt/"
countries = ["Nigeria"]
cameo_roots = ["19"]
""")
    result = fetch_articles(sources, window, http_env)
    assert [a.url for a in result.items] == [news_server.urls["gdelt_story"]]  # root 14 left out
    missing = [r for r in result.rejects if r.reason == "http_404"]
    assert len(missing) == 2 and all(".export.CSV.zip" in r.ref for r in missing)  # 09:30 and 09:45


def test_docs_examples_are_valid_sources_files(tmp_path):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "sources.md").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"```(toml|yaml)\n(.*?)```", text, re.S))
    loaded = {}
    for suffix, body in blocks.items():
        path = tmp_path / f"sources.{suffix}"
        path.write_text(body, encoding="utf-8")
        loaded[suffix] = load_sources(path)
    assert [s.kind for s in loaded["toml"]] == ["rss", "page", "jsonl", "gdelt", "folder"]
    assert [s.name for s in loaded["yaml"]] == ["sahel-courier", "watchlist", "partner-dump", "gdelt-nigeria"]
    gdelt = loaded["toml"][3]
    assert gdelt.options["countries"] == ["NI", "Niger"] and gdelt.limits["max_articles"] == 300
    from etl.sources.gdelt import country_codes
    assert country_codes(gdelt) == {"NI", "NG"}
