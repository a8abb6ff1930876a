"""Which events the reports make: the reads and decisions of a merge (load.py writes).

After an interval's reports are replaced, only what they can change is decided again, and
the result equals deciding every report at once (`rebuild_plans`; tests compare the two):

1. the staged reports are decided against every stored report near them (SQL look-up
   `candidates` in sql/load/merge_events.sql, a superset of what can be the same event
   or a close pair; `etl.events.same.decide` on each pair);
2. every other "same event" pair is read from event_pairs: each pair near in time and
   place was decided when the later of its two reports was loaded, and kept (close
   pairs only, every "same" pair among them). Only the (country, month) blocks the
   changed reports fall in are read: no merge crosses a block;
3. closure: from the staged reports, the reports the replaced ones were the same event
   as and the other reports of their events, follow "same" pairs (and event membership)
   until nothing is added: whole components of the "same event" graph;
4. `etl.events.cluster.group_ids` groups the found reports as a full decision would; a
   group equal to a stored event of unchanged reports is left as it is, the others are
   merged (`merge_cluster`) and replace the events their reports were in;
5. pairs of replaced reports go, the staged reports' close pairs are added, and a stored
   pair whose outcome (merged, note) changed is written again.

Decisions are reused, so changing the rules (etl.events.same) needs `rebuild_events`.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

from etl.events import merge_cluster
from etl.events.cluster import Edge, decide_all, group_ids, split_note
from etl.events.records import PairDecision, Report
from etl.events.same import (
    DATE_WINDOW_DAYS, FAMILY, RADIUS_KM, TOLL_VERBS_SQL, TOLL_WINDOW_DAYS, UNKNOWN_RADIUS_KM, decide, profile,
)

TS = pa.timestamp("us", tz="UTC")
EVENT_ROWS = pa.schema([
    ("event_id_cnty", pa.string()), ("event_date", pa.date32()), ("year", pa.int32()),
    ("time_precision", pa.int8()), ("disorder_type", pa.string()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("actor1", pa.string()), ("assoc_actor_1", pa.string()),
    ("inter1", pa.int8()), ("actor2", pa.string()), ("assoc_actor_2", pa.string()), ("inter2", pa.int8()),
    ("interaction", pa.int16()), ("civilian_targeting", pa.string()), ("iso", pa.int32()),
    ("region", pa.string()), ("country", pa.string()), ("admin1", pa.string()), ("admin2", pa.string()),
    ("admin3", pa.string()), ("location", pa.string()), ("latitude", pa.float64()),
    ("longitude", pa.float64()), ("geo_precision", pa.int8()), ("source", pa.string()),
    ("source_scale", pa.string()), ("notes", pa.string()), ("fatalities", pa.int32()), ("tags", pa.string()),
    ("timestamp", pa.int64()), ("extractor_version", pa.string()), ("confidence", pa.float32()),
    ("historical", pa.bool_()), ("data_interval_start", TS), ("data_interval_end", TS),
])
MENTION_ROWS = pa.schema([
    ("event_id_cnty", pa.string()), ("article_id", pa.string()), ("sentence", pa.string()),
    ("char_start", pa.int32()), ("char_end", pa.int32()), ("data_interval_start", TS), ("report_id", pa.string()),
])
CHOICE_ROWS = pa.schema([(n, pa.string()) for n in ("event_id_cnty", "field", "value", "report_id", "rule")])
PAIR_ROWS = pa.schema([
    ("report_a", pa.string()), ("report_b", pa.string()), ("score", pa.float64()), ("same", pa.bool_()),
    ("merged", pa.bool_()), ("reasons", pa.string()), ("note", pa.string()), ("country", pa.string()),
    ("month", pa.int32()),
])
FRONTIER = pa.schema([
    ("report_id", pa.string()), ("article_id", pa.string()), ("country", pa.string()),
    ("event_date", pa.date32()), ("time_precision", pa.int8()), ("latitude", pa.float64()),
    ("longitude", pa.float64()), ("geo_precision", pa.int8()), ("location", pa.string()),
    ("fatalities", pa.int32()), ("evidence", pa.string()), ("event_type", pa.string()),
])
IDS = pa.schema([("report_id", pa.string())])
EVENT_IDS = pa.schema([("event_id_cnty", pa.string())])
PAIR_KEYS = pa.schema([("report_a", pa.string()), ("report_b", pa.string())])
BLOCKS = pa.schema([("country", pa.string()), ("month", pa.int32())])
SLACK_KM = 0.5
Key = tuple[str, str]


@dataclass(frozen=True)
class MergePlan:
    """The rows a merge writes, and what they replace."""

    old_events: pa.Table    # event ids whose rows (events, mentions, choices) are replaced
    replaced: pa.Table      # report ids replaced by the load: their pairs go
    pair_keys: pa.Table     # stored pairs written again (their outcome changed)
    events: pa.Table
    mentions: pa.Table
    choices: pa.Table
    pairs: pa.Table
    reports_decided: int = 0


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None, **frames: pa.Table) -> list[dict]:
    for name, table in frames.items():
        con.register(name, table)
    try:
        cur = con.execute(sql, params or {})
        names = [d[0] for d in cur.description]
        return [dict(zip(names, values)) for values in cur.fetchall()]
    finally:
        for name in frames:
            con.unregister(name)


def _tuples(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None, **frames: pa.Table) -> list[tuple]:
    for name, table in frames.items():
        con.register(name, table)
    try:
        return con.execute(sql, params or {}).fetchall()
    finally:
        for name in frames:
            con.unregister(name)


def _reports(con: duckdb.DuckDBPyConnection, sql: str, **frames: pa.Table) -> list[Report]:
    """Reports of a query that selects Report's fields in order (report_rows, block_rows)."""
    return [Report(*row) for row in _tuples(con, sql, **frames)]


