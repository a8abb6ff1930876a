"""A local news web for the source tests: feeds, pages, a dump and GDELT files on 127.0.0.1.

Everything is built here from stories.toml, dated on the test's day, with the
bad cases the fetcher must survive. No test reaches the internet.
"""
from __future__ import annotations

import gzip
import html
import io
import threading
import time
import tomllib
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STORIES = tomllib.loads((Path(__file__).parent / "stories.toml").read_text(encoding="utf-8"))


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    # answers for successive requests (e.g. 429 then 200); the last one repeats
    sequence: list | None = None


def article_html(key: str, published: datetime | None, variant: str = "") -> str:
    story = STORIES[key]
    paragraphs = [p.strip() for p in story["body"].strip().split("\n\n")]
    if variant == "syndicated":  # the same wire story as another site runs it
        paragraphs = paragraphs[:-1] + [paragraphs[-1], "This story was provided by a news agency."]
    meta = (f'<meta property="article:published_time" content="{published.isoformat()}">'
            if published else "")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = story["title"] + (" | Daily Sentinel" if variant == "syndicated" else "")
    return (f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title>{meta}"
            f'<meta name="author" content="{html.escape(story.get("author", ""))}"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{html.escape(story['title'])}</h1>{body}</article>"
            f"<footer>Copyright the test newsroom</footer></body></html>")


def rss(items: list[tuple[str, str, datetime | None]], title: str = "Test Courier") -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        + (f"<pubDate>{format_datetime(when)}</pubDate>" if when else "") + "</item>"
        for t, link, when in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.test/</link><description>test</description>{entries}</channel></rss>"
            ).encode("utf-8")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.1/never</link></item></channel></rss>
"""


def gdelt_row(event_id: int, root: str, country: str, added: datetime, url: str) -> str:
    """One GDELT 2.0 export row: 61 tab-separated columns, the ones we read filled in."""
    cols = [""] * 61
    cols[0], cols[1], cols[2], cols[3] = str(event_id), f"{added:%Y%m%d}", f"{added:%Y%m}", f"{added:%Y}"
    cols[4] = f"{added.year + added.timetuple().tm_yday / 365:.4f}"
    cols[5], cols[6] = "NGAMIL", "NIGERIA"
    cols[25], cols[26], cols[27], cols[28] = "1", root + "0", root + "0", root
    cols[29], cols[30], cols[31], cols[32], cols[33], cols[34] = "4", "-10.0", "4", "1", "4", "-7.5"
    cols[51], cols[52], cols[53] = "4", f"Somewhere, {country}", country
    cols[56], cols[57] = "11.8", "13.15"
    cols[59], cols[60] = f"{added:%Y%m%d%H%M%S}", url
    return "\t".join(cols)


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """20 MB of zeros in about 20 KB of gzip."""
    return gzip.compress(b"\0" * 20_000_000, 6)


def zipped(name: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


class NewsServer:
    """Threaded HTTP server; `routes` maps a path to a Route; `log` records (path, headers)."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict]] = []
        self.hits: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server.log.append((self.path, dict(self.headers)))
                count = server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = server.routes.get(self.path, Route(404, b"not found"))
                if route.sequence:
                    route = route.sequence[min(count, len(route.sequence)) - 1]
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                try:
                    self.send_response(route.status)
                    for key, value in route.headers.items():
                        self.send_header(key, value)
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self) -> "NewsServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def page(self, path: str, key: str, published: datetime | None, variant: str = "",
             charset: str = "utf-8", declare: bool = True) -> str:
        ctype = f"text/html; charset={charset}" if declare else "text/html"
        self.routes[path] = Route(body=article_html(key, published, variant).encode(charset),
                                  headers={"Content-Type": ctype})
        return self.base + path

    def paths_requested(self) -> list[str]:
        return [p for p, _ in self.log]


