"""Typed records passed between the pipeline's stages.

Every stage takes and returns these (or frames built from them with the schemas
below); no stage passes loose dicts to the next.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pyarrow as pa


@dataclass(frozen=True)
class Article:
    """One news article as a source delivers it, before or after cleaning."""

    url: str
    source: str                       # outlet name, e.g. "Sahel Courier"
    title: str
    text: str                         # plain body text (no HTML)
    published_at: datetime | None     # UTC; None when the page gives none
    fetched_at: datetime              # UTC; first-seen time
    canonical_url: str = ""
    language: str | None = None       # ISO 639-1, set by etl.articles
    country_hint: str | None = None   # the source's configured country
    source_scale: str = ""            # ACLED source_scale, e.g. "National"
    raw_ref: str = ""                 # where the raw response is kept (path or id)
    extra_urls: tuple[str, ...] = ()  # other URLs of the same story (near-duplicates)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def article_id(self) -> str:
        """Stable id: from the canonical URL (or URL) so re-fetches map to one row."""
        key = self.canonical_url or self.url
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    normalized = " ".join(text.split()).lower()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


@dataclass
class Event:
    """One ACLED-style event, plus our provenance and quality columns.

    Field names and value forms follow a current ACLED export: inter codes are
    ints here (1-8, 0 for none) and rendered as text labels on export.
    """

    event_date: date
    time_precision: int               # 1 day, 2 week/part of month, 3 month
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str
    inter1: int
    country: str
    actor2: str = ""
    inter2: int = 0
    assoc_actor_1: str = ""           # "; "-separated
    assoc_actor_2: str = ""
    civilian_targeting: str = ""      # "Civilian targeting" or ""
    iso: int | None = None            # ISO 3166 numeric
    region: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 town, 2 near/part of region, 3 large region
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    # ours
    article_id: str = ""              # doc_id in the extract contract
    evidence: str = ""                # the sentence the event came from
    evidence_start: int = 0           # character offsets of evidence in article text
    evidence_end: int = 0
    confidence: float = 0.0
    historical: bool = False          # dated well before publication (background)
    extractor_version: str = ""
    ordinal: int = 0                  # position among the events of this sentence

    @property
    def year(self) -> int:
        return self.event_date.year

    @property
    def interaction(self) -> int:
        return interaction_code(self.inter1, self.inter2)

    @property
    def event_id_cnty(self) -> str:
        """Stable across re-runs: article, sentence and position, not run time."""
        key = f"{self.article_id}:{self.evidence_start}:{self.ordinal}"
        digest = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], 16) % 10**10
        return f"{iso3_prefix(self.country)}{digest:010d}"


INTER_LABELS = {
    0: "",
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: lowest code first; one-sided is X0."""
    if not inter2:
        return inter1 * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def interaction_label(inter1: int, inter2: int) -> str:
    if not inter2:
        return f"{INTER_LABELS[inter1]} only"
    lo, hi = sorted((inter1, inter2))
    return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"


def iso3_prefix(country: str) -> str:
    import pycountry

    try:
        return pycountry.countries.lookup(country).alpha_3
    except LookupError:
        return "XXX"


@dataclass(frozen=True)
class Reject:
    """An item a stage could not process. Nothing is dropped silently."""

    stage: str          # fetch | clean | extract | load | check
    reason: str         # short machine-readable reason, e.g. "http_500", "no_text"
    detail: str         # human-readable explanation
    ref: str            # reference to the raw input: URL, file path, article id
    source: str = ""


# Arrow schemas of the Parquet staging files: the declared shape of each frame.
ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("canonical_url", pa.string()),
    ("extra_urls", pa.list_(pa.string())),
    ("source", pa.string()),
    ("source_scale", pa.string()),
    ("title", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")),
    ("fetched_at", pa.timestamp("us", tz="UTC")),
    ("language", pa.string()),
    ("country_hint", pa.string()),
    ("content_hash", pa.string()),
    ("raw_ref", pa.string()),
    ("text", pa.string()),
])

EVENT_SCHEMA = pa.schema([
    ("event_id_cnty", pa.string()),
    ("event_date", pa.date32()),
    ("year", pa.int32()),
    ("time_precision", pa.int8()),
    ("disorder_type", pa.string()),
    ("event_type", pa.string()),
    ("sub_event_type", pa.string()),
    ("actor1", pa.string()),
    ("assoc_actor_1", pa.string()),
    ("inter1", pa.int8()),
    ("actor2", pa.string()),
    ("assoc_actor_2", pa.string()),
    ("inter2", pa.int8()),
    ("interaction", pa.int16()),
    ("civilian_targeting", pa.string()),
    ("iso", pa.int32()),
    ("region", pa.string()),
    ("country", pa.string()),
    ("admin1", pa.string()),
    ("admin2", pa.string()),
    ("admin3", pa.string()),
    ("location", pa.string()),
    ("latitude", pa.float64()),
    ("longitude", pa.float64()),
    ("geo_precision", pa.int8()),
    ("source", pa.string()),
    ("source_scale", pa.string()),
    ("notes", pa.string()),
    ("fatalities", pa.int32()),
    ("tags", pa.string()),
    ("article_id", pa.string()),
    ("evidence", pa.string()),
    ("evidence_start", pa.int32()),
    ("evidence_end", pa.int32()),
    ("confidence", pa.float32()),
    ("historical", pa.bool_()),
    ("extractor_version", pa.string()),
])

REJECT_SCHEMA = pa.schema([
    ("stage", pa.string()),
    ("reason", pa.string()),
    ("detail", pa.string()),
    ("ref", pa.string()),
    ("source", pa.string()),
])


def article_row(a: Article) -> dict[str, Any]:
    return {
        "article_id": a.article_id, "url": a.url, "canonical_url": a.canonical_url or a.url,
        "extra_urls": list(a.extra_urls), "source": a.source, "source_scale": a.source_scale,
        "title": a.title, "published_at": a.published_at, "fetched_at": a.fetched_at,
        "language": a.language, "country_hint": a.country_hint,
        "content_hash": a.content_hash, "raw_ref": a.raw_ref, "text": a.text,
    }


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        url=row["url"], source=row["source"], title=row["title"], text=row["text"],
        published_at=row["published_at"], fetched_at=row["fetched_at"],
        canonical_url=row["canonical_url"], language=row["language"],
        country_hint=row["country_hint"], source_scale=row["source_scale"] or "",
        raw_ref=row["raw_ref"] or "", extra_urls=tuple(row["extra_urls"] or ()),
    )


def event_row(e: Event) -> dict[str, Any]:
    row = {f.name: getattr(e, f.name) for f in dataclasses.fields(e) if f.name != "ordinal"}
    row.update(event_id_cnty=e.event_id_cnty, year=e.year, interaction=e.interaction)
    return row


def reject_row(r: Reject) -> dict[str, Any]:
    return dataclasses.asdict(r)


@dataclass
class StageResult:
    """What one stage hands to the next: records plus what it rejected."""

    items: list = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


@dataclass(frozen=True)
class Interval:
    """A data interval [start, end), UTC. Daily runs cover one UTC day."""

    start: datetime
    end: datetime

    @property
    def key(self) -> str:
        """Folder-safe name used for staging paths and the warehouse partition."""
        return self.start.strftime("%Y-%m-%dT%H%M%S")

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end
