"""What every network source shares during one fetch run.

`FetchContext` bundles the HTTP client, the incremental state, the raw store
and the run's clock; `fetch_document` gets a feed, list, dump or GDELT file
with a conditional request and falls back to the kept copy on 304.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from etl.records import Interval
from etl.sources.config import SourceConfig
from etl.sources.http import FetchError, HttpClient, HttpSettings
from etl.sources.raw import RawStore
from etl.sources.state import DocumentState, SourcesState


@dataclass
class FetchContext:
    client: HttpClient
    state: SourcesState
    raw: RawStore
    interval: Interval
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc).replace(microsecond=0))
    # An undated page first seen up to this long after an interval's end still
    # belongs to it: a daily run starts just after its day ends.
    first_seen_grace: timedelta = timedelta(hours=float(os.environ.get("ETL_FIRST_SEEN_GRACE_HOURS", "36")))

    @classmethod
    def open(cls, interval: Interval, raw_dir: Path, state_path: Path,
             http: HttpSettings | None = None) -> "FetchContext":
        return cls(HttpClient(http), SourcesState(state_path), RawStore(raw_dir), interval)

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.state.close()

    @property
    def persists_claims(self) -> bool:
        """Only a run's interval (a day or so) takes undated pages for good; a wide peek
        (e.g. `etl run --all` scanning the corpus's dates) must not take them from the days."""
        return self.interval.end - self.interval.start <= timedelta(days=2)

    def claim_key(self, first_seen: datetime) -> str | None:
        """The interval key to remember for an undated page first seen at `first_seen`."""
        return self.interval.key if self.persists_claims and self.claims_undated(first_seen) else None

    def claims_undated(self, first_seen: datetime) -> bool:
        """Does an undated page first seen at `first_seen` belong to this run's interval?"""
        return (self.interval.contains(first_seen)
                or timedelta(0) <= first_seen - self.interval.end < self.first_seen_grace)


def source_limit(source: SourceConfig, name: str, default):
    """A per-source limit from `limits = {...}` (or a top-level option), else the default."""
    value = source.limits.get(name, source.options.get(name, default))
    return type(default)(value) if default is not None else value


@dataclass
class Document:
    body: bytes
    content_type: str
    raw_ref: str
    from_network: bool   # False when a 304 (or no change) let us reuse the kept copy


def fetch_document(ctx: FetchContext, url: str, max_bytes: int | None = None,
                   suffix: str = "xml", immutable: bool = False) -> Document:
    """GET `url` conditionally; on 304 return the kept copy. Raises FetchError.

    `immutable` documents (GDELT's 15-minute files never change) are not asked
    again at all once kept.
    """
    known = ctx.state.document(url)
    kept = RawStore.get(known.raw_ref) if known and known.raw_ref else None
    if immutable and kept is not None:
        return Document(kept, known.content_type or "", known.raw_ref, False)
    response = ctx.client.get(url, etag=known.etag if kept is not None else None,
                              last_modified=known.last_modified if kept is not None else None,
                              max_bytes=max_bytes)
    if response.status == 304 and kept is not None:
        return Document(kept, known.content_type or "", known.raw_ref, False)
    if response.status != 200:
        raise FetchError(f"http_{response.status}", f"the server answered {response.status}", url)
    raw_ref = ctx.raw.put(response.body, suffix)
    ctx.state.save_document(DocumentState(url, response.headers.get("etag"),
                                          response.headers.get("last-modified"),
                                          response.content_type, raw_ref))
    return Document(response.body, response.content_type, raw_ref, True)
