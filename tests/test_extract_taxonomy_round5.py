"""Round 5 taxonomy classes, on sentences written for these tests: an off-duty victim among armed ones."""
import pytest

from etl.extract.text.targets import target_kind
from etl.extract.text.taxonomy import classify


@pytest.mark.parametrize("text, kind", [
    ("insurgents killed eleven people including six militiamen, a retired soldier and a shopkeeper.", "security"),
    ("insurgents shot dead a retired soldier at his farm.", "civilian"),
    ("gunmen killed an off-duty policeman at a bar.", "civilian"),
])
def test_an_off_duty_victim_beside_armed_ones(text, kind):
    assert target_kind(text) == kind


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Nurses at the regional hospital began a three-day strike over unpaid allowances.",
     "Strategic developments", "Other"),
    ("Bus drivers went on strike in protest against new road taxes.", "Strategic developments", "Other"),
    ("Dock workers went on strike and marched to the port authority offices.", "Protests", "Peaceful protest"),
    ("Traders launched a general strike and hundreds held a protest outside the town hall.",
     "Protests", "Peaceful protest"),
])
def test_a_strike_with_no_gathering_is_no_demonstration(text, event_type, sub_event_type):
    coded = classify(text)
    assert (coded.event_type, coded.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Insurgents ambushed an army patrol on the highway, wounding six soldiers. The ambush was followed by airstrikes.",
     "Battles", "Armed clash"),
    ("Jihadists attacked the gendarmerie post, killing a gendarme; the assault triggered an aerial intervention.",
     "Battles", "Armed clash"),
    ("Gunmen attacked an army camp at dawn. Two soldiers were wounded in a rocket attack, and gunfire was heard for an hour.",
     "Battles", "Armed clash"),
    # the forces' own air power, or a bombardment told first, stays remote violence
    ("The army attacked the insurgents' convoy with artillery and air strikes, killing nine fighters.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Insurgents fired mortar rounds at an army camp; troops responded with gunfire.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
])
def test_air_power_and_rockets_inside_a_ground_assault(text, event_type, sub_event_type):
    coded = classify(text)
    assert (coded.event_type, coded.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("text, event_type", [
    ("Two minibuses conveying passengers to the market were intercepted by gunmen and set ablaze.",
     "Violence against civilians"),
    ("Gunmen stopped a lorry carrying traders and burnt it on the highway.", "Violence against civilians"),
    ("Gunmen set ablaze three empty trucks parked at the depot.", "Strategic developments"),
])
def test_a_vehicle_burnt_with_its_passengers_is_an_attack_on_them(text, event_type):
    assert classify(text).event_type == event_type


def test_a_paragraph_telling_the_means_of_an_attack_retypes_it():
    from datetime import datetime, timezone

    from etl.extract import extract_events
    from etl.records import Article

    pub = datetime(2024, 3, 12, tzinfo=timezone.utc)
    text = ("Shelling kills civilians in Mopti\n\n"
            "On 10 March 2024, at least 12 civilians were killed in an attack by the armed group on the town of Mopti.\n\n"
            "The group fired a barrage of mortar shells and rockets on the market district. Several houses collapsed.")
    article = Article(url="https://example.test/s", source="Test Wire", title="Shelling", text=text,
                      published_at=pub, fetched_at=pub, country_hint="Mali", language="en")
    events = extract_events(article)
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
    assert events[0].fatalities == 12


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("Shops in the old market were looted on Saturday night.", "Riots", "Violent demonstration"),
    ("Gunmen looted shops in the old market on Saturday night.", "Strategic developments", "Looting/property destruction"),
    ("Foreign-owned shops were attacked on Tuesday by local shopkeepers angry at their prices.", "Riots", "Mob violence"),
    ("Angry residents closed down the district office to denounce the chief's dismissal.", "Protests", "Peaceful protest"),
])
def test_crowds_looting_attacking_or_shutting_offices(text, event_type, sub_event_type):
    coded = classify(text)
    assert (coded.event_type, coded.sub_event_type) == (event_type, sub_event_type)
