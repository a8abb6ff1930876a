"""Event assembly on invented articles: events told across sentences, in clauses, recalled."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday


def _article(text, country="Mali"):
    return Article(url="https://example.test/asm", source="Test Wire", title="Report", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def test_a_lead_in_the_capital_is_placed_by_the_later_sentence_naming_the_city():
    text = ("At least 20 people were killed on Monday when two bombs exploded in the capital of Mali, "
            "officials said.\n\nThe government convened an emergency meeting.\n\n"
            "The prime minister visited the site of the blasts near the main market in Bamako.")
    events = extract_events(_article(text))
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [("Bamako", "2022-04-18", 20)]


def test_a_toll_over_two_attacks_at_the_weekend_is_an_incident_not_a_statistic():
    text = ("Soldiers repelled an assault on a military post in Djenne in the Mopti region on Monday, the army said.\n\n"
            "The region has seen years of violence.\n\n"
            "Around 25 villagers were killed at the weekend in two attacks near Douentza.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.location, e.event_date.isoformat(), e.time_precision) for e in events] == [
        ("Douentza", "2022-04-16", 2), ("Djenne", "2022-04-18", 1)]