def build_news_site(server: NewsServer, day: date) -> dict[str, str]:
    """Every route of the test web for articles dated on `day`; returns named URLs."""
    at = datetime(day.year, day.month, day.day, 9, 30, tzinfo=timezone.utc)
    before = at - timedelta(days=3)
    b = server.base
    urls = {
        "fire": server.page("/news/market-fire?utm_source=rss", "market-fire", at),
        "clashes": server.page("/news/clashes", "clashes-north", at + timedelta(hours=1)),
        "wire_a": server.page("/wire/katsina-attack", "wire-story", at),
        "wire_b": server.page("/sentinel/2026/police-post-attack", "wire-story", at + timedelta(hours=2),
                              variant="syndicated"),
        "old": server.page("/news/old-story", "dump-story", before),
        "latin1": server.page("/fr/manifestation", "latin1-story", at, charset="latin-1", declare=False),
        "undated": server.page("/news/teachers-strike", "undated-story", None),
        "gdelt_story": server.page("/gdelt-news/borno-base", "gdelt-story", at),
        "missing": b + "/news/missing",
        "error": b + "/news/error",
        "slow": b + "/news/slow",
        "loop": b + "/news/loop-a",
        "bomb": b + "/news/bomb",
        "huge": b + "/news/huge",
        "empty": b + "/news/empty",
        "private": "http://10.1.2.3/news/internal",
        "metadata": "http://169.254.169.254/latest/meta-data/",
    }
    server.routes["/news/error"] = Route(500, b"internal error")
    server.routes["/news/slow"] = Route(body=b"<html>late</html>", delay=2.0)
    server.routes["/news/loop-a"] = Route(302, headers={"Location": "/news/loop-b"})
    server.routes["/news/loop-b"] = Route(302, headers={"Location": "/news/loop-a"})
    server.routes["/news/bomb"] = Route(body=gzip_bomb(),
                                        headers={"Content-Encoding": "gzip", "Content-Type": "text/html"})
    server.routes["/news/huge"] = Route(body=b"<html><body><p>" + b"word " * 80_000 + b"</p></body></html>",
                                        headers={"Content-Type": "text/html"})
    server.routes["/news/empty"] = Route(body=b"<html><head><title>Gallery</title></head><body>"
                                         b"<nav>Home</nav><img src='a.jpg'></body></html>",
                                         headers={"Content-Type": "text/html"})
    feed_items = [("Market fire", urls["fire"], at), ("Clashes", urls["clashes"], at),
                  ("Katsina attack", urls["wire_a"], at), ("Old story", urls["old"], before),
                  ("Manifestation", urls["latin1"], at), ("Teachers", urls["undated"], None)]
    feed_items += [(name, urls[name], at) for name in
                   ("missing", "error", "slow", "loop", "bomb", "huge", "empty", "private", "metadata")]
    server.routes["/feed.xml"] = Route(body=rss(feed_items), etag='"feed-v1"',
                                       headers={"Content-Type": "application/rss+xml"})
    server.routes["/sentinel.xml"] = Route(body=rss([("Police post", urls["wire_b"], at)], "Daily Sentinel"),
                                           headers={"Content-Type": "application/rss+xml"})
    good = rss([("Market fire", urls["fire"], at)])
    server.routes["/malformed.xml"] = Route(body=good.replace(b"</title>", b"</titel>", 1))
    server.routes["/truncated.xml"] = Route(body=good[: len(good) // 2])
    server.routes["/laughs.xml"] = Route(body=BILLION_LAUGHS)
    # GDELT: two 15-minute files of the day in the list, plus one of another day.
    stamp1, stamp2 = at.replace(minute=0), at.replace(minute=15)
    rows1 = [gdelt_row(1, "19", "NI", stamp1, urls["gdelt_story"]),
             gdelt_row(2, "19", "NI", stamp1, urls["gdelt_story"]),       # same URL, another event
             gdelt_row(3, "04", "NI", stamp1, b + "/gdelt-news/consultation"),  # not a conflict root
             gdelt_row(4, "18", "US", stamp1, b + "/gdelt-news/elsewhere"),     # not a chosen country
             "too\tfew\tcolumns"]
    rows2 = [gdelt_row(5, "14", "NI", stamp2, urls["clashes"])]
    for stamp, rows in ((stamp1, rows1), (stamp2, rows2)):
        name = f"{stamp:%Y%m%d%H%M%S}.export.CSV"
        server.routes[f"/gdelt/{name}.zip"] = Route(body=zipped(name, "\n".join(rows) + "\n"))
    other = before.replace(minute=0)
    master = "".join(f"{len(server.routes.get(f'/gdelt/{s:%Y%m%d%H%M%S}.export.CSV.zip', Route()).body)} "
                     f"0123456789abcdef0123456789abcdef {b}/gdelt/{s:%Y%m%d%H%M%S}.{kind}\n"
                     for s in (other, stamp1, stamp2) for kind in ("export.CSV.zip", "mentions.CSV.zip"))
    server.routes["/gdelt/masterfilelist.txt"] = Route(body=master.encode(), etag='"master-v1"')
    return urls
