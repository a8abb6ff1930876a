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
from typing import Iterable, Iterator, Mapping

from etl.events.records import PairDecision, Report
from etl.events.same import Profile, candidate_key, decide, km_between, profile, radius_km

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


def near(pa: Profile, pb: Profile, slack_km: float = 0.5) -> bool:
    """The cheap pre-filter every candidate pair passes (the SQL look-up's test too)."""
    a, b = pa.r, pb.r
    if a.report_id == b.report_id or a.article_id == b.article_id or candidate_key(a) != candidate_key(b):
        return False
    if pa.span[0] > pb.span[1] or pb.span[0] > pa.span[1]:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return True
    if pa.place and pa.place == pb.place:
        return True
    r = max(radius_km(a.geo_precision), radius_km(b.geo_precision))
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= r + slack_km


def candidate_pairs(profiles: Iterable[Profile]) -> Iterator[tuple[Profile, Profile]]:
    """Pairs that may be the same event, each once (smaller id first)."""
    blocks: dict[tuple, list[Profile]] = defaultdict(list)
    for p in profiles:
        blocks[candidate_key(p.r)].append(p)
    for key in sorted(blocks):
        # a sweep over date windows: only reports whose windows meet are compared
        block = sorted(blocks[key], key=lambda p: (p.span[0], p.r.report_id))
        for i, a in enumerate(block):
            for j in range(i + 1, len(block)):
                b = block[j]
                if b.span[0] > a.span[1]:
                    break
                if near(a, b):
                    yield (a, b) if a.r.report_id < b.r.report_id else (b, a)


def decide_all(reports: Iterable[Report]) -> dict[Key, PairDecision]:
    """Every candidate pair decided (reasons written for the pairs worth keeping)."""
    return {(a.r.report_id, b.r.report_id): decide(a, b, explain=False)
            for a, b in candidate_pairs(profile(r) for r in reports)}


Edge = tuple[str, str, float]   # a "same event" pair: smaller id, larger id, score


def _components(ids: list[str], edges: list[Edge]) -> list[list[str]]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return [groups[k] for k in sorted(groups)]


def _complete_linkage(members: list[str], edges: list[Edge], same_keys: set[Key]) -> list[tuple[str, ...]]:
    group = {m: (m,) for m in members}
    for a, b, _ in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):
        ga, gb = group[a], group[b]
        if ga is gb:
            continue
        if all((min(x, y), max(x, y)) in same_keys for x in ga for y in gb):
            joined = tuple(sorted(ga + gb))
            for m in joined:
                group[m] = joined
    return sorted({g for g in group.values()})


def group_ids(ids: Iterable[str], edges: Iterable[Edge]) -> list[tuple[str, ...]]:
    """The events (as sorted tuples of report ids) that reports linked by these "same
    event" pairs form: components, then complete linkage inside each. Pairs with a report
    outside `ids` are ignored."""
    ids = sorted(set(ids))
    known = set(ids)
    edges = sorted({e for e in edges if e[0] in known and e[1] in known})
    same_keys = {(a, b) for a, b, _ in edges}
    by_first: dict[str, list[Edge]] = defaultdict(list)
    for e in edges:
        by_first[e[0]].append(e)
    groups = []
    for component in _components(ids, edges):
        inside = [e for m in component for e in by_first[m]]
        groups += _complete_linkage(component, inside, same_keys)
    return sorted(groups)


def cluster_reports(reports: Iterable[Report],
                    decisions: Mapping[Key, PairDecision] | None = None) -> list[Cluster]:
    """The events the reports form, sorted by event id.

    `decisions` are the pair decisions to use; pairs without one are not the same event.
    By default every candidate pair is decided here.
    """
    by_id = {r.report_id: r for r in reports}
    if decisions is None:
        decisions = decide_all(by_id.values())
    edges = [(d.report_a, d.report_b, d.score) for d in decisions.values() if d.same]
    clusters = [Cluster(tuple(sorted((by_id[i] for i in g), key=lambda r: r.order_key)))
                for g in group_ids(by_id, edges)]
    return sorted(clusters, key=lambda c: c.event_id)


def split_note(a: str, b: str, group_of: Mapping[str, tuple[str, ...]], same_keys: set[Key]) -> str:
    """Why two reports judged the same event are in two events: the first pair across
    their two events that is not judged the same event (complete linkage)."""
    ga, gb = group_of.get(a), group_of.get(b)
    if ga is None or gb is None or ga == gb:
        return ""
    for x in ga:
        for y in gb:
            if (min(x, y), max(x, y)) not in same_keys:
                return f"kept apart: {x} and {y}, one in each event, are not judged the same event"
    return ""
