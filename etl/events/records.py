"""The records of the events stage: a report, a pair decision, a field choice.

A `Report` is one extracted event of one article, with the article's outlet and
publication time and the data interval that loaded it (the warehouse's
`event_reports` row). Its `report_id` is the per-article id the extractor gives
(`Event.event_id_cnty`: ISO3 + a number from article, sentence offset and position).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from etl.records import Event

NEAR_SCORE = 0.5

# The coded (ACLED) columns a report carries, in the events table's order.
CODED_FIELDS = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source_scale", "notes", "fatalities", "tags",
)


@dataclass(frozen=True)
class Report:
    """One extracted event of one article: what one outlet reported."""

    report_id: str
    article_id: str
    outlet: str                        # the article's outlet (ACLED `source` of one report)
    published_at: datetime | None      # the article's publication time (UTC)
    event_date: date
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    country: str
    actor2: str = ""
    inter2: int = 0
    interaction: int = 0
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    civilian_targeting: str = ""
    iso: int | None = None
    region: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    confidence: float = 0.0
    historical: bool = False
    extractor_version: str = ""
    data_interval_start: datetime | None = None   # the interval that loaded the report
    data_interval_end: datetime | None = None

    @property
    def order_key(self) -> tuple:
        """Reports in publication order (undated last), ties by id: the 'first report'."""
        return (self.published_at is None, self.published_at or datetime.min, self.report_id)


def report_from_event(event: Event, outlet: str, published_at: datetime | None) -> Report:
    """The report an extracted Event makes (the evaluation and tests build them so)."""
    values = {k: getattr(event, k) for k in CODED_FIELDS if k != "interaction"}
    return Report(report_id=event.event_id_cnty, article_id=event.article_id, outlet=outlet,
                  published_at=published_at, interaction=event.interaction, evidence=event.evidence,
                  evidence_start=event.evidence_start, evidence_end=event.evidence_end,
                  confidence=event.confidence, historical=event.historical,
                  extractor_version=event.extractor_version, **values)


@dataclass(frozen=True)
class PairDecision:
    """Whether two reports describe the same event, how alike they are and why.

    `score` (0..1) weighs date, place, event type and actors whatever the hard rules
    say, so a pair kept apart by a rule still shows how close it came. `same` is the
    decision: no hard rule against it and a score at the threshold or above.
    """

    report_a: str          # the smaller report id
    report_b: str
    score: float
    same: bool
    reasons: tuple[str, ...]
    apart: tuple[str, ...] = ()   # the hard rules that keep them apart (date, place, type, ...)

    @property
    def key(self) -> tuple[str, str]:
        return (self.report_a, self.report_b)

    @property
    def close(self) -> bool:
        """Worth keeping as evidence: the same event, or near in time and place, of related
        types and alike enough (NEAR_SCORE) that a reader may wonder why it was not merged
        (kept apart by the actors, or by the score)."""
        return self.same or (not {"article", "country", "date", "place", "type"} & set(self.apart)
                             and self.score >= NEAR_SCORE)


@dataclass(frozen=True)
class FieldChoice:
    """Which report a merged event's field was taken from, and by which rule."""

    event_id_cnty: str
    field: str             # event_date, location, event_type, actors, fatalities, event_id
    value: str
    report_id: str
    rule: str
