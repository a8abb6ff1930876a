"""A polite, bounded and safe HTTP client for news sources (built on httpx).

Polite: a User-Agent naming the project, a per-host rate limit and
concurrency cap, retries with backoff on 429/5xx honouring Retry-After, and
conditional requests (ETag / Last-Modified) so unchanged feeds cost a 304.
Bounded: timeouts, a cap on bytes on the wire, a cap on decompressed bytes
(we decompress ourselves, in bounded steps, so a gzip bomb never expands in
memory), and a cap on redirects (followed by hand, so every hop is checked).
Safe: http(s) only, and every host is resolved and refused when any of its
addresses is loopback, private, link-local (cloud metadata lives there),
multicast or reserved. `ETL_ALLOW_LOOPBACK=1` allows loopback, for tests.
Known gap: httpx resolves the name again when connecting, so a DNS answer
that changes between our check and the connect (DNS rebinding) is not caught.

Every failure is a `FetchError(reason, detail)`; callers turn it into a Reject.
"""
from __future__ import annotations

import email.utils
import ipaddress
import os
import re
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

USER_AGENT = ("conflict-warehouse-etl/0.1 (open-source conflict-event warehouse; "
              "fetches news articles once, politely)")
RETRY_STATUSES = {429, 500, 502, 503, 504}
TRANSIENT_REASONS = {"timeout", "dns_error", "connect_error", "http_429", "http_500",
                     "http_502", "http_503", "http_504", "network_error"}


class FetchError(Exception):
    """One URL could not be fetched; `reason` is a short code, `detail` a sentence."""

    def __init__(self, reason: str, detail: str, url: str = ""):
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.url = reason, detail, url

    @property
    def transient(self) -> bool:
        return self.reason in TRANSIENT_REASONS


def _env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


@dataclass(frozen=True)
class HttpSettings:
    """Limits of the client; every one is an env variable (see docs/sources.md)."""

    user_agent: str = USER_AGENT
    timeout_s: float = 20.0            # connect and each read
    total_timeout_s: float = 60.0      # whole response, however slowly it trickles
    retries: int = 2                   # extra attempts on 429/5xx/timeouts
    backoff_s: float = 1.0             # first backoff, doubled each attempt
    max_retry_after_s: float = 60.0    # a longer Retry-After gives up instead of waiting
    max_bytes: int = 5_000_000         # bytes on the wire per response
    max_decoded_bytes: int = 20_000_000  # bytes after Content-Encoding is undone
    max_redirects: int = 5
    host_rate_per_s: float = 1.0       # requests per second per host
    host_concurrency: int = 2          # requests in flight per host
    concurrency: int = 8               # requests in flight overall (worker threads)
    allow_loopback: bool = False
    respect_robots: bool = True        # article pages a site's robots.txt disallows are not fetched

    @classmethod
    def from_env(cls) -> "HttpSettings":
        return cls(
            user_agent=os.environ.get("ETL_USER_AGENT", USER_AGENT),
            timeout_s=_env_float("ETL_HTTP_TIMEOUT", 20.0),
            total_timeout_s=_env_float("ETL_HTTP_TOTAL_TIMEOUT", 60.0),
            retries=int(_env_float("ETL_HTTP_RETRIES", 2)),
            backoff_s=_env_float("ETL_HTTP_BACKOFF", 1.0),
            max_retry_after_s=_env_float("ETL_HTTP_MAX_RETRY_AFTER", 60.0),
            max_bytes=int(_env_float("ETL_HTTP_MAX_BYTES", 5_000_000)),
            max_decoded_bytes=int(_env_float("ETL_HTTP_MAX_DECODED_BYTES", 20_000_000)),
            max_redirects=int(_env_float("ETL_HTTP_MAX_REDIRECTS", 5)),
            host_rate_per_s=_env_float("ETL_HTTP_HOST_RATE", 1.0),
            host_concurrency=int(_env_float("ETL_HTTP_HOST_CONCURRENCY", 2)),
            concurrency=int(_env_float("ETL_HTTP_CONCURRENCY", 8)),
            allow_loopback=os.environ.get("ETL_ALLOW_LOOPBACK", "0").lower() in ("1", "true", "yes"),
            respect_robots=os.environ.get("ETL_RESPECT_ROBOTS", "1").lower() in ("1", "true", "yes"),
        )


