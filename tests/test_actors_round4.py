"""Actors, round 4: clan militias named by their clans, in ACLED's spelling, and lent
from elsewhere in the article. Sentences written for these tests (no ACLED or
evaluation text)."""
from __future__ import annotations

from datetime import date

from etl.extract.actors.assign import assign_actors

D = date(2021, 3, 2)


def _pair(text, article="", etype="Battles", sub="Armed clash", country="Somalia"):
    r = assign_actors(text, etype, sub, country, D, article)
    return r.actor1, r.actor2


def test_fighters_from_two_clans_are_their_clan_militias():
    a1, a2 = _pair("Fighters from the Marehaan and Ogadeen clans clashed over a well near Doolow.")
    assert (a1, a2) == ("Marehan Clan Militia (Somalia)", "Ogaden Clan Militia (Somalia)")


def test_gunmen_of_one_clan_and_two_word_clan_names():
    a1, _ = _pair("Gunmen belonging to the Habar Gedir clan stormed a farm outside Beledweyne.")
    assert a1 == "Habar Gidir Clan Militia (Somalia)"
    a1, a2 = _pair("Abgal and Murursade clan militias fought for hours in the outskirts of Balcad.")
    assert (a1, a2) == ("Abgaal Clan Militia (Somalia)", "Murusade Clan Militia (Somalia)")


def test_a_clan_the_table_lacks_keeps_the_texts_spelling():
    a1, _ = _pair("Militiamen from the Wagardhac clan attacked a rival settlement.")
    assert a1 == "Wagardhac Clan Militia (Somalia)"


def test_a_clan_member_as_victim_is_no_militia():
    a1, a2 = _pair("Gunmen shot dead a member of the Hawiye clan in the market.",
                   etype="Violence against civilians", sub="Attack")
    assert "Clan Militia" not in a1 + a2


def test_generic_clan_militias_take_the_clans_the_article_names():
    article = ("Ten killed as rival clans clash\nTen people died in clashes between militias from rival "
               "clans near Afmadow. The feud between fighters from the Majerten and Marehan clans is "
               "over grazing land.")
    a1, a2 = _pair("Ten people died in clashes between militias from rival clans near Afmadow.", article)
    assert (a1, a2) == ("Majerteen Clan Militia (Somalia)", "Marehan Clan Militia (Somalia)")
