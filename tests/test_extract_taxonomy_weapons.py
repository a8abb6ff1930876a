"""Weapons named without their use (issue 11, ACLED notes targets): a suicide bomber
stopped before the blast, a grenade carried or seized, an old device that went off.
Sentences written for these tests."""
import pytest

from etl.extract.text.taxonomy import classify


def _types(text: str) -> tuple[str, str] | None:
    c = classify(text)
    return c and (c.event_type, c.sub_event_type)


@pytest.mark.parametrize("text, expected", [
    # a bomber killed before the blast is a fighter killed: a battle, not a bombing
    ("Two suicide bombers tried to enter the garrison town but were shot dead by soldiers before the vests went off.",
     ("Battles", "Armed clash")),
    ("Troops repelled the raid on their base and killed six insurgents, among them a suicide bomber.",
     ("Battles", "Armed clash")),
    # a bomber arrested before the attack: the explosion was prevented
    ("Police arrested a young woman wearing a suicide vest before she could reach the crowded market.",
     ("Strategic developments", "Disrupted weapons use")),
    # the bomber's own act stays a suicide bombing
    ("A suicide bomber blew herself up at the bus terminal, killing eleven travellers.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Nine worshippers were killed in two blasts set off by suicide bombers at the mosque, before troops arrived.",
     ("Explosions/Remote violence", "Suicide bomb")),
])
def test_suicide_bomber_stopped_or_not(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a grenade carried or seized in a fight is no grenade attack
    ("Gendarmes shot dead a gunman armed with a grenade near the border post.", ("Battles", "Armed clash")),
    ("Soldiers killed two militants and seized a pistol, two grenades and a motorbike in the forest.",
     ("Battles", "Armed clash")),
    # an old grenade found that went off is an explosive remnant
    ("A herder was wounded while handling an old grenade found in his field.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # a thrown grenade stays a grenade
    ("Unknown men threw a grenade into a bar, wounding four customers.", ("Explosions/Remote violence", "Grenade")),
])
def test_grenade_held_or_thrown(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the attackers withdrawing after a fight is no territory taken from the forces
    ("Insurgents attacked the army post and fought with soldiers for an hour before the insurgents withdrew.",
     ("Battles", "Armed clash")),
    # forcing the enemy out of a place takes it by force
    ("Soldiers cleared the market town and forced the rebels to withdraw.",
     ("Battles", "Government regains territory")),
    # a fight named as "the battle" in which people died is a battle
    ("Three villagers were killed in the battle between two armed cult groups in the town.",
     ("Battles", "Armed clash")),
])
def test_territory_and_battle_wordings(text, expected):
    assert _types(text) == expected
