"""One event row from its reports: `merge_cluster(reports) -> MergedEvent`.

What the merged row keeps follows ACLED's codebook:

* id: the first report's (earliest published, then smallest id), so an event keeps
  its id while later reports join it;
* date: the most precise (lowest time_precision); among equally precise dates the one
  most reports give, then the first report's;
* place (location, admin1-3, coordinates, geo_precision): the most precise (lowest
  geo_precision), then the most reported, then the first report's;
* event type and sub-event type: the most reported pair (ties: the first report's);
  the actors come from a report of that type, so type and actors agree;
* actors: the most specific (a named actor beats "Unidentified ..." and a blank);
* fatalities: the lowest figure (the most conservative), unless a report published
  later than it gives an explicit toll update ("the death toll has risen to 24"):
  then the latest such update;
* source: every outlet, sorted, joined with "; "; source_scale: every scale, narrow to
  wide, joined with "-"; tags: every tag; confidence: the highest; historical only if
  every report recalls it as background;
* timestamp and data interval: those of the latest interval that loaded a report.

A single report's event is that report, unchanged. Each choice of a merged event is a
`FieldChoice` (field, value, report, rule).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Sequence

from etl.events.records import FieldChoice, Report
from etl.events.same import toll_update
from etl.extract.text.notes import make_note

SCALE_ORDER = ("Local partner", "Subnational", "National", "Regional", "International", "New media", "Other")
_UNSPECIFIC = re.compile(r"^unidentified\b", re.I)


@dataclass(frozen=True)
class MergedEvent:
    """An events row (column -> value), its mentions and the evidence of its choices."""

    row: dict[str, Any]
    mentions: tuple[dict[str, Any], ...]
    choices: tuple[FieldChoice, ...]


def _pick(reports: Sequence[Report], rank: Callable[[Report], Any], value: Callable[[Report], Any]) -> tuple[Report, int]:
    """The best-ranked reports (lowest rank), then the value most of them give, then the
    first report's. Returns the chosen report and how many reports give its value."""
    best = min(rank(r) for r in reports)
    top = [r for r in reports if rank(r) == best]
    counts = Counter(value(r) for r in top)
    most = max(counts.values())
    chosen = next(r for r in top if counts[value(r)] == most)   # reports are in first-report order
    return chosen, sum(1 for r in reports if value(r) == value(chosen))


def _specificity(name: str) -> int:
    return 0 if not name else 1 if _UNSPECIFIC.match(name) else 2


def _fatalities(reports: Sequence[Report]) -> tuple[Report, str]:
    low = min(reports, key=lambda r: (r.fatalities, r.order_key))
    figures = ", ".join(str(r.fatalities) for r in reports)
    updates = [r for r in reports if toll_update(r) and r.published_at is not None
               and low.published_at is not None and r.published_at > low.published_at
               and r.fatalities > low.fatalities]
    if updates:
        latest = max(updates, key=lambda r: (r.published_at, -r.fatalities, r.report_id))
        return latest, (f"toll update published {latest.published_at:%Y-%m-%d} by {latest.outlet} "
                        f"raises the lowest figure {low.fatalities} (reported: {figures})")
    return low, f"lowest figure reported (reported: {figures})"


def _scales(reports: Sequence[Report]) -> str:
    found = {s.strip() for r in reports for s in (r.source_scale or "").split("-") if s.strip()}
    order = {s: i for i, s in enumerate(SCALE_ORDER)}
    return "-".join(sorted(found, key=lambda s: (order.get(s, len(order)), s)))


def _interval(reports: Sequence[Report]) -> Report:
    """The report of the latest loading interval (the event as of that load)."""
    far = datetime.min.replace(tzinfo=timezone.utc)
    return max(reports, key=lambda r: (r.data_interval_start or far, r.data_interval_end or far, r.report_id))


def mention_row(event_id: str, r: Report) -> dict[str, Any]:
    return {"event_id_cnty": event_id, "article_id": r.article_id, "sentence": r.evidence,
            "char_start": r.evidence_start, "char_end": r.evidence_end,
            "data_interval_start": r.data_interval_start, "report_id": r.report_id}


