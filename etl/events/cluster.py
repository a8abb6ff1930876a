"""Group reports into events: `cluster_reports(reports) -> list[Cluster]`.

1. Decisions: `same_event` on every candidate pair (`candidate_pairs`: the same
   country and month, date windows that meet, within the widest radius or the same
   place name; any pair outside these is never the same event).
2. Components: reports linked by "same" decisions.
3. Complete linkage inside each component, against chaining: the "same" pairs are
   taken by score (highest first, ties by report ids) and two groups are joined only
   when every report of one is the same event as every report of the other. Two
   reports of one article are never the same event, so never share a group.

Everything is sorted by report id before it is used, so the result depends only on
the set of reports, never on their order; and a component depends only on its own
reports, so re-deciding the components a change touches equals deciding everything.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping

from etl.events.records import PairDecision, Report
from etl.events.same import (
    date_span, km_between, norm_name, radius_km, same_event, candidate_key,
)

Key = tuple[str, str]


@dataclass(frozen=True)
class Cluster:
    """The reports of one event, first report first (publication order, then id)."""

    reports: tuple[Report, ...]

    @property
    def event_id(self) -> str:
        """The event's id: its first report's id (stable while later reports join)."""
        return self.reports[0].report_id

    @property
    def report_ids(self) -> tuple[str, ...]:
        return tuple(r.report_id for r in self.reports)


def near(a: Report, b: Report, slack_km: float = 0.5) -> bool:
    """The cheap pre-filter every candidate pair passes (the SQL look-up's test too)."""
    if a.report_id == b.report_id or a.article_id == b.article_id or candidate_key(a) != candidate_key(b):
        return False
    (lo_a, hi_a), (lo_b, hi_b) = date_span(a), date_span(b)
    if lo_a > hi_b or lo_b > hi_a:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return True
    if a.location and norm_name(a.location) == norm_name(b.location):
        return True
    r = max(radius_km(a.geo_precision), radius_km(b.geo_precision))
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= r + slack_km


def candidate_pairs(reports: Iterable[Report]) -> Iterator[tuple[Report, Report]]:
    """Pairs that may be the same event, each once (smaller id first)."""
    blocks: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        blocks[candidate_key(r)].append(r)
    for key in sorted(blocks):
        # a sweep over date windows: only reports whose windows meet are compared
        block = sorted(blocks[key], key=lambda r: (date_span(r)[0], r.report_id))
        spans = [date_span(r) for r in block]
        for i, a in enumerate(block):
            for j in range(i + 1, len(block)):
                if spans[j][0] > spans[i][1]:
                    break
                b = block[j]
                if near(a, b):
                    yield (a, b) if a.report_id < b.report_id else (b, a)


def decide_all(reports: Iterable[Report],
               decide: Callable[[Report, Report], PairDecision] = same_event) -> dict[Key, PairDecision]:
    return {(a.report_id, b.report_id): decide(a, b) for a, b in candidate_pairs(reports)}


def _components(ids: list[str], same: list[PairDecision]) -> list[list[str]]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in same:
        ra, rb = find(d.report_a), find(d.report_b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return [groups[k] for k in sorted(groups)]


def _complete_linkage(members: list[str], same: list[PairDecision], same_keys: set[Key]) -> list[list[str]]:
    group = {m: (m,) for m in members}
    for d in sorted(same, key=lambda d: (-d.score, d.report_a, d.report_b)):
        ga, gb = group[d.report_a], group[d.report_b]
        if ga is gb:
            continue
        if all((min(x, y), max(x, y)) in same_keys for x in ga for y in gb):
            joined = tuple(sorted(ga + gb))
            for m in joined:
                group[m] = joined
    return sorted({g for g in group.values()})


def cluster_reports(reports: Iterable[Report],
                    decisions: Mapping[Key, PairDecision] | None = None) -> list[Cluster]:
    """The events the reports form, sorted by event id.

    `decisions` are the pair decisions to use (the warehouse passes those it made
    while finding the reports); pairs without one are not the same event. By default
    every candidate pair is decided here.
    """
    by_id = {r.report_id: r for r in reports}
    ids = sorted(by_id)
    if decisions is None:
        decisions = decide_all(by_id[i] for i in ids)
    same = [d for d in decisions.values() if d.same and d.report_a in by_id and d.report_b in by_id]
    same_keys = {d.key for d in same}
    edges: dict[str, list[PairDecision]] = defaultdict(list)
    for d in same:
        edges[d.report_a].append(d)
    clusters = []
    for component in _components(ids, same):
        inside = [d for m in component for d in edges[m]]
        for group in _complete_linkage(component, inside, same_keys):
            clusters.append(Cluster(tuple(sorted((by_id[i] for i in group), key=lambda r: r.order_key))))
    return sorted(clusters, key=lambda c: c.event_id)


def split_reason(decision: PairDecision, event_of: Mapping[str, str], clusters: Mapping[str, Cluster],
                 decisions: Mapping[Key, PairDecision]) -> str:
    """Why a pair judged the same event ended in two events: the first pair across
    their two groups that is not the same event (complete linkage)."""
    if not decision.same:
        return ""
    ea, eb = event_of.get(decision.report_a), event_of.get(decision.report_b)
    if ea == eb or ea not in clusters or eb not in clusters:
        return ""
    for x in clusters[ea].report_ids:
        for y in clusters[eb].report_ids:
            d = decisions.get((min(x, y), max(x, y)))
            if d is None or not d.same:
                why = "; ".join(r for r in (d.reasons if d else ()) if r.startswith("APART")) or (
                    f"score {d.score}" if d else "not near")
                return f"kept apart: {x} (event {ea}) and {y} (event {eb}) are not the same event ({why})"
    return ""
