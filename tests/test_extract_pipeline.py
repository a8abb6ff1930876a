"""extract_events end to end on invented articles, and the extract CLI round-trip."""
import argparse
import json
from datetime import datetime, timezone

from etl.extract import EXTRACTOR_VERSION, extract_events, extract_with_diagnostics
from etl.cli.extract import ACLED_FIELDS, configure_extract, run_extract
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)

ARTICLE = """Fresh violence in the centre

On 18 April 2022, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.

The region has a long history of unrest. In March 2019, militiamen attacked a village near Bankass, killing dozens of herders.

Officials said they would discuss security at a meeting next month."""


def _article(text, country="Mali", language="en"):
    return Article(url="https://example.test/a", source="Test Wire", title="Fresh violence", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language=language)


def test_events_with_dates_fatalities_and_historical_flag():
    events = extract_events(_article(ARTICLE))
    assert len(events) == 2
    new, old = events
    assert (new.event_type, new.sub_event_type) == ("Violence against civilians", "Attack")
    assert new.event_date.isoformat() == "2022-04-18" and new.time_precision == 1
    assert new.fatalities == 7 and not new.historical
    assert new.country == "Mali"
    assert old.event_date.year == 2019 and old.historical and old.fatalities == 12
    for e in events:
        assert ARTICLE[e.evidence_start:e.evidence_end] == e.evidence
        assert e.extractor_version == EXTRACTOR_VERSION and e.article_id and e.notes
        assert 0 < e.confidence <= 1


def test_unsupported_language_is_reported_not_extracted():
    events, skips = extract_with_diagnostics(_article(ARTICLE, language="de"))
    assert events == [] and skips[0].reason == "unsupported_language"


def test_no_country_is_a_recorded_skip():
    text = "On 18 April 2022, gunmen attacked a village, killing seven civilians."
    events, skips = extract_with_diagnostics(_article(text, country=None))
    assert events == [] and [s.reason for s in skips] == ["no_country"]


def test_extract_cli_round_trip(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    docs = [
        {"id": "d1", "text": "On 2 May 2022, protesters marched in the capital against fuel prices.",
         "published": "2022-05-03", "country": "Mali", "source": "Test Wire"},
        {"id": "d2", "text": "Nothing of note happened at the market.", "published": None},
    ]
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    configure_extract(parser)
    assert run_extract(parser.parse_args(["--input", str(src), "--output", str(out)])) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["doc_id"] == "d1"
    assert set(ACLED_FIELDS) | {"historical", "evidence", "confidence"} <= set(row)
    assert row["event_type"] == "Protests" and row["event_date"] == "2022-05-02" and row["year"] == 2022
    assert row["inter1"] == 6 and row["interaction"] == 60 and row["country"] == "Mali"
    assert row["historical"] is False and row["evidence"].startswith("On 2 May 2022")


def test_place_written_without_its_arabic_article_is_still_named():
    # the gazetteer writes the town with its article ("Al-..."), the report without it
    text = ("Handover in the north\n\nOn 18 April 2022, rebel fighters withdrew from Tabqa, in Raqqa province, "
            "and government troops entered the city without resistance.")
    events = extract_events(_article(text, country="Syria"))
    assert len(events) == 1
    assert events[0].country == "Syria" and events[0].admin1 == "Ar-Raqqa" and "Tabqa" in events[0].location


ONE_INCIDENT = """Gunmen kill nine in Mopti region

Nine villagers were killed in an attack on a village in central Mali, a local official said on Wednesday.
The assault on Sofara on Monday is being investigated, the regional governor said.
"They came at dawn and fired on everyone," a survivor said."""

TWO_INCIDENTS = """Violence in central Mali

On 18 April 2022, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.
In a separate attack on 18 April 2022, gunmen attacked the village of Sofara again, killing two herders."""


def test_one_incident_told_in_several_sentences_is_one_event():
    # lead with the statement's day, then the act's own day and place on another line
    events = extract_events(_article(ONE_INCIDENT))
    assert len(events) == 1
    ev = events[0]
    assert ev.event_date.isoformat() == "2022-04-18"   # the Monday of the assault, not the day it was said
    assert ev.fatalities == 9


def test_a_separate_incident_stays_its_own_event():
    events = extract_events(_article(TWO_INCIDENTS))
    assert [e.fatalities for e in events] == [7, 2]


def test_an_anniversary_marked_is_the_recalled_event_years_before():
    text = ("On 18 April 2022, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.\n\n"
            "On Sunday, Mali marked the first anniversary of a car bombing in the town of Gao that killed 40 people.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.event_date.isoformat(), e.location, e.fatalities, e.historical) for e in events] == [
        ("2021-04-17", "Gao", 40, True), ("2022-04-18", "Sofara", 7, False)]


def test_a_later_paragraph_gives_the_toll_and_the_other_sides_dead():
    text = ("Soldiers recaptured the town of Sofara in the Mopti region from jihadist fighters on Monday, "
            "the army said.\n\n"
            "The troops advanced on the town at dawn and the fighters held out for two hours. "
            "Four soldiers and six jihadists were killed, an officer said.")
    pub = datetime(2022, 4, 20, tzinfo=timezone.utc)
    art = Article(url="https://example.test/b", source="Test Wire", title="Army retakes town", text=text,
                  published_at=pub, fetched_at=pub, country_hint="Mali", language="en")
    events = extract_events(art)
    assert [e.fatalities for e in events] == [10]
    text = ("Gunmen stormed a gendarmerie post in Sofara in the Mopti region on Monday, killing three gendarmes, "
            "officials said.\n\nThe gendarmes returned fire and killed two of the attackers, a local official said.")
    events = extract_events(Article(url="https://example.test/c", source="Test Wire", title="Post attacked",
                                    text=text, published_at=pub, fetched_at=pub, country_hint="Mali", language="en"))
    assert [e.fatalities for e in events] == [5]
