"""Territory taken, told with a bare place name (text.taken): invented sentences."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.extract.text.candidates import is_candidate
from etl.extract.text.taken import classify_taken, taken_place
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday


def _article(text, country="Mali"):
    return Article(url="https://example.test/taken", source="Test Wire", title="Report", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def test_a_bare_town_seized_or_captured_is_a_candidate():
    assert is_candidate("The jihadists on Sunday seized Douentza after days of advances.")
    assert is_candidate("Militants captured Tessalit, a garrison town near the border, on Monday.")
    assert is_candidate("Government troops have entered the northern city of Gao, an army spokesman said.")


def test_goods_people_or_groups_taken_are_no_territory():
    assert taken_place("Soldiers seized weapons and motorbikes from the suspects.") is None
    assert taken_place("The gunmen took Amadou to an unknown place.") is None
    assert taken_place("The army captured Boko Haram fighters near the lake.") is None
    assert taken_place("Rebels took Monday's talks as a sign of weakness.") is None


def test_the_type_follows_the_taker_and_whether_it_was_fought_for():
    s = "Rebels captured Tessalit on Sunday after heavy fighting with the army."
    assert classify_taken(s, s) == ("Battles", "Non-state actor overtakes territory")
    s = "The army retook Tessalit on Sunday."
    assert classify_taken(s, s) == ("Battles", "Government regains territory")
    s = "The rebels seized Tessalit on Sunday. Government forces put up little resistance."
    assert classify_taken(s, s.split(". ")[0]) == ("Strategic developments", "Non-violent transfer of territory")
    s = "Rebels took Tessalit unopposed after the soldiers withdrew."
    assert classify_taken(s, s) == ("Strategic developments", "Non-violent transfer of territory")
    s = "Foreign troops have entered the city of Gao to support local forces."
    assert classify_taken(s, s) == ("Strategic developments", "Other")
    s = "The militants briefly seized Tessalit before withdrawing."
    assert classify_taken(s, s) is None


def test_a_town_seized_in_a_later_paragraph_is_its_own_event():
    text = ("Soldiers killed 12 militants in Djenne on Monday, the army said.\n\n"
            "The rebels over the weekend also seized Tessalit, after rapid advances in recent days.")
    events = extract_events(_article(text))
    assert ("Tessalit", "Strategic developments") in [(e.location, e.event_type) for e in events] \
        or ("Tessalit", "Battles") in [(e.location, e.event_type) for e in events]
