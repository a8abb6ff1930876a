"""Reports of a few real-world-like events from several outlets over several days (invented).

Four days of articles about Katsina and Borno (Nigeria), built as etl.records.Event
objects and staged as the pipeline stages them:

* the Kankara abduction (11 Dec) reported by three outlets on 12, 13 and 14 Dec: a
  precise report naming no group, a state-level report naming JAS, and an undated
  follow-up (precision 2) with one death: one event;
* the Konduga attack (12 Dec): 10 dead on 13 Dec, "the death toll has risen to 24"
  on 14 Dec, 12 dead in a report of 15 Dec: one event, 24 dead;
* two attacks in Jere district on 12 Dec at two villages 27 km apart: two events;
* an article of 13 Dec reporting two incidents in Mafa on one day (a morning and an
  evening attack), and another outlet on 14 Dec reporting one of them: two events;
* at Dikwa on 12 Dec a clash of troops with ISWAP and an ISWAP attack on civilians,
  and JAS attacking civilians there the same day in another report: three events.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from etl.pipeline import staging
from etl.records import Article, Event, Interval
from etl.warehouse.load import StagedInterval

PLACES = {  # location -> (admin1, admin2, lat, lon, geo_precision)
    "Kankara": ("Katsina", "Kankara", 11.9333, 7.4167, 1),
    "Katsina": ("Katsina", "", 12.9908, 7.6018, 3),
    "Konduga": ("Borno", "Konduga", 11.6531, 13.4179, 1),
    "Zabarmari": ("Borno", "Jere", 11.9410, 13.2460, 1),
    "Maimalari": ("Borno", "Jere", 12.1500, 13.3800, 1),
    "Mafa": ("Borno", "Mafa", 11.9242, 13.6009, 1),
    "Dikwa": ("Borno", "Dikwa", 12.0333, 13.9167, 1),
}
UNIDENTIFIED = ("Unidentified Armed Group (Nigeria)", 3)
JAS = ("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", 2)
ISWAP = ("Islamic State (West Africa)", 2)
ARMY = ("Military Forces of Nigeria (2015-2023)", 1)
CIVILIANS = ("Civilians (Nigeria)", 7)
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
DAYS = [date(2020, 12, 12), date(2020, 12, 13), date(2020, 12, 14), date(2020, 12, 15)]


def interval(day: date) -> Interval:
    start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    return Interval(start, start + timedelta(days=1))


def article(outlet: str, slug: str, published: date) -> Article:
    when = datetime(published.year, published.month, published.day, 7, tzinfo=timezone.utc)
    host = outlet.lower().replace(" ", "-")
    return Article(url=f"https://{host}.example/{slug}", source=outlet, title=slug.replace("-", " "),
                   text=f"{slug}. " * 30, published_at=when, fetched_at=when + timedelta(hours=1),
                   canonical_url=f"https://{host}.example/{slug}", language="en", source_scale="National")


def report(art: Article, place: str, day: date, kind: tuple[str, str], actor1: tuple[str, int],
           actor2: tuple[str, int] = CIVILIANS, fatalities: int = 0, start: int = 0, precision: int = 1,
           sentence: str = "") -> Event:
    admin1, admin2, lat, lon, geo = PLACES[place]
    sentence = sentence or f"{actor1[0]} {kind[1].lower()} in {place}, {fatalities} dead."
    return Event(
        event_date=day, time_precision=precision, event_type=kind[0], sub_event_type=kind[1],
        disorder_type="Political violence", actor1=actor1[0], inter1=actor1[1], actor2=actor2[0],
        inter2=actor2[1], country="Nigeria", iso=566, region="Western Africa", admin1=admin1,
        admin2=admin2, location=place, latitude=lat, longitude=lon, geo_precision=geo,
        civilian_targeting="Civilian targeting" if kind[0] == "Violence against civilians" else "",
        source=art.source, source_scale=art.source_scale, notes=f"{day}: {sentence}",
        fatalities=fatalities, article_id=art.article_id, evidence=sentence, evidence_start=start,
        evidence_end=start + len(sentence), confidence=0.8, extractor_version="test")


def days() -> dict[date, tuple[list[Article], list[Event]]]:
    d12, d13, d14, d15 = DAYS
    out: dict[date, tuple[list[Article], list[Event]]] = {d: ([], []) for d in DAYS}

    def add(day: date, art: Article, *events: Event) -> None:
        out[day][0].append(art)
        out[day][1].extend(events)

    a = article("Premium Times", "kankara-students-abducted", d12)
    add(d12, a, report(a, "Kankara", date(2020, 12, 11), ABDUCTION, UNIDENTIFIED))
    a = article("Punch", "jas-claims-kankara", d13)
    add(d13, a, report(a, "Katsina", date(2020, 12, 11), ABDUCTION, JAS))
    a = article("Sahara Reporters", "kankara-parents-wait", d14)
    add(d14, a, report(a, "Kankara", d14, ABDUCTION, UNIDENTIFIED, fatalities=1, precision=2))

    a = article("Daily Trust", "konduga-attack", d13)
    add(d13, a, report(a, "Konduga", d12, ATTACK, UNIDENTIFIED, fatalities=10))
    a = article("Vanguard", "konduga-toll-rises", d14)
    add(d14, a, report(a, "Konduga", d12, ATTACK, UNIDENTIFIED, fatalities=24,
                       sentence="The death toll from Saturday's attack on Konduga has risen to 24."))
    a = article("The Nation", "konduga-burials", d15)
    add(d15, a, report(a, "Konduga", d12, ATTACK, JAS, fatalities=12))

    a = article("Daily Trust", "zabarmari-farmers", d13)
    add(d13, a, report(a, "Zabarmari", d12, ATTACK, UNIDENTIFIED, fatalities=5))
    a = article("Punch", "maimalari-village-raided", d13)
    add(d13, a, report(a, "Maimalari", d12, ATTACK, UNIDENTIFIED, fatalities=3))

    a = article("Premium Times", "two-attacks-in-mafa", d13)
    add(d13, a, report(a, "Mafa", d12, ATTACK, UNIDENTIFIED, fatalities=2, start=0),
        report(a, "Mafa", d12, ATTACK, UNIDENTIFIED, fatalities=4, start=200))
    a = article("Vanguard", "mafa-evening-attack", d14)
    add(d14, a, report(a, "Mafa", d12, ATTACK, UNIDENTIFIED, fatalities=4))

    a = article("The Nation", "dikwa-fighting", d13)
    add(d13, a, report(a, "Dikwa", d12, CLASH, ARMY, ISWAP, fatalities=7, start=0),
        report(a, "Dikwa", d12, ATTACK, ISWAP, fatalities=3, start=150))
    a = article("Sahara Reporters", "dikwa-jas-attack", d14)
    add(d14, a, report(a, "Dikwa", d12, ATTACK, JAS, fatalities=3))
    return out


def stage(folder: Path, articles: list[Article], events: list[Event]) -> StagedInterval:
    folder.mkdir(parents=True, exist_ok=True)
    staging.write_articles(articles, folder / "articles.parquet")
    staging.write_events(events, folder / "events.parquet")
    staging.write_rejects([], folder / "rejects.parquet")
    staging.write_status({a.article_id: "extracted" for a in articles}, folder / "status.parquet")
    return StagedInterval(*(staging.read_table(folder / f"{n}.parquet")
                            for n in ("articles", "status", "events", "rejects")))


def staged_days(work: Path) -> dict[date, StagedInterval]:
    return {day: stage(work / day.isoformat(), *content) for day, content in days().items()}


MERGE_TABLES = ("events", "event_mentions", "event_reports", "event_pairs", "event_field_choices")


def table_rows(con, table: str) -> list[dict]:
    """Every row of a table, every column (name -> value), sorted: for exact comparisons."""
    assert table in MERGE_TABLES + ("articles", "article_urls", "rejects")
    cur = con.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    return sorted(rows, key=lambda r: tuple(str(v) for v in r.values()))


def snapshot(con) -> dict[str, list[dict]]:
    return {t: table_rows(con, t) for t in MERGE_TABLES}