@dataclass
class Response:
    url: str                 # the URL asked for
    final_url: str           # after redirects
    status: int              # 200, or 304 when the validators matched
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""        # decoded (Content-Encoding undone); empty on 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def check_url_allowed(url: str, allow_loopback: bool) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to internal addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError("bad_scheme", f"only http and https URLs are fetched, not {parts.scheme or 'none'!r}", url)
    host = parts.hostname
    if not host:
        raise FetchError("bad_url", "the URL has no host", url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host.encode("idna").decode("ascii"), port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError("dns_error", f"host {host!r} does not resolve ({exc})", url) from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if address.is_loopback and allow_loopback:
            continue
        if (address.is_loopback or address.is_private or address.is_link_local or address.is_multicast
                or address.is_reserved or address.is_unspecified):
            raise FetchError("private_address", f"host {host!r} resolves to internal address {address}; "
                             "internal addresses are never fetched", url)


class HostLimiter:
    """Per-host spacing between request starts and a per-host in-flight cap."""

    def __init__(self, rate_per_s: float, concurrency: int):
        self.interval = 1.0 / rate_per_s if rate_per_s > 0 else 0.0
        self.concurrency = max(1, concurrency)
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._slots: dict[str, threading.Semaphore] = {}

    def acquire(self, host: str) -> threading.Semaphore:
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.concurrency))
        slot.acquire()
        with self._lock:  # reserve the next start time for this host, then sleep outside the lock
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval
        if start > now:
            time.sleep(start - now)
        return slot


class _Decoder:
    """Undo gzip/deflate in bounded steps: never more than `cap` bytes out."""

    def __init__(self, encoding: str, cap: int, url: str):
        self.encoding, self.cap, self.url, self.size = encoding, cap, url, 0
        self.out: list[bytes] = []
        wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
        self.obj = zlib.decompressobj(wbits[encoding]) if encoding in wbits else None
        self.first = True

    def feed(self, chunk: bytes) -> None:
        if self.obj is None:
            self._keep(chunk)
            return
        data = chunk
        while data:
            try:
                piece = self.obj.decompress(data, self.cap - self.size + 1)
            except zlib.error as exc:
                if self.encoding == "deflate" and self.first:  # raw deflate without zlib header
                    self.obj, self.first = zlib.decompressobj(-zlib.MAX_WBITS), False
                    continue
                raise FetchError("bad_encoding", f"the {self.encoding} body is corrupt ({exc})", self.url) from exc
            self.first = False
            self._keep(piece)
            data = self.obj.unconsumed_tail
            if self.obj.eof:
                break

    def _keep(self, piece: bytes) -> None:
        self.size += len(piece)
        if self.size > self.cap:
            kind = "decompression_bomb" if self.obj is not None else "too_large"
            raise FetchError(kind, f"the body expands beyond {self.cap} bytes "
                             f"({self.encoding or 'identity'} encoding); fetching stopped", self.url)
        self.out.append(piece)


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


