"""Which events the reports make: the reads and decisions of a merge (load.py writes).

After an interval's reports are replaced, only the events they can change are decided
again, and the result equals deciding every report at once (`rebuild_plans`):

1. seeds: the staged reports, the reports the replaced ones were the same event as
   (decided on the replaced reports as they were), and every report of the events the
   replaced ones were in;
2. closure: look up every seed's candidates in SQL (sql/load/merge_events.sql:
   `candidates`, a superset of what same_event can merge), decide each pair with
   `etl.events.same_event`, add the reports judged the same event and repeat until
   nothing is added; add too the other reports of any event a found report is in;
3. the found reports form whole components of the "same event" graph, so
   `cluster_reports` on them gives the events a full decision would; `merge_cluster`
   makes each row. No merge crosses a (country, month), which bounds the closure.

The old rows of every event an affected report was in are replaced by the new ones,
pairs touching an affected report are decided again, all in the load's transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa

from etl.events import cluster_reports, merge_cluster, same_event
from etl.events.cluster import Cluster, decide_all, split_reason
from etl.events.records import PairDecision, Report, report_from_row
from etl.events.same import DATE_WINDOW_DAYS, RADIUS_KM, TOLL_VERBS_SQL, TOLL_WINDOW_DAYS, UNKNOWN_RADIUS_KM

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
    ("merged", pa.bool_()), ("reasons", pa.string()), ("note", pa.string()),
])
FRONTIER = pa.schema([
    ("report_id", pa.string()), ("article_id", pa.string()), ("country", pa.string()),
    ("event_date", pa.date32()), ("time_precision", pa.int8()), ("latitude", pa.float64()),
    ("longitude", pa.float64()), ("geo_precision", pa.int8()), ("location", pa.string()),
    ("fatalities", pa.int32()), ("evidence", pa.string()),
])
IDS = pa.schema([("report_id", pa.string())])
SLACK_KM = 0.5
Key = tuple[str, str]


@dataclass(frozen=True)
class MergePlan:
    """The new rows of the re-decided events, and what they replace."""

    affected: pa.Table     # report ids whose events and pairs are replaced (with the replaced reports)
    events: pa.Table
    mentions: pa.Table
    choices: pa.Table
    pairs: pa.Table


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


def _ids(ids: Iterable[str]) -> pa.Table:
    return pa.Table.from_pylist([{"report_id": i} for i in sorted(ids)], schema=IDS)


class _Finder:
    """The closure of step 2, over one connection inside the load's transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, sql: dict[str, str]):
        self.con, self.sql = con, sql
        self.known: dict[str, Report] = {}
        self.decisions: dict[Key, PairDecision] = {}
        self.params = {"w1": DATE_WINDOW_DAYS[1], "w2": DATE_WINDOW_DAYS[2], "r1": RADIUS_KM[1],
                       "r2": RADIUS_KM[2], "r3": RADIUS_KM[3], "r0": UNKNOWN_RADIUS_KM, "slack": SLACK_KM,
                       "toll_verbs": TOLL_VERBS_SQL, "toll_days": TOLL_WINDOW_DAYS}

    def fetch(self, ids: Iterable[str]) -> None:
        missing = [i for i in ids if i not in self.known]
        if missing:
            for row in _rows(self.con, self.sql["report_rows"], merge_ids=_ids(missing)):
                self.known[row["report_id"]] = report_from_row(row)

    def members(self, ids: Iterable[str]) -> set[str]:
        return {r["report_id"] for r in _rows(self.con, self.sql["event_members"], merge_ids=_ids(ids))}

    def candidates(self, frontier: list[Report]) -> list[tuple[str, str]]:
        table = pa.Table.from_pylist([{k: getattr(r, k) for k in FRONTIER.names} for r in frontier], schema=FRONTIER)
        rows = _rows(self.con, self.sql["candidates"], self.params, merge_frontier=table)
        return [(r["frontier_id"], r["candidate_id"]) for r in rows]

    def closure(self, seeds: set[str], exclude: set[str]) -> set[str]:
        found: set[str] = set()
        frontier = set(seeds)
        while frontier:
            self.fetch(frontier)
            frontier = {i for i in frontier if i in self.known} - found
            found |= frontier
            pairs = self.candidates([self.known[i] for i in sorted(frontier)])
            self.fetch(c for _, c in pairs)
            added = set()
            for f, c in pairs:
                key = (min(f, c), max(f, c))
                if key not in self.decisions:
                    self.decisions[key] = same_event(self.known[f], self.known[c])
                if self.decisions[key].same and c not in found:
                    added.add(c)
            if not added:   # the events the found reports are in now must be re-decided whole
                added = self.members(found) - found - exclude
            frontier = added
        return found