def _row(first: Report, when: Report, place: Report, coding: Report, toll: Report,
         reports: Sequence[Report]) -> dict[str, Any]:
    latest = _interval(reports)
    end = latest.data_interval_end
    return {
        "event_id_cnty": first.report_id, "event_date": when.event_date, "year": when.event_date.year,
        "time_precision": when.time_precision, "disorder_type": coding.disorder_type,
        "event_type": coding.event_type, "sub_event_type": coding.sub_event_type,
        "actor1": coding.actor1, "assoc_actor_1": coding.assoc_actor_1, "inter1": coding.inter1,
        "actor2": coding.actor2, "assoc_actor_2": coding.assoc_actor_2, "inter2": coding.inter2,
        "interaction": coding.interaction, "civilian_targeting": coding.civilian_targeting,
        "iso": place.iso, "region": place.region, "country": place.country, "admin1": place.admin1,
        "admin2": place.admin2, "admin3": place.admin3, "location": place.location,
        "latitude": place.latitude, "longitude": place.longitude, "geo_precision": place.geo_precision,
        "source": "; ".join(sorted({r.outlet for r in reports if r.outlet})),
        "source_scale": _scales(reports) if len(reports) > 1 else first.source_scale,
        "notes": first.notes, "fatalities": toll.fatalities,
        "tags": ("; ".join(sorted({t.strip() for r in reports for t in (r.tags or "").split(";") if t.strip()}))
                 if len(reports) > 1 else first.tags),
        "timestamp": int(end.timestamp()) if end else 0,
        "extractor_version": max(r.extractor_version for r in reports),
        "confidence": max((r.confidence for r in reports if r.confidence is not None), default=None),
        "historical": all(r.historical for r in reports),
        "data_interval_start": latest.data_interval_start, "data_interval_end": end,
    }


def merge_cluster(reports: Sequence[Report]) -> MergedEvent:
    """The event the reports (one cluster) make, with the evidence of each choice."""
    reports = sorted(reports, key=lambda r: r.order_key)
    first = reports[0]
    if len(reports) == 1:
        return MergedEvent(_row(first, first, first, first, first, reports), (mention_row(first.report_id, first),), ())
    n = len(reports)
    when, k_date = _pick(reports, lambda r: r.time_precision, lambda r: r.event_date)
    place, k_place = _pick(reports, lambda r: (r.latitude is None, r.geo_precision or 9),
                           lambda r: (r.location, r.admin1, r.latitude, r.longitude))
    typed, k_type = _pick(reports, lambda r: 0, lambda r: (r.event_type, r.sub_event_type))
    same_type = [r for r in reports if (r.event_type, r.sub_event_type) == (typed.event_type, typed.sub_event_type)]
    coding, k_actors = _pick(same_type, lambda r: -(_specificity(r.actor1) + _specificity(r.actor2)),
                             lambda r: (r.actor1, r.actor2))
    toll, toll_rule = _fatalities(reports)
    row = _row(first, when, place, coding, toll, reports)
    row["notes"] = _notes(row, reports)
    eid = first.report_id
    choices = (
        FieldChoice(eid, "event_id", eid, first.report_id,
                    f"first report (published {_day(first)} by {first.outlet or '?'}) of {n}"),
        FieldChoice(eid, "event_date", f"{when.event_date} (precision {when.time_precision})", when.report_id,
                    f"most precise date; {k_date} of {n} reports give it"),
        FieldChoice(eid, "location", f"{place.location or place.admin1} (geo_precision {place.geo_precision})",
                    place.report_id, f"most precise place; {k_place} of {n} reports give it"),
        FieldChoice(eid, "event_type", f"{coding.event_type}: {coding.sub_event_type}", typed.report_id,
                    f"most reported type; {k_type} of {n} reports give it"),
        FieldChoice(eid, "actors", " vs ".join(a for a in (coding.actor1, coding.actor2) if a), coding.report_id,
                    f"most specific actors among reports of that type; {k_actors} of {n} reports give them"),
        FieldChoice(eid, "fatalities", str(toll.fatalities), toll.report_id, toll_rule),
    )
    return MergedEvent(row, tuple(mention_row(eid, r) for r in reports), choices)


def _day(r: Report) -> str:
    return f"{r.published_at:%Y-%m-%d}" if r.published_at else "undated"


def _notes(row: dict[str, Any], reports: Sequence[Report]) -> str:
    """An ACLED-style note of the merged row, and where it comes from."""
    base = make_note(row["event_date"], row["time_precision"], row["sub_event_type"], row["actor1"],
                     row["actor2"], row["location"], row["admin1"], row["country"], row["fatalities"])
    outlets = row["source"].split("; ")
    days = sorted({_day(r) for r in reports})
    figures = sorted({r.fatalities for r in reports})
    toll = (f" Fatalities reported: {', '.join(map(str, figures))}; coded {row['fatalities']}."
            if len(figures) > 1 else "")
    span = days[0] if len(days) == 1 else f"{days[0]} to {days[-1]}"
    return (f"{base} [{len(reports)} reports from {len(outlets)} outlet{'s' if len(outlets) > 1 else ''} "
            f"({row['source']}), published {span}.{toll}]")
