"""A sources file with a feed, a page list, a dump and a GDELT source through the pipeline's steps."""
from __future__ import annotations

import duckdb
import pyarrow.parquet as pq

from etl.config import load_settings
from etl.pipeline import extract_step, fetch_step, load_step
from http_fixtures.fixtures import http_env, news_server, today_interval  # noqa: F401


def sources_file(tmp_path, server) -> None:
    urls = server.urls
    day = today_interval().start.date()
    (tmp_path / "wire.jsonl").write_text(
        f'{{"id": "w1", "url": "https://wire.example/kano-flood", "title": "Flooding near Kano", '
        f'"text": "Heavy rain flooded the main road between Kano and Zaria on Thursday, officials said.", '
        f'"published": "{day}T08:00:00Z", "source": "Wire", "country": "Nigeria"}}\n', encoding="utf-8")
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[[source]]
name = "courier"
kind = "rss"
location = "{server.base}/feed.xml"
country = "Nigeria"

[[source]]
name = "watchlist"
kind = "page"
urls = ["{urls['wire_a']}", "{urls['wire_b']}"]

[[source]]
name = "wire"
kind = "jsonl"
location = "wire.jsonl"

[[source]]
name = "gdelt"
kind = "gdelt"
location = "{server.base}/gdelt/masterfilelist.txt"
countries = ["NI"]
""", encoding="utf-8")
    return path


def test_fetch_step_reads_every_kind_and_records_every_failure(http_env, news_server, monkeypatch):
    monkeypatch.setenv("ETL_SOURCES", str(sources_file(http_env, news_server)))
    settings = load_settings()
    interval = today_interval()
    path = fetch_step(interval, settings)
    articles = pq.read_table(path).to_pylist()
    urls = news_server.urls
    by_url = {a["url"]: a for a in articles}
    assert set(by_url) == {urls["fire"], urls["clashes"], urls["latin1"], urls["undated"], urls["wire_a"],
                           urls["gdelt_story"], "https://wire.example/kano-flood"}
    # The wire story: the courier's copy (earliest) is kept, the watchlist's other site is its second URL.
    assert urls["wire_b"] in by_url[urls["wire_a"]]["extra_urls"]
    assert by_url[urls["latin1"]]["language"] == "fr" and by_url[urls["fire"]]["language"] == "en"
    assert all(a["raw_ref"] for a in articles)
    rejects = pq.read_table(settings.staging_dir / interval.key / "rejects_fetch.parquet").to_pylist()
    reasons = {(r["source"], r["reason"]) for r in rejects}
    assert {("courier", "http_404"), ("courier", "http_500"), ("courier", "timeout"),
            ("courier", "redirect_loop"), ("courier", "decompression_bomb"), ("courier", "too_large"),
            ("courier", "no_text"), ("courier", "private_address"), ("gdelt", "malformed_row")} <= reasons
    assert ("watchlist", "near_duplicate") in reasons  # the second URL of the wire story
    assert (settings.warehouse_dir / "sources_state.sqlite").exists()
    assert not settings.warehouse.exists()  # fetching never opens the DuckDB warehouse

    # A second run of the interval gives the same staged articles.
    again = pq.read_table(fetch_step(interval, settings)).to_pylist()
    assert [(a["article_id"], a["content_hash"], a["fetched_at"]) for a in again] == \
           [(a["article_id"], a["content_hash"], a["fetched_at"]) for a in articles]

    # And they load into the warehouse with their rejects.
    load_step(extract_step(path, settings), interval, settings, "test-run")
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles)
        loaded = {r[0] for r in con.execute("SELECT reason FROM rejects WHERE stage = 'fetch'").fetchall()}
    finally:
        con.close()
    assert {"http_404", "timeout", "private_address", "decompression_bomb"} <= loaded
