"""Pytest fixtures for the source tests: the local news server and test-sized limits."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from etl.records import Interval
from http_fixtures.server import NewsServer, build_news_site


def today_interval() -> Interval:
    """The current UTC day: undated pages first seen now belong to it."""
    now = datetime.now(timezone.utc)
    start = datetime(now.year, now.month, now.day, tzinfo=timezone.utc)
    return Interval(start, start + timedelta(days=1))


@pytest.fixture
def http_env(monkeypatch, tmp_path):
    """Short timeouts, small caps, no rate spacing, loopback allowed, a temp warehouse."""
    for key, value in {
        "ETL_ALLOW_LOOPBACK": "1", "ETL_HTTP_TIMEOUT": "0.5", "ETL_HTTP_RETRIES": "1",
        "ETL_HTTP_BACKOFF": "0.05", "ETL_HTTP_HOST_RATE": "0", "ETL_HTTP_MAX_BYTES": "200000",
        "ETL_HTTP_MAX_DECODED_BYTES": "1000000",
        "ETL_WAREHOUSE": str(tmp_path / "warehouse" / "conflict.duckdb"),
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("ETL_STAGING_DIR", raising=False)
    monkeypatch.delenv("ETL_RAW_DIR", raising=False)
    return tmp_path


@pytest.fixture
def news_server():
    with NewsServer() as server:
        server.urls = build_news_site(server, today_interval().start.date())
        yield server
