"""Score "same event" decisions on a cluster test set (`python -m etl evaluate --clusters DIR`).

The set is a folder of real articles about the same events from several outlets:
NAME.txt beside NAME.gold.json (eval/news/FORMAT.md), each gold event with a "cluster"
id naming the real-world event, and clusters.json describing the clusters.

1. Every article is extracted (published on its gold date, outlet = its gold source).
2. Each extracted report is matched to a gold event of its own article by the rule of
   the gold articles (same country, an allowed event type, the same month, within
   max_km of the point; a gold event is its article's first matching report, a second
   report of it is an extraction duplicate; a report read from the sentence a gold event
   quotes as evidence is that event's or none); unmatched reports are left out.
3. The matched reports of all articles are clustered with etl.events.cluster_reports.
4. Over every pair of matched reports from different articles: precision = pairs put in
   one event that are one gold cluster / pairs put in one event; recall = pairs of one
   gold cluster put in one event / pairs of one gold cluster.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path

from etl.events import cluster_reports, same_event
from etl.events.records import Report, report_from_event
from etl.events.same import km_between
from etl.records import Article, Event

TARGET = 0.95


@dataclass
class ClusterScore:
    articles: int = 0
    gold_clusters: int = 0
    reports: int = 0
    matched: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def passed(self) -> bool:
        return self.precision >= TARGET and self.recall >= TARGET


def _matches(ev: Event, g: dict) -> bool:
    """The gold articles' rule: same country, an allowed type, the same month, within max_km."""
    lat, lon = g["point"]
    return (ev.country == g["country"] and ev.event_type in g["event_type"]
            and ev.event_date.strftime("%Y-%m") == g.get("event_date", ev.event_date.strftime("%Y-%m"))[:7]
            and ev.latitude is not None and km_between(ev.latitude, ev.longitude, lat, lon) <= g["max_km"])


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def gold_match(ev: Event, gold_events: list[dict]) -> dict | None:
    """The gold event the extracted one is: the first that the rule matches; but a report
    read from the very sentence a gold event quotes as its evidence is that event's
    report (coded well or not), never another gold event's."""
    sentence = _words(ev.evidence)
    owner = next((g for g in gold_events if sentence and sentence in _words(g.get("evidence", ""))), None)
    if owner is not None:
        return owner if _matches(ev, owner) else None
    return next((g for g in gold_events if _matches(ev, g)), None)


def article_reports(gold_path: Path) -> tuple[list[Report], list[Report], dict[str, str]]:
    """(matched reports, unmatched reports, report id -> gold cluster) of one gold article."""
    from etl.extract import extract_events

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = gold_path.parent / gold["article"]
    day = gold.get("published") or gold.get("published_assumed")
    published = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
    article = Article(url=f"file:{text_path.name}", source=gold.get("source", ""), title=gold.get("title", ""),
                      text=text_path.read_text(encoding="utf-8"), published_at=published,
                      fetched_at=published, country_hint=gold.get("country_hint"))
    matched, unmatched, label = [], [], {}
    seen: set[str] = set()
    for ev in extract_events(article):
        report = report_from_event(ev, article.source, published)
        hit = gold_match(ev, gold["events"])
        if hit is None or not hit.get("cluster") or hit["id"] in seen:
            # no gold event, or a second report of one (the gold articles' rule: the first
            # extracted event that matches is the gold event's; the others are set aside)
            unmatched.append(report)
        else:
            seen.add(hit["id"])
            matched.append(report)
            label[report.report_id] = hit["cluster"]
    return matched, unmatched, label


def score_clusters(folder: str | Path) -> ClusterScore:
    folder = Path(folder)
    score = ClusterScore()
    index = folder / "clusters.json"
    if index.exists():
        score.gold_clusters = len(json.loads(index.read_text(encoding="utf-8")).get("clusters", {}))
    reports: list[Report] = []
    label: dict[str, str] = {}
    for path in sorted(folder.glob("*.gold.json")):
        matched, unmatched, labels = article_reports(path)
        score.articles += 1
        score.reports += len(matched) + len(unmatched)
        reports += matched
        label.update(labels)
    score.matched = len(reports)
    event_of = {r: c.event_id for c in cluster_reports(reports) for r in c.report_ids}
    by_id = {r.report_id: r for r in reports}
    for a, b in combinations(sorted(by_id), 2):
        ra, rb = by_id[a], by_id[b]
        if ra.article_id == rb.article_id:
            continue
        gold_same, pred_same = label[a] == label[b], event_of[a] == event_of[b]
        score.tp += gold_same and pred_same
        score.fp += pred_same and not gold_same
        score.fn += gold_same and not pred_same
        if gold_same != pred_same:
            d = same_event(ra, rb)
            kind = "merged, gold apart" if pred_same else "apart, gold one event"
            score.errors.append(f"{kind}: {ra.outlet} {ra.location} {ra.event_date} / {rb.outlet} {rb.location} "
                                f"{rb.event_date} ({label[a]} / {label[b]}) score {d.score}: {'; '.join(d.reasons)}")
    return score


def format_cluster_score(folder: str | Path, s: ClusterScore, show_errors: int = 10) -> str:
    lines = [f"clusters {folder}: {s.articles} articles, {s.gold_clusters} gold clusters; "
             f"{s.reports} reports extracted, {s.matched} matched a gold event",
             f"  same event, pairs of reports from different articles: precision {s.precision:.3f}, "
             f"recall {s.recall:.3f} (target {TARGET:.2f} both: {'PASS' if s.passed else 'FAIL'}; "
             f"tp {s.tp}, fp {s.fp}, fn {s.fn})"]
    lines += [f"    - {e}" for e in s.errors[:show_errors]]
    if len(s.errors) > show_errors:
        lines.append(f"    ... {len(s.errors) - show_errors} more")
    return "\n".join(lines)
