"""The country prior from the actors an article names (no source hint, no dateline)."""
from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest

from etl.extract import extract_events
from etl.extract.places import gazetteer as gz
from etl.extract.actors.lexicon import DATA_DIR
from etl.extract.actors.prior import actor_countries, country_prior
from etl.extract.places.resolve import resolve_location
from etl.records import Article

WHEN = datetime(2020, 3, 5, tzinfo=timezone.utc)


def _events(text: str, hint: str | None = None):
    art = Article(url="test:prior", source="wire", title="", text=text, published_at=WHEN,
                  fetched_at=WHEN, language="en", country_hint=hint)
    return extract_events(art)


def test_one_country_group_gives_its_country():
    assert country_prior("Koglweogo members beat two herders near a pond.") == {"Burkina Faso": 1.0}
    assert country_prior("Gunmen of Ansaroul Islam burned a school.") == {"Burkina Faso": 1.0}


def test_multi_country_group_gives_shares_and_generic_words_nothing():
    prior = country_prior("Suspected Boko Haram fighters stormed a market.")
    assert set(prior) == {"Nigeria", "Niger", "Chad", "Cameroon"} and max(prior.values()) < 1.0
    # two groups: the countries both operate in
    assert set(country_prior("JNIM and ISGS militants fought each other.")) == {"Mali", "Burkina Faso", "Niger"}
    # "militants" and "Islamic State" are words of many countries' groups
    assert country_prior("Militants of the Islamic State killed a guard.") == {}
    assert country_prior("Unknown gunmen killed a trader.") == {}


def test_disagreeing_single_country_actors_give_nothing():
    assert country_prior("Koglweogo and Yansakai vigilantes were blamed.") == {}
    assert actor_countries("Koglweogo and Yansakai vigilantes were blamed.") == [
        frozenset({"Burkina Faso"}), frozenset({"Nigeria"})]


def test_village_missing_from_gazetteer_gets_the_groups_country():
    ev = _events("On 2 March 2020, Koglweogo militiamen killed three herders in the village of Zzyxtenga.")
    assert [e.country for e in ev] == ["Burkina Faso"]


def test_multi_country_group_alone_places_nothing():
    # JNIM operates in five countries: a village nobody knows gives no country
    assert _events("On 2 March 2020, suspected JNIM militants killed two civilians in the village of Zzyxtenga.") == []


def test_multi_country_group_picks_the_namesake_in_its_countries():
    ev = _events("On 2 March 2020, suspected JNIM militants killed two civilians in Djibo.")
    assert [(e.country, e.location) for e in ev] == [("Burkina Faso", "Djibo")]


def test_country_named_in_text_wins_over_the_prior():
    # a Nigerian army operation across the border: Cameroon is named
    ev = _events("On 2 March 2020, Nigerian Army troops repelled Boko Haram fighters in Zzyxtenga, Cameroon, "
                 "killing five.")
    assert [e.country for e in ev] == ["Cameroon"]
    place = resolve_location("Soldiers raided a camp in Zzyxtenga, Cameroon.", "", None, {"Nigeria": 1.0})
    assert place is not None and place.country == "Cameroon"


def test_town_named_abroad_still_wins_over_one_countrys_actors():
    g = gz.load()
    towns = {g.pl_cc[p] for p in g.places("maroua")}
    if towns != {"CM"}:
        pytest.skip("gazetteer without a single Maroua")
    place = resolve_location("Troops of the Nigerian Army clashed with fighters in Maroua.", "", None, {"Nigeria": 1.0})
    assert place is not None and place.country == "Cameroon" and place.location == "Maroua"


def test_hint_and_dateline_are_not_overridden():
    text = "On 2 March 2020, Koglweogo militiamen killed three herders in the village of Zzyxtenga."
    assert [e.country for e in _events(text, hint="Niger")] == ["Niger"]
    place = resolve_location("Koglweogo militiamen killed three herders in Zzyxtenga.", "", "Mali", {"Burkina Faso": 1.0})
    assert place is not None and place.country == "Mali"


def test_active_countries_are_gazetteer_countries():
    g = gz.load()
    for name in ("named_actors.csv", "state_forces.csv"):
        with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for country in filter(None, (c.strip() for c in row["active_countries"].split(";"))):
                    assert g.country_code(country), (name, row["aliases"][:30], country)