def _ids(ids: Iterable[str]) -> pa.Table:
    return pa.Table.from_pylist([{"report_id": i} for i in sorted(ids)], schema=IDS)


def month_of(r: Report) -> int:
    return r.event_date.year * 100 + r.event_date.month


def _fetch(con: duckdb.DuckDBPyConnection, sql: dict[str, str], ids: Iterable[str],
           known: dict[str, Report]) -> None:
    missing = [i for i in ids if i not in known]
    if missing:
        for r in _reports(con, sql["report_rows"], merge_ids=_ids(missing)):
            known[r.report_id] = r


def _decide_staged(con: duckdb.DuckDBPyConnection, sql: dict[str, str], added: list[str],
                   known: dict[str, Report]) -> dict[Key, PairDecision]:
    """Step 1: the staged reports against every report near them."""
    _fetch(con, sql, added, known)
    frontier = [known[i] for i in added if i in known]
    table = pa.Table.from_pylist([{k: getattr(r, k) for k in FRONTIER.names} for r in frontier], schema=FRONTIER)
    families = pa.Table.from_pylist([{"event_type": k, "family": v} for k, v in sorted(FAMILY.items())])
    params = {"w1": DATE_WINDOW_DAYS[1], "w2": DATE_WINDOW_DAYS[2], "r1": RADIUS_KM[1], "r2": RADIUS_KM[2],
              "r3": RADIUS_KM[3], "r0": UNKNOWN_RADIUS_KM, "slack": SLACK_KM, "toll_verbs": TOLL_VERBS_SQL,
              "toll_days": TOLL_WINDOW_DAYS}
    pairs = _tuples(con, sql["candidates"], params, merge_frontier=table, merge_families=families)
    _fetch(con, sql, {c for _, c in pairs}, known)
    profiles = {}
    decisions: dict[Key, PairDecision] = {}
    for f, c in pairs:
        key = (f, c) if f < c else (c, f)
        if key not in decisions:
            pf = profiles.get(f) or profiles.setdefault(f, profile(known[f]))
            pc = profiles.get(c) or profiles.setdefault(c, profile(known[c]))
            decisions[key] = decide(pf, pc, explain=False)
    return decisions


def _closure(seeds: set[str], edges: list[Edge], members, gone: set[str]) -> set[str]:
    """Step 3: the reports linked to the seeds by "same" pairs and event membership."""
    adjacent: dict[str, list[str]] = defaultdict(list)
    for a, b, _ in edges:
        adjacent[a].append(b)
        adjacent[b].append(a)
    found: set[str] = set()
    frontier = set(seeds) - gone
    while frontier:
        stack = list(frontier)
        found |= frontier
        while stack:
            for n in adjacent[stack.pop()]:
                if n not in found and n not in gone:
                    found.add(n)
                    stack.append(n)
        frontier = members(found) - found - gone
    return found


