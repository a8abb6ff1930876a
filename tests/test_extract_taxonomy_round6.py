"""Round 6 taxonomy classes (news event-type near misses), on sentences written for these tests."""
import pytest

from etl.extract.text.targets import target_kind
from etl.extract.text.news_cues import strip_background
from etl.extract.text.taxonomy import classify


def _coded(text):
    c = classify(text)
    return (c.event_type, c.sub_event_type) if c else None


@pytest.mark.parametrize("text, expected", [
    # force on a crowd named a few words after the verb
    ("Three people died after gendarmes opened fire on a crowd of market women and other marchers demanding water.",
     ("Protests", "Excessive force against protesters")),
    # a confrontation with the police, no armed group named
    ("Officials regretted the loss of two lives following the unrest and confrontation with the police in the old town.",
     ("Riots", "Violent demonstration")),
    ("The clashes by angry bus drivers against the police lasted until nightfall.", ("Riots", "Violent demonstration")),
    # ... but gunmen confronting the police fight a battle
    ("Gunmen killed two officers in a confrontation with the police at the toll gate.", ("Battles", "Armed clash")),
])
def test_crowds_against_the_police(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police detained the two main opposition leaders at dawn in a bid to prevent a rally planned for the afternoon.",
     ("Strategic developments", "Arrests")),
    ("The union's secretary was arrested on Friday while riot police patrolled the main squares.",
     ("Strategic developments", "Arrests")),
    # arrests at a demonstration that took place stay a protest met with force
    ("Police arrested forty demonstrators who had gathered outside the ministry.",
     ("Protests", "Protest with intervention")),
])
def test_arrests_that_prevent_a_protest(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("about 40 farmers have been killed during bandit attacks across the district.", "civilian"),
    ("twelve traders, including a girl, were killed in kuma, in an assault attributed to the rebels.", "civilian"),
    ("the herders and their families were returning from the market, when they were ambushed by gunmen.", "civilian"),
    # a raid whose target follows its place is still read
    ("customs agents conducted raids in the port area and were confronted by armed militias.", "security"),
])
def test_targets_behind_scenes_and_pronouns(text, kind):
    assert target_kind(text) == kind


def test_a_crowds_strike_is_no_remote_weapon():
    assert _coded("Villagers launched a revenge strike that killed nine herders.")[0] != "Explosions/Remote violence"
    assert _coded("A retaliatory strike by jets killed nine fighters.")[0] == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "the militia carries out frequent raids and bombings across the valley.",
    "the rebels, who have been fighting the government for ten years, hold the hills.",
    "the district has been plagued by fighting between two armed groups in recent years.",
])
def test_long_wars_and_habits_are_background(text):
    assert classify(strip_background(text)) is None


def test_an_explosion_that_rocked_a_checkpoint_before_gunfire_is_a_battle():
    assert _coded("The assault began when a huge explosion rocked the army checkpoint, followed by heavy gunfire.") \
        == ("Battles", "Armed clash")


def test_burnt_trucks_are_property_destroyed():
    assert _coded("Rioters began by burning dozens of trucks on the highway on Saturday.")[0] == "Riots"
    assert _coded("Gunmen burnt three trucks at the depot overnight.") == (
        "Strategic developments", "Looting/property destruction")
