"""Scoring the extractor on whole news articles coded by hand (eval/news/, the seed article).

A gold file (format: eval/news/FORMAT.md) lists an article's events. An extracted event
matches a gold event when the country, an allowed event type and the month agree and its
point lies within the gold event's `max_km`. Each gold event is matched at most once
(closest first); a second extracted event on the same gold event is a duplicate row, so it
counts against precision. Events matching a gold event marked `"required": false` count
neither way; any other extracted event is a false positive.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from etl.evaluation.acled import km_between
from etl.records import Article, Event

# Country names as people write them -> the form the extractor emits (ACLED's).
_COUNTRY_FORMS = {
    "dr congo": "democratic republic of congo", "drc": "democratic republic of congo",
    "democratic republic of the congo": "democratic republic of congo",
    "congo-kinshasa": "democratic republic of congo", "car": "central african republic",
    "ivory coast": "cote d'ivoire",
}


def country_key(name: str | None) -> str:
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower().strip()
    return _COUNTRY_FORMS.get(folded, folded)


@dataclass
class GoldArticle:
    path: Path
    gold: dict
    article: Article

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".gold.json")


def read_gold(gold_path: str | Path) -> GoldArticle:
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text_path = (gold_path.parent / gold["article"]).resolve()
    text = text_path.read_text(encoding="utf-8")
    day = gold.get("published") or gold["published_assumed"]
    published = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
    title = gold.get("title", "")
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")  # the file's first line is the title
    article = Article(url=gold.get("url") or f"file:{text_path.name}", source=gold.get("source", ""),
                      title=title, text=text, published_at=published, fetched_at=published,
                      country_hint=gold.get("country_hint"))
    return GoldArticle(gold_path, gold, article)


def _matches(ev: Event, g: dict) -> float | None:
    """Distance in km when `ev` matches gold event `g`, else None."""
    if country_key(ev.country) != country_key(g["country"]) or ev.event_type not in g["event_type"]:
        return None
    if "event_date" in g and ev.event_date.strftime("%Y-%m") != g["event_date"][:7]:
        return None
    if ev.latitude is None or ev.longitude is None:
        return None
    lat, lon = g["point"]
    km = km_between(ev.latitude, ev.longitude, lat, lon)
    return km if km <= g["max_km"] else None


@dataclass
class ArticleScore:
    name: str
    extracted: int
    required: int
    found: int                     # required gold events matched
    false_positives: int           # extracted events matching no gold event, or duplicates
    ignored: int                   # extracted events matching optional gold events
    fatalities_ok: int             # matched required events with the gold fatalities
    historical_ok: int
    matched: dict = field(default_factory=dict)   # gold id -> Event
    missed: list = field(default_factory=list)    # gold ids
    extra: list = field(default_factory=list)     # Events

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        counted = self.found + self.false_positives
        return self.found / counted if counted else 1.0


def match_events(events: list[Event], gold_events: list[dict]) -> tuple[dict, list, list]:
    """(gold id -> event, extra events, events on optional gold events): required gold events
    first, closest pairs first, so that an event near both a required and an optional gold
    event counts for the required one (the optional one costs nothing either way)."""
    pairs = sorted((not g.get("required"), km, i, j) for i, ev in enumerate(events) for j, g in enumerate(gold_events)
                   if (km := _matches(ev, g)) is not None)
    matched: dict[str, Event] = {}
    used: set[int] = set()
    for _optional, _km, i, j in pairs:
        gid = gold_events[j]["id"]
        if i in used or gid in matched:
            continue
        matched[gid] = events[i]
        used.add(i)
    optional_hits, extra = [], []
    optional = {g["id"] for g in gold_events if not g.get("required")}
    for i, ev in enumerate(events):
        if i in used:
            continue
        # an event on an optional gold event (even a second one) costs nothing
        if any(_matches(ev, g) is not None and g["id"] in optional for g in gold_events):
            optional_hits.append(ev)
        else:
            extra.append(ev)
    return matched, extra, optional_hits


def score_article(gold_path: str | Path, extract=None) -> ArticleScore:
    from etl.extract import extract_events

    ga = read_gold(gold_path)
    events = (extract or extract_events)(ga.article)
    gold_events = ga.gold["events"]
    matched, extra, optional_hits = match_events(events, gold_events)
    required = [g for g in gold_events if g.get("required")]
    found = [g for g in required if g["id"] in matched]
    on_optional = len(optional_hits) + sum(1 for g in gold_events if not g.get("required") and g["id"] in matched)
    return ArticleScore(
        name=ga.name, extracted=len(events), required=len(required), found=len(found),
        false_positives=len(extra), ignored=on_optional,
        fatalities_ok=sum(matched[g["id"]].fatalities == g.get("fatalities", matched[g["id"]].fatalities)
                          for g in found),
        historical_ok=sum(matched[g["id"]].historical == g.get("historical", False) for g in found),
        matched={g["id"]: matched[g["id"]] for g in found},
        missed=[g["id"] for g in required if g["id"] not in matched], extra=extra)


@dataclass
class SetScore:
    name: str
    articles: list[ArticleScore]

    def total(self, attr: str) -> int:
        return sum(getattr(a, attr) for a in self.articles)

    @property
    def recall(self) -> float:
        return self.total("found") / max(1, self.total("required"))

    @property
    def precision(self) -> float:
        found = self.total("found")
        return found / max(1, found + self.total("false_positives"))

    @property
    def fatalities(self) -> float:
        return self.total("fatalities_ok") / max(1, self.total("found"))


def score_folder(folder: str | Path) -> SetScore:
    folder = Path(folder)
    return SetScore(folder.name, [score_article(p) for p in sorted(folder.glob("*.gold.json"))])


def format_set(score: SetScore, detail: bool = False) -> str:
    lines = [f"{score.name}: {len(score.articles)} articles, {score.total('required')} required events, "
             f"{score.total('extracted')} extracted",
             f"  {'article':<58} {'req':>4} {'found':>5} {'fp':>3} {'recall':>7} {'prec':>6} {'fat':>4}"]
    for a in score.articles:
        lines.append(f"  {a.name[:58]:<58} {a.required:>4} {a.found:>5} {a.false_positives:>3} "
                     f"{a.recall:>7.2f} {a.precision:>6.2f} {a.fatalities_ok:>2}/{a.found:<2}")
        if detail:
            lines += [f"      missed: {gid}" for gid in a.missed]
            lines += [f"      extra:  {e.event_type}/{e.sub_event_type} {e.location or e.country} {e.event_date} "
                      f"f={e.fatalities}: {e.evidence[:110]!r}" for e in a.extra]
    lines.append(f"  OVERALL recall {score.recall:.3f}  precision {score.precision:.3f}  "
                 f"fatalities exact on found {score.fatalities:.3f}  (target >= 0.85 recall and precision)")
    return "\n".join(lines)