def plan_merge(con: duckdb.DuckDBPyConnection, sql: dict[str, str], added_ids: Iterable[str]) -> MergePlan:
    """The rows to write after the load replaced `load_replaced`'s reports with the staged ones."""
    replaced_rows = _rows(con, sql["replaced_reports"])
    replaced = {r["report_id"] for r in replaced_rows}
    added = sorted(set(added_ids))
    gone = replaced - set(added)
    known: dict[str, Report] = {}
    decisions = _decide_staged(con, sql, added, known)
    blocks = {(r["country"], r["month"]) for r in replaced_rows} | {
        (known[i].country, month_of(known[i])) for i in added if i in known}
    block_table = pa.Table.from_pylist([{"country": c, "month": m} for c, m in sorted(blocks)], schema=BLOCKS)
    stored = [p for p in _rows(con, sql["block_same_pairs"], merge_blocks=block_table)]
    stale = [p for p in stored if p["report_a"] in replaced or p["report_b"] in replaced]
    stored = [p for p in stored if p["report_a"] not in replaced and p["report_b"] not in replaced]
    edges = [(p["report_a"], p["report_b"], p["score"]) for p in stored] + [
        (d.report_a, d.report_b, d.score) for d in decisions.values() if d.same]

    def members(ids: set[str]) -> set[str]:
        return {r["report_id"] for r in _rows(con, sql["event_members"], merge_ids=_ids(ids))}

    seeds = set(added) | members(replaced) | {x for p in stale for x in (p["report_a"], p["report_b"])}
    found = _closure(seeds, edges, members, gone)
    groups = group_ids(found, edges)
    old_of = {r["report_id"]: r["event_id_cnty"]
              for r in _rows(con, sql["memberships"], merge_ids=_ids(found | replaced))}
    old_groups: dict[str, list[str]] = defaultdict(list)
    for report_id, event_id in old_of.items():
        old_groups[event_id].append(report_id)
    unchanged_old = {tuple(sorted(g)) for g in old_groups.values()}
    fresh = set(added) | replaced
    changed = [g for g in groups if g not in unchanged_old or fresh.intersection(g)]
    _fetch(con, sql, (i for g in changed for i in g), known)
    old_events = sorted({old_of[i] for g in changed for i in g if i in old_of} |
                        {old_of[i] for i in replaced if i in old_of})
    events, mentions, choices = _merged_rows([[known[i] for i in g] for g in changed])
    group_of = {i: g for g in groups for i in g}
    same_keys = {(a, b) for a, b, _ in edges}
    pairs, rewritten = [], []
    for key in sorted(decisions):
        d = decisions[key]
        if d.close:
            r = known[d.report_a]
            pairs.append(_pair_row(d.report_a, d.report_b, d.score, d.same, "; ".join(d.reasons),
                                   group_of, same_keys, r.country, month_of(r)))
    for p in sorted(stored, key=lambda p: (p["report_a"], p["report_b"])):
        if p["report_a"] not in found:   # a pair of an untouched component stands as it is
            continue
        row = _pair_row(p["report_a"], p["report_b"], p["score"], True, p["reasons"], group_of, same_keys,
                        p["country"], p["month"])
        if (row["merged"], row["note"]) != (p["merged"], p["note"]):
            pairs.append(row)
            rewritten.append({"report_a": p["report_a"], "report_b": p["report_b"]})
    return MergePlan(pa.Table.from_pylist([{"event_id_cnty": e} for e in old_events], schema=EVENT_IDS),
                     _ids(replaced), pa.Table.from_pylist(rewritten, schema=PAIR_KEYS),
                     events, mentions, choices, pa.Table.from_pylist(pairs, schema=PAIR_ROWS),
                     len(found | replaced))


def _pair_row(a: str, b: str, score: float, same: bool, reasons: str, group_of: dict, same_keys: set,
              country: str, month: int) -> dict:
    merged = a in group_of and group_of.get(a) == group_of.get(b)
    note = split_note(a, b, group_of, same_keys) if same and not merged else ""
    return {"report_a": a, "report_b": b, "score": score, "same": same, "merged": merged,
            "reasons": reasons, "note": note, "country": country, "month": month}


def _merged_rows(groups: list[list[Report]]) -> tuple[pa.Table, pa.Table, pa.Table]:
    events, mentions, choices = [], [], []
    for reports in groups:
        merged = merge_cluster(reports)
        events.append(merged.row)
        mentions.extend(merged.mentions)
        choices.extend({"event_id_cnty": x.event_id_cnty, "field": x.field, "value": x.value,
                        "report_id": x.report_id, "rule": x.rule} for x in merged.choices)
    return (pa.Table.from_pylist(events, schema=EVENT_ROWS), pa.Table.from_pylist(mentions, schema=MENTION_ROWS),
            pa.Table.from_pylist(choices, schema=CHOICE_ROWS))


def rebuild_plans(con: duckdb.DuckDBPyConnection, sql: dict[str, str], batch_reports: int = 50_000) -> Iterator[MergePlan]:
    """Every event from every report, a batch of whole (country, month) blocks at a time."""
    blocks = con.execute(sql["blocks"]).fetchall()  # all of them before the next statement
    batch: list[tuple[str, int]] = []
    size = 0
    for i, (country, month, n) in enumerate(blocks):
        batch.append((country, month))
        size += n
        if size >= batch_reports or i == len(blocks) - 1:
            table = pa.Table.from_pylist([{"country": c, "month": m} for c, m in batch], schema=BLOCKS)
            reports = {r.report_id: r for r in _reports(con, sql["block_rows"], merge_blocks=table)}
            decisions = decide_all(reports.values())
            edges = [(d.report_a, d.report_b, d.score) for d in decisions.values() if d.same]
            groups = group_ids(reports, edges)
            events, mentions, choices = _merged_rows([[reports[i] for i in g] for g in groups])
            group_of = {i: g for g in groups for i in g}
            same_keys = {(a, b) for a, b, _ in edges}
            pairs = [_pair_row(d.report_a, d.report_b, d.score, d.same, "; ".join(d.reasons), group_of, same_keys,
                               reports[d.report_a].country, month_of(reports[d.report_a]))
                     for key, d in sorted(decisions.items()) if d.close]
            empty = pa.Table.from_pylist([], schema=IDS)
            yield MergePlan(pa.Table.from_pylist([], schema=EVENT_IDS), empty,
                            pa.Table.from_pylist([], schema=PAIR_KEYS), events, mentions, choices,
                            pa.Table.from_pylist(pairs, schema=PAIR_ROWS), len(reports))
            batch, size = [], 0
