"""Round 7 taxonomy classes (road blockades and a crowd's own violence in a demonstration),
on sentences written for these tests."""
import pytest

from etl.extract.text.taxonomy import classify


def _coded(text):
    c = classify(text)
    return (c.event_type, c.sub_event_type) if c else None


@pytest.mark.parametrize("text, expected", [
    # a crowd standing or parking in a road to press a demand: a protest
    ("Bakers blocked the ring road for the morning to demand cheaper flour.", ("Protests", "Peaceful protest")),
    ("Hundreds of bus owners blocked the northern expressway with their buses to protest a new levy.",
     ("Protests", "Peaceful protest")),
    ("Pensioners demonstrated and blocked the entrance of the treasury; police dispersed them.",
     ("Protests", "Protest with intervention")),
    # barricades, burning tyres, fighting or injuries make the blockade a riot
    ("Villagers blocked the highway with tree trunks to demand a new bridge.", ("Riots", "Violent demonstration")),
    ("Traders blocked the market road and set fire to tyres to protest the new tax.", ("Riots", "Violent demonstration")),
    ("Students blocked the campus road to protest the fees, and clashes with the police left three injured.",
     ("Riots", "Violent demonstration")),
    # armed men blocking a road to attack travellers are no demonstrators
    ("Gunmen blocked the road near the river crossing and abducted six travellers.",
     ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_road_blockades(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attempt is the crowd's act too
    ("Angry fishermen protested the ban at the harbour and tried to force their way into the port office.",
     ("Riots", "Violent demonstration")),
    ("Youths marched through the town at dawn and attempted to burn the fuel depot before the army arrived.",
     ("Riots", "Violent demonstration")),
    ("Farmers marched to the prefecture to demand their land back; clashes erupted and a gendarme was hurt.",
     ("Riots", "Violent demonstration")),
    ("Marchers armed with crude weapons protested outside the chief's palace.", ("Riots", "Violent demonstration")),
    ("Demonstrators rallied in the square, harassing the police officers on duty.", ("Riots", "Violent demonstration")),
    # a verbal altercation is no fight
    ("Teachers marched to the ministry after a verbal altercation between their union and officials.",
     ("Protests", "Peaceful protest")),
])
def test_crowd_violence_in_a_demonstration(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # unarmed rivals (party supporters, teachers, workers, associations) fighting, even to the death: mob violence
    ("Two people died in clashes between political opponents after the disputed council vote.", ("Riots", "Mob violence")),
    ("Green and Blue supporters clashed outside the polling station; one man was killed.", ("Riots", "Mob violence")),
    ("Two rival bakery associations clashed over the market stalls, leaving one dead.", ("Riots", "Mob violence")),
    ("Striking nurses and hospital workers clashed with each other in the courtyard, injuring four.",
     ("Riots", "Mob violence")),
    # rivals fighting with firearms are armed groups in a clash
    ("Two rival transport associations clashed with guns over the motor park, killing three.",
     ("Battles", "Armed clash")),
])
def test_unarmed_rivals_fighting(text, expected):
    assert _coded(text) == expected
