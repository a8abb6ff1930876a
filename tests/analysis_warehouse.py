"""A small warehouse for the analysis-layer tests, built through the real load path.

Events are etl.records.Event objects (invented for these tests), staged as Parquet
with etl.pipeline.staging and loaded with etl.warehouse.load.load_interval, one interval per day.
It covers: the Sahel (Mali, Burkina Faso, Niger) and two other countries, all
interaction forms, civilian targeting, an event reported by two outlets on two
days, a background (historical) event, a protest that turns into a riot, an
article without events, and rejects.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa

from etl.pipeline import staging
from etl.warehouse.load import StagedInterval, load_interval, writer
from etl.records import EVENT_SCHEMA, Article, Event, Interval, Reject, event_row

SOURCES = {  # outlet -> (scale, domain)
    "Sahel Courier": ("National", "sahel-courier.example"),
    "Radio Tillaberi": ("Subnational", "radio-tillaberi.example"),
    "Lake Chad Monitor": ("Regional", "lakechad-monitor.example"),
    "Kano Observer": ("National", "kano-observer.example"),
    "Nairobi Daily": ("National", "nairobi-daily.example"),
}

# Places: country -> admin1 -> (location, lat, lon, iso, region)
PLACES = {
    "Konna": ("Mali", "Mopti", 14.9414, -3.8895, 466),
    "Niono": ("Mali", "Segou", 14.2526, -5.9930, 466),
    "Djibo": ("Burkina Faso", "Sahel", 14.1011, -1.6306, 854),
    "Tera": ("Niger", "Tillaberi", 14.0078, 0.7531, 562),
    "Maiduguri": ("Nigeria", "Borno", 11.8333, 13.1500, 566),
    "Nairobi": ("Kenya", "Nairobi", -1.2833, 36.8167, 404),
}
REGIONS = {"Kenya": "Eastern Africa"}

AS_OF = date(2026, 10, 7)  # the last loaded day


def _day(d: date) -> Interval:
    start = datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
    return Interval(start, start + timedelta(days=1))


def article(source: str, slug: str, published: date, text: str = "") -> Article:
    scale, domain = SOURCES[source]
    when = datetime(published.year, published.month, published.day, 8, tzinfo=timezone.utc)
    return Article(url=f"https://{domain}/{slug}", source=source, title=slug.replace("-", " ").title(),
                   text=text or f"{slug}. " * 20, published_at=when, fetched_at=when + timedelta(hours=1),
                   canonical_url=f"https://{domain}/{slug}", language="en", source_scale=scale)


def event(art: Article, place: str, when: date, kind: tuple[str, str, str], actor1: tuple[str, int],
          actor2: tuple[str, int] = ("", 0), fatalities: int = 0, start: int = 0,
          civilian: bool = False, historical: bool = False, assoc1: str = "") -> Event:
    country, admin1, lat, lon, iso = PLACES[place]
    event_type, sub_event_type, disorder = kind
    sentence = f"{actor1[0]} {sub_event_type.lower()} in {place} ({fatalities} dead)."
    return Event(
        event_date=when, time_precision=1, event_type=event_type, sub_event_type=sub_event_type,
        disorder_type=disorder, actor1=actor1[0], inter1=actor1[1], actor2=actor2[0], inter2=actor2[1],
        assoc_actor_1=assoc1, country=country, iso=iso, region=REGIONS.get(country, "Western Africa"),
        admin1=admin1, location=place, latitude=lat, longitude=lon, geo_precision=1,
        source=art.source, source_scale=art.source_scale, notes=f"On {when.isoformat()}, {sentence}",
        fatalities=fatalities, civilian_targeting="Civilian targeting" if civilian else "",
        article_id=art.article_id, evidence=sentence, evidence_start=start,
        evidence_end=start + len(sentence), confidence=0.9, historical=historical,
        extractor_version="test")


BATTLE = ("Battles", "Armed clash", "Political violence")
DRONE = ("Explosions/Remote violence", "Air/drone strike", "Political violence")
ATTACK = ("Violence against civilians", "Attack", "Political violence")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance", "Political violence")
PEACEFUL = ("Protests", "Peaceful protest", "Demonstrations")
RIOT = ("Riots", "Violent demonstration", "Demonstrations")
FORCE = ("Protests", "Excessive force against protesters", "Political violence; Demonstrations")

MALI_ARMY = ("Military Forces of Mali (2021-)", 1)
NIGER_ARMY = ("Military Forces of Niger (2023-)", 1)
NIGERIA_ARMY = ("Military Forces of Nigeria (2023-)", 1)
KENYA_POLICE = ("Police Forces of Kenya (2022-)", 1)
JNIM = ("JNIM: Group for Support of Islam and Muslims", 2)
IS_SAHEL = ("Islamic State (Sahel)", 2)
ISWAP = ("Islamic State West Africa Province (ISWAP)", 2)
UNIDENTIFIED = ("Unidentified Armed Group (Nigeria)", 3)


def civilians(country: str) -> tuple[str, int]:
    return (f"Civilians ({country})", 7)


def protesters(country: str) -> tuple[str, int]:
    return (f"Protesters ({country})", 6)


def rioters(country: str) -> tuple[str, int]:
    return (f"Rioters ({country})", 5)


def _stage(folder: Path, articles: list[Article], events: list, rejects: list[Reject],
           no_event_ids: set[str]) -> StagedInterval:
    folder.mkdir(parents=True, exist_ok=True)
    staging.write_articles(articles, folder / "articles.parquet")
    # Rows may be Event objects or ready event rows.
    rows = [e if isinstance(e, dict) else event_row(e) for e in events]
    events_table = pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)
    staging.write_rejects(rejects, folder / "rejects.parquet")
    staging.write_status({a.article_id: ("no_events" if a.article_id in no_event_ids else "extracted")
                          for a in articles}, folder / "status.parquet")
    return StagedInterval(staging.read_table(folder / "articles.parquet"),
                          staging.read_table(folder / "status.parquet"), events_table,
                          staging.read_table(folder / "rejects.parquet"))


def build(path: Path, work: Path) -> dict:
    """Load five days into the warehouse at `path`; returns facts the tests check."""
    days: dict[date, tuple[list, list, list, set]] = {}

    def add(day: date, art: Article, *events, reject: Reject | None = None, no_events: bool = False):
        arts, evs, rejs, none = days.setdefault(day, ([], [], [], set()))
        if art not in arts:
            arts.append(art)
        evs.extend(events)
        if reject:
            rejs.append(reject)
        if no_events:
            none.add(art.article_id)

    sep = date(2026, 9, 15)
    a = article("Sahel Courier", "clash-near-konna", sep)
    add(sep, a, event(a, "Konna", sep, BATTLE, MALI_ARMY, JNIM, 5))
    a = article("Sahel Courier", "djibo-villagers-killed", sep)
    add(sep, a, event(a, "Djibo", sep - timedelta(days=1), ATTACK, JNIM, civilians("Burkina Faso"), 12, civilian=True))
    a = article("Lake Chad Monitor", "maiduguri-shelling", sep)
    add(sep, a, event(a, "Maiduguri", sep, DRONE, ISWAP, NIGERIA_ARMY, 3))
    a = article("Nairobi Daily", "teachers-march", sep)
    add(sep, a, event(a, "Nairobi", sep, PEACEFUL, protesters("Kenya")))

    d5, d6, d7 = date(2026, 10, 5), date(2026, 10, 6), date(2026, 10, 7)
    a = article("Radio Tillaberi", "tera-ambush", d5)
    add(d5, a, event(a, "Tera", d5 - timedelta(days=1), BATTLE, IS_SAHEL, NIGER_ARMY, 10),
        reject=Reject("fetch", "http_500", "server error", "https://radio-tillaberi.example/feed", "Radio Tillaberi"))
    a = article("Nairobi Daily", "fuel-price-protest", d5)
    add(d5, a, event(a, "Nairobi", d5, PEACEFUL, protesters("Kenya")))
    a = article("Nairobi Daily", "football-results", d5)
    add(d5, a, no_events=True)

    a = article("Sahel Courier", "konna-and-niono", d6)
    # One article, two events, plus a recalled background event from 2019.
    add(d6, a, event(a, "Konna", d6, BATTLE, MALI_ARMY, JNIM, 2, start=0),
        event(a, "Niono", d6, DRONE, MALI_ARMY, JNIM, 4, start=120),
        event(a, "Konna", date(2019, 3, 23), ATTACK, ("Dozo Communal Militia (Mali)", 4),
              civilians("Mali"), 30, start=300, civilian=True, historical=True))
    lake = article("Lake Chad Monitor", "maiduguri-clash", d6)
    shared = event(lake, "Maiduguri", d6, BATTLE, NIGERIA_ARMY, ISWAP, 6)
    add(d6, lake, shared)
    a = article("Nairobi Daily", "fuel-protest-turns-violent", d6)
    add(d6, a, event(a, "Nairobi", d6, RIOT, rioters("Kenya"), KENYA_POLICE, 0))

    kano = article("Kano Observer", "maiduguri-clash-follow-up", d7)
    # Another outlet's report of the same clash, a day later: one event with both outlets.
    follow_up = event(kano, "Maiduguri", d6, BATTLE, NIGERIA_ARMY, ISWAP, 6, start=10)
    add(d7, kano, follow_up, event(kano, "Maiduguri", d7, ABDUCTION, UNIDENTIFIED, civilians("Nigeria"),
                                   0, start=200, civilian=True),
        reject=Reject("extract", "no_location", "no place found", kano.url, "Kano Observer"))
    a = article("Nairobi Daily", "police-fire-on-protesters", d7)
    add(d7, a, event(a, "Nairobi", d7, FORCE, KENYA_POLICE, protesters("Kenya"), 1,
                     assoc1="Students (Kenya)"))
    a = article("Sahel Courier", "niono-drone-strike", d7)
    add(d7, a, event(a, "Niono", d7, DRONE, MALI_ARMY, JNIM, 3))

    staged = {}
    with writer(path, wait_s=10) as con:
        for day in sorted(days):
            arts, evs, rejs, none = days[day]
            staged[day] = _stage(work / day.isoformat(), arts, evs, rejs, none)
            load_interval(con, _day(day), staged[day])
    return {"shared_event_id": shared.event_id_cnty, "as_of": AS_OF, "staged": staged}