def plan_merge(con: duckdb.DuckDBPyConnection, sql: dict[str, str], added_ids: Iterable[str]) -> MergePlan:
    """The events to write after the load replaced `load_replaced`'s reports with the staged ones."""
    finder = _Finder(con, sql)
    replaced = [report_from_row(r) for r in _rows(con, sql["replaced_reports"])]
    replaced_ids = {r.report_id for r in replaced}
    seeds = set(added_ids) | finder.members(replaced_ids)
    if replaced:
        by_id = {r.report_id: r for r in replaced}
        pairs = finder.candidates(replaced)
        finder.fetch(c for _, c in pairs)
        seeds |= {c for f, c in pairs if c in finder.known and same_event(by_id[f], finder.known[c]).same}
    found = finder.closure(seeds, exclude=replaced_ids)
    return _plan([finder.known[i] for i in sorted(found)], finder.decisions, found | replaced_ids)


def _plan(reports: list[Report], decisions: dict[Key, PairDecision], affected: set[str]) -> MergePlan:
    ids = {r.report_id for r in reports}
    clusters = cluster_reports(reports, {k: d for k, d in decisions.items() if k[0] in ids and k[1] in ids})
    events, mentions, choices = [], [], []
    event_of: dict[str, str] = {}
    by_event: dict[str, Cluster] = {}
    for c in clusters:
        merged = merge_cluster(c.reports)
        events.append(merged.row)
        mentions.extend(merged.mentions)
        choices.extend({"event_id_cnty": x.event_id_cnty, "field": x.field, "value": x.value,
                        "report_id": x.report_id, "rule": x.rule} for x in merged.choices)
        by_event[c.event_id] = c
        event_of.update((i, c.event_id) for i in c.report_ids)
    pairs = []
    for key in sorted(decisions):
        d = decisions[key]
        if not d.close or not (d.report_a in ids or d.report_b in ids):
            continue
        merged_pair = d.report_a in event_of and event_of.get(d.report_a) == event_of.get(d.report_b)
        pairs.append({"report_a": d.report_a, "report_b": d.report_b, "score": d.score, "same": d.same,
                      "merged": merged_pair, "reasons": "; ".join(d.reasons),
                      "note": split_reason(d, event_of, by_event, decisions) or None})
    return MergePlan(_ids(affected), pa.Table.from_pylist(events, schema=EVENT_ROWS),
                     pa.Table.from_pylist(mentions, schema=MENTION_ROWS),
                     pa.Table.from_pylist(choices, schema=CHOICE_ROWS),
                     pa.Table.from_pylist(pairs, schema=PAIR_ROWS))


def rebuild_plans(con: duckdb.DuckDBPyConnection, sql: dict[str, str], batch_reports: int = 50_000) -> Iterator[MergePlan]:
    """Every event from every report, a batch of whole (country, month) blocks at a time."""
    blocks = con.execute(sql["blocks"]).fetchall()  # all of them before the next statement
    batch: list[tuple[str, int]] = []
    size = 0
    for i, (country, month, n) in enumerate(blocks):
        batch.append((country, month))
        size += n
        if size >= batch_reports or i == len(blocks) - 1:
            table = pa.Table.from_pylist([{"country": c, "month": m} for c, m in batch])
            reports = [report_from_row(r) for r in _rows(con, sql["block_rows"], merge_blocks=table)]
            yield _plan(sorted(reports, key=lambda r: r.report_id), decide_all(reports), set())
            batch, size = [], 0
