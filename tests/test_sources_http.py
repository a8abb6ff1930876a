"""The polite, bounded, safe HTTP client against a local server (no internet)."""
from __future__ import annotations

import time

import pytest

from etl.sources.http import FetchError, HostLimiter, HttpClient, HttpSettings, check_url_allowed, decode_body
from http_fixtures.fixtures import news_server  # noqa: F401  (a pytest fixture)
from http_fixtures.server import Route

FAST = HttpSettings(timeout_s=0.5, retries=1, backoff_s=0.05, host_rate_per_s=0, allow_loopback=True,
                    max_bytes=200_000, max_decoded_bytes=1_000_000)


@pytest.mark.parametrize("url, reason", [
    ("ftp://127.0.0.1/file", "bad_scheme"),
    ("file:///etc/passwd", "bad_scheme"),
    ("http://10.0.0.7/", "private_address"),
    ("http://192.168.1.1/admin", "private_address"),
    ("http://169.254.169.254/latest/meta-data/", "private_address"),
    ("http://[fd00:ec2::254]/", "private_address"),
    ("http://[::ffff:127.0.0.1]/", "private_address"),
    ("http://127.0.0.1:9/", "private_address"),
    ("http://localhost:9/", "private_address"),
    ("http:///nohost", "bad_url"),
])
def test_unsafe_urls_are_refused_before_connecting(url, reason):
    with pytest.raises(FetchError) as caught:
        check_url_allowed(url, allow_loopback=False)
    assert caught.value.reason == reason


def test_loopback_is_allowed_only_by_the_setting():
    check_url_allowed("http://127.0.0.1:9/", allow_loopback=True)
    with pytest.raises(FetchError):
        check_url_allowed("http://10.0.0.1/", allow_loopback=True)  # private stays refused


def test_user_agent_and_conditional_request(news_server):
    with HttpClient(FAST) as client:
        first = client.get(news_server.base + "/feed.xml")
        again = client.get(news_server.base + "/feed.xml", etag=first.headers["etag"])
    assert first.status == 200 and b"<rss" in first.body
    assert again.status == 304 and again.body == b""
    _path, headers = news_server.log[-1]
    assert "conflict-warehouse-etl" in headers["User-Agent"] and headers["If-None-Match"] == '"feed-v1"'


def test_retry_after_is_honoured_then_retries_succeed(news_server):
    news_server.routes["/busy"] = Route(sequence=[Route(429, headers={"Retry-After": "1"}), Route(body=b"ok")])
    news_server.routes["/flaky"] = Route(sequence=[Route(503), Route(body=b"fine")])
    news_server.routes["/closed"] = Route(429, headers={"Retry-After": "3600"})
    with HttpClient(FAST) as client:
        started = time.monotonic()
        assert client.get(news_server.base + "/busy").body == b"ok"
        assert time.monotonic() - started >= 0.9
        assert client.get(news_server.base + "/flaky").body == b"fine"
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            client.get(news_server.base + "/closed")  # an hour's wait is not waited for
    assert caught.value.reason == "http_429" and time.monotonic() - started < 0.5
    assert news_server.hits["/busy"] == 2 and news_server.hits["/flaky"] == 2 and news_server.hits["/closed"] == 1


def test_caps_on_size_decompression_redirects_and_time(news_server):
    urls = news_server.urls
    news_server.routes["/to-private"] = Route(302, headers={"Location": "http://10.9.8.7/secret"})
    cases = {urls["huge"]: "too_large", urls["bomb"]: "decompression_bomb", urls["loop"]: "redirect_loop",
             urls["slow"]: "timeout", urls["missing"]: None,
             news_server.base + "/to-private": "private_address"}
    with HttpClient(FAST) as client:
        for url, reason in cases.items():
            if reason is None:
                assert client.get(url).status == 404
                continue
            with pytest.raises(FetchError) as caught:
                client.get(url)
            assert caught.value.reason == reason, url


def test_too_many_redirects(news_server):
    for i in range(4):
        news_server.routes[f"/hop{i}"] = Route(301, headers={"Location": f"/hop{i + 1}"})
    news_server.routes["/hop4"] = Route(body=b"arrived")
    with HttpClient(HttpSettings(allow_loopback=True, host_rate_per_s=0, max_redirects=3)) as client:
        with pytest.raises(FetchError, match="too_many_redirects"):
            client.get(news_server.base + "/hop0")
    with HttpClient(HttpSettings(allow_loopback=True, host_rate_per_s=0, max_redirects=4)) as client:
        response = client.get(news_server.base + "/hop0")
    assert response.body == b"arrived" and response.final_url.endswith("/hop4")


def test_charset_declared_and_detected():
    text = "Les manifestants ont défilé à Niamey, réclamant une baisse des prix du riz et du sucre. " * 5
    latin1 = f"<html><body><p>{text}</p></body></html>".encode("latin-1")
    assert "défilé" in decode_body(latin1, "text/html; charset=ISO-8859-1")
    assert "défilé" in decode_body(latin1, "text/html")  # undeclared: detected
    meta = b'<html><head><meta charset="windows-1252"></head><body>' + "Côte".encode("cp1252") + b"</body>"
    assert "Côte" in decode_body(meta, "")
    assert decode_body("déjà vu".encode("utf-8"), "text/html; charset=bogus-charset") == "déjà vu"


def test_per_host_rate_limit_spaces_requests():
    limiter = HostLimiter(rate_per_s=10, concurrency=1)
    started = time.monotonic()
    for _ in range(5):
        limiter.acquire("news.example").release()
    spaced = time.monotonic() - started
    started = time.monotonic()
    for i in range(5):
        limiter.acquire(f"host{i}.example").release()
    assert spaced >= 0.38 and time.monotonic() - started < 0.1
