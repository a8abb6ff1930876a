"""Place names as ACLED writes them, beyond Burkina Faso and Nigeria:
admin1 names (and Iraq's Kurdistan governorates as admin1), the town's name
as the text spells it when it matched another of its names, names with
lower-case particles, and districts named as places. Invented sentences."""
from __future__ import annotations

import pytest

from etl.extract.places import gazetteer as gz
from etl.extract.places.resolve import _location_name, resolve_location


def where(sentence: str, country: str):
    p = resolve_location(sentence, "", country)
    assert p is not None
    return p.admin1, p.location


@pytest.mark.parametrize("sentence,country,admin1,location", [
    ("Police dispersed a sit-in in Duhok on Sunday.", "Iraq", "Duhok", "Duhok"),
    ("A drone hit a car in Erbil overnight.", "Iraq", "Erbil", "Erbil"),
    ("Gunmen raided homes in Bazarak on Monday.", "Afghanistan", "Panjshir", "Bazarak"),
    ("Soldiers clashed with gunmen in Apatzingan on Friday.", "Mexico", "Michoacan", "Apatzingan"),
    ("A grenade was thrown at a shop in Hosaena.", "Ethiopia", "Central Ethiopia", "Hosaena"),
    ("Shells landed in Daraa city overnight.", "Syria", "Dar'a", "Daraa"),
])
def test_admin1_as_acled_writes_it(sentence, country, admin1, location):
    assert where(sentence, country) == (admin1, location)


def test_no_town_of_iraq_is_left_in_the_kurdistan_region():
    g = gz.load()
    names = {g.sub_name[g.pl_a1[p]] for p in range(len(g.pl_name)) if g.pl_cc[p] == "IQ" and g.pl_a1[p] >= 0}
    assert {"Erbil", "Duhok", "Sulaymaniyah"} <= names
    assert not any("kurdistan" in gz.fold(n) for n in names)
    level1 = {g.sub_name[s] for s in range(len(g.sub_name)) if g.sub_cc[s] == "IQ" and g.sub_level[s] == 1}
    assert {"Erbil", "Duhok", "Sulaymaniyah", "Ninewa", "Baghdad"} <= level1


@pytest.mark.parametrize("sentence,country,admin1,location", [
    # another of the town's names: the text's spelling
    ("Militiamen looted shops in Jowhar on Tuesday.", "Somalia", "Middle Shabelle", "Jowhar"),
    ("A curfew was imposed in Gondar after the clashes.", "Ethiopia", "Amhara", "Gondar"),
    ("Fighters abducted traders in El Geneina.", "Sudan", "West Darfur", "El Geneina"),
    # transliteration apostrophes the text leaves out go with it
    ("A bomb went off in a market in Nekemte.", "Ethiopia", "Oromia", "Nekemte"),
    # capitals say nothing of the spelling: the gazetteer's
    ("Militiamen looted shops in JOWHAR on Tuesday.", "Somalia", "Middle Shabelle", "Jawhar"),
    # a spacing variant only keeps the gazetteer's (one spelling per town)
    ("Soldiers fired on protesters in Bobo Dioulasso.", "Burkina Faso", "Hauts-Bassins", "Bobo-Dioulasso"),
])
def test_location_keeps_the_texts_spelling_of_another_name(sentence, country, admin1, location):
    assert where(sentence, country) == (admin1, location)


def test_location_name_rule():
    assert _location_name("Kalemyo", "Kale") == "Kale"
    assert _location_name("Samarra'", "Samarra") == "Samarra"
    assert _location_name("Djibo", "Djibo") == "Djibo"
    assert _location_name("Fada N'gourma", "Fada N'Gourma") == "Fada N'gourma"
    assert _location_name("Dori", "") == "Dori"
    assert _location_name("Ségou", "SEGOU") == "Ségou"


@pytest.mark.parametrize("sentence,country,admin1,location", [
    ("Gunmen ambushed an army patrol near Deir ez-Zor on Tuesday.", "Syria", "Deir-ez-Zor", "Deir ez-Zor"),
    ("A drone struck a house in Mir Ali (North Waziristan) overnight.", "Pakistan", "Khyber Pakhtunkhwa",
     "Mir Ali"),
    ("Gunmen kidnapped two teachers in Lakki Marwat on Monday.", "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat"),
    ("Fighting was reported around Buthidaung on Sunday.", "Myanmar", "Rakhine", "Buthidaung"),
])
def test_multi_word_names_are_read_whole(sentence, country, admin1, location):
    assert where(sentence, country) == (admin1, location)


def test_a_known_town_before_a_capitalised_word_stays_the_town():
    p = resolve_location("Police in Maiduguri Monday arrested three suspects.", "", "Nigeria")
    assert (p.admin1, p.location) == ("Borno", "Maiduguri")


def test_trailing_town_word_is_dropped_only_when_geonames_knows_the_bare_name():
    g = gz.load()
    assert any(g.pl_name[p] == "Buthidaung" for p in g.places("buthidaung"))
    assert any(g.pl_name[p] == "Cape Town" for p in g.places("cape town"))


@pytest.mark.parametrize("sentence", [
    "Insurgents burned a church in a village near Muidumbe (Cabo Delgado).",
    "Insurgents burned a church in Muidumbe district.",
])
def test_district_without_a_gazetteer_town_is_coded_under_its_own_name(sentence):
    p = resolve_location(sentence, "", "Mozambique")
    assert (p.admin1, p.admin2, p.location) == ("Cabo Delgado", "Muidumbe", "Muidumbe")
    assert p.geo_precision == 2