class HttpClient:
    """One per fetch run; thread-safe. Use as a context manager."""

    def __init__(self, settings: HttpSettings | None = None):
        self.settings = settings or HttpSettings.from_env()
        s = self.settings
        self.limiter = HostLimiter(s.host_rate_per_s, s.host_concurrency)
        self.client = httpx.Client(
            timeout=httpx.Timeout(s.timeout_s), follow_redirects=False,
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=max(4, s.concurrency * 2)),
        )
        self.requests = 0  # network requests made (for tests and run summaries)
        self._count_lock = threading.Lock()
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()
        self._robot_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()

    def allowed_by_robots(self, url: str) -> bool:
        """robots.txt of the URL's site, read once per run. A missing or unreadable robots.txt
        allows everything (a site's outage must not drop its articles for good)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            site_lock = self._robot_locks.setdefault(site, threading.Lock())
        with site_lock:  # one reader per site; other workers for that site wait for its answer
            if site not in self._robots:
                parser = None
                try:
                    response = self.get(site + "/robots.txt", max_bytes=500_000, accept="text/plain")
                    if response.status == 200:
                        parser = RobotFileParser()
                        parser.parse(decode_body(response.body, response.content_type).splitlines())
                except FetchError:
                    parser = None
                self._robots[site] = parser
            parser = self._robots[site]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None, accept: str | None = None, robots: bool = False) -> Response:
        """GET with safety checks, redirects, retries and caps. 304 returns an empty body.

        `robots=True` (article pages) first checks the site's robots.txt."""
        if robots and self.settings.respect_robots and not self.allowed_by_robots(url):
            raise FetchError("robots_disallowed", "the site's robots.txt disallows fetching this page", url)
        seen = [url]
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            response = self._get_with_retries(current, etag, last_modified, max_bytes, accept)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"http_{response.status}", "a redirect without a Location header", url)
                current = urljoin(current, location)
                if current in seen:
                    raise FetchError("redirect_loop", f"redirects loop back to {current}", url)
                seen.append(current)
                continue
            response.url = url
            return response
        raise FetchError("too_many_redirects", f"more than {self.settings.max_redirects} redirects", url)

    def _get_with_retries(self, url, etag, last_modified, max_bytes, accept) -> Response:
        s = self.settings
        attempt = 0
        while True:
            try:
                response = self._get_once(url, etag, last_modified, max_bytes, accept)
            except FetchError as exc:
                if exc.reason in ("timeout", "connect_error", "network_error") and attempt < s.retries:
                    time.sleep(s.backoff_s * 2 ** attempt)
                    attempt += 1
                    continue
                raise
            if response.status not in RETRY_STATUSES:
                return response
            wait = parse_retry_after(response.headers.get("retry-after"))
            if attempt >= s.retries or (wait is not None and wait > s.max_retry_after_s):
                raise FetchError(f"http_{response.status}", f"the server answered {response.status} "
                                 f"after {attempt + 1} attempt(s)", url)
            time.sleep(wait if wait is not None else s.backoff_s * 2 ** attempt)
            attempt += 1

    def _get_once(self, url, etag, last_modified, max_bytes, accept) -> Response:
        s = self.settings
        check_url_allowed(url, s.allow_loopback)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        cap = max_bytes or s.max_bytes
        host = urlsplit(url).netloc.lower()
        slot = self.limiter.acquire(host)
        started = time.monotonic()
        try:
            with self._count_lock:
                self.requests += 1
            with self.client.stream("GET", url, headers=headers) as raw:
                heads = {k.lower(): v for k, v in raw.headers.items()}
                if raw.status_code != 200:
                    return Response(url, url, raw.status_code, heads)
                length = heads.get("content-length", "")
                if length.isdigit() and int(length) > cap:
                    raise FetchError("too_large", f"the response declares {length} bytes, over the cap "
                                     f"of {cap}", url)
                decoder = _Decoder(heads.get("content-encoding", "").strip().lower(),
                                   max(cap, s.max_decoded_bytes) if heads.get("content-encoding") else cap, url)
                wire = 0
                for chunk in raw.iter_raw(65536):
                    wire += len(chunk)
                    if wire > cap:
                        raise FetchError("too_large", f"the response is over the cap of {cap} bytes", url)
                    if time.monotonic() - started > s.total_timeout_s:
                        raise FetchError("timeout", f"the response took over {s.total_timeout_s:g} s", url)
                    decoder.feed(chunk)
                return Response(url, url, 200, heads, b"".join(decoder.out))
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"no answer within {s.timeout_s:g} s ({type(exc).__name__})", url) from exc
        except httpx.ConnectError as exc:
            raise FetchError("connect_error", f"could not connect ({exc})", url) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise FetchError("network_error", f"the connection broke ({exc})", url) from exc
        except httpx.HTTPError as exc:
            raise FetchError("network_error", f"{type(exc).__name__}: {exc}", url) from exc
        finally:
            slot.release()


CHARSET_HEADER = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)
CHARSET_META = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.I)
CHARSET_XML = re.compile(rb"^<\?xml[^>]+encoding=[\"']([\w.:-]+)", re.I)


def decode_body(body: bytes, content_type: str = "") -> str:
    """Text of a response: declared charset (header, meta, XML), else UTF-8, else detected."""
    declared = CHARSET_HEADER.search(content_type or "")
    candidates = [declared.group(1)] if declared else []
    head = body[:4096]
    for pattern in (CHARSET_META, CHARSET_XML):
        found = pattern.search(head)
        if found:
            candidates.append(found.group(1).decode("ascii", "ignore"))
    for name in [*candidates, "utf-8"]:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return str(best) if best is not None else body.decode("utf-8", errors="replace")
