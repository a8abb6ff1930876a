"""Round 5 taxonomy classes, on sentences written for these tests: labels that open a
note, and an off-duty victim among armed ones."""
import pytest

from etl.extract.text.cues import target_kind
from etl.extract.text.taxonomy import classify


@pytest.mark.parametrize("text, sub_event_type", [
    ("Property destruction: gunmen on motorbikes fired shots at a clinic and burned its pharmacy.",
     "Looting/property destruction"),
    ("Looting: armed men opened fire in a hamlet and drove away forty goats.", "Looting/property destruction"),
    ("Non-violent activity: an armed group announced a new leader after its founder was reported dead.", "Other"),
    ("Arrests: the army detained twenty suspects in border operations.", "Arrests"),
    ("Security Measures: the authorities closed every school in the district after threats.",
     "Change to group/activity"),
    ("Agreement: the two herding communities signed a pact ending the dispute.", "Agreement"),
])
def test_a_note_label_names_the_strategic_development(text, sub_event_type):
    coded = classify(text)
    assert (coded.event_type, coded.sub_event_type) == ("Strategic developments", sub_event_type)


def test_a_label_only_counts_at_the_start():
    coded = classify("Gunmen attacked a market and killed three traders. Looting: none reported.")
    assert coded.event_type == "Violence against civilians"


@pytest.mark.parametrize("text, kind", [
    ("insurgents killed eleven people including six militiamen, a retired soldier and a shopkeeper.", "security"),
    ("insurgents shot dead a retired soldier at his farm.", "civilian"),
    ("gunmen killed an off-duty policeman at a bar.", "civilian"),
])
def test_an_off_duty_victim_beside_armed_ones(text, kind):
    assert target_kind(text) == kind
