"""Incremental state of the sources, in a small SQLite file beside the warehouse.

Not the DuckDB warehouse (only etl.warehouse.load writes that): this file remembers,
per URL, the validators of its last response (ETag/Last-Modified, for
conditional requests), where its raw response is kept, when it was first
seen, its publication date, and how fetching it ended. A second run of the
same interval reads pages from here and the raw store instead of the network.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    url TEXT PRIMARY KEY,          -- as requested (feeds, lists, dumps, GDELT files)
    etag TEXT, last_modified TEXT, content_type TEXT, raw_ref TEXT, fetched_at TEXT
);
CREATE TABLE IF NOT EXISTS first_seen (
    key TEXT PRIMARY KEY, at TEXT NOT NULL   -- dumps: when a file or URL was first read
);
CREATE TABLE IF NOT EXISTS pages (
    canonical_url TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    first_seen TEXT NOT NULL,      -- UTC ISO; Article.fetched_at
    published_at TEXT,             -- UTC ISO, or NULL when neither feed nor page gives one
    interval_key TEXT,             -- for undated pages: the interval they were attributed to
    status TEXT NOT NULL,          -- 'ok' or a reject reason
    detail TEXT,
    raw_ref TEXT, content_type TEXT,
    hint_title TEXT, hint_published TEXT, hint_country TEXT,
    PRIMARY KEY (canonical_url, source)
);
"""


@dataclass
class PageState:
    canonical_url: str
    source: str
    url: str
    first_seen: datetime
    published_at: datetime | None
    interval_key: str | None
    status: str
    detail: str | None
    raw_ref: str | None
    content_type: str | None
    hint_title: str | None = None
    hint_published: datetime | None = None
    hint_country: str | None = None


@dataclass
class DocumentState:
    url: str
    etag: str | None
    last_modified: str | None
    content_type: str | None
    raw_ref: str | None


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class SourcesState:
    """Thread-safe (one connection, one lock): the fetch workers share it."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._con = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        # WAL without a sync per commit: the fetch workers save a page each, and losing
        # the last few on a power cut only means fetching them again.
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("PRAGMA synchronous=NORMAL")
        with self._lock, self._con:
            self._con.executescript(SCHEMA)

    def close(self) -> None:
        self._con.close()

    def document(self, url: str) -> DocumentState | None:
        with self._lock:
            row = self._con.execute("SELECT url, etag, last_modified, content_type, raw_ref FROM documents "
                                    "WHERE url = ?", (url,)).fetchone()
        return DocumentState(*row) if row else None

    def save_document(self, doc: DocumentState) -> None:
        with self._lock, self._con:
            self._con.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                              (doc.url, doc.etag, doc.last_modified, doc.content_type, doc.raw_ref,
                               _iso(datetime.now(timezone.utc))))

    def first_seen(self, key: str, now: datetime) -> datetime:
        with self._lock, self._con:
            self._con.execute("INSERT OR IGNORE INTO first_seen VALUES (?, ?)", (key, _iso(now)))
            row = self._con.execute("SELECT at FROM first_seen WHERE key = ?", (key,)).fetchone()
        return _dt(row[0])

    def page(self, canonical_url: str, source: str) -> PageState | None:
        with self._lock:
            row = self._con.execute("SELECT * FROM pages WHERE canonical_url = ? AND source = ?",
                                    (canonical_url, source)).fetchone()
        return self._page(row) if row else None

    def fetched_elsewhere(self, canonical_url: str) -> PageState | None:
        """The page as another source fetched it successfully (so it is not fetched twice)."""
        with self._lock:
            row = self._con.execute("SELECT * FROM pages WHERE canonical_url = ? AND status = 'ok' "
                                    "AND raw_ref IS NOT NULL ORDER BY first_seen LIMIT 1",
                                    (canonical_url,)).fetchone()
        return self._page(row) if row else None

    def pages_of(self, source: str) -> list[PageState]:
        with self._lock:
            rows = self._con.execute("SELECT * FROM pages WHERE source = ? ORDER BY first_seen, canonical_url",
                                     (source,)).fetchall()
        return [self._page(r) for r in rows]

    def save_page(self, page: PageState) -> None:
        with self._lock, self._con:
            self._con.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (page.canonical_url, page.source, page.url, _iso(page.first_seen), _iso(page.published_at),
                 page.interval_key, page.status, page.detail, page.raw_ref, page.content_type,
                 page.hint_title, _iso(page.hint_published), page.hint_country))

    @staticmethod
    def _page(row) -> PageState:
        return PageState(row[0], row[1], row[2], _dt(row[3]), _dt(row[4]), row[5], row[6], row[7],
                         row[8], row[9], row[10], _dt(row[11]), row[12])
