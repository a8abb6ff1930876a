"""Places, round 3: the country an article is about, city districts, initials and
neighbours that are no place. Sentences and articles written for these tests (no
ACLED or evaluation text)."""
from __future__ import annotations

from datetime import datetime, timezone

from etl.extract import extract_events
from etl.extract.places.countries import article_country, country_counts
from etl.extract.places.resolve import resolve_location
from etl.records import Article

PUB = datetime(2023, 5, 10, tzinfo=timezone.utc)


def _article(title: str, text: str) -> Article:
    return Article(url="https://example.test/r3", source="Test Wire", title=title, text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=None, language="en")


# ---- the article's own country --------------------------------------------------
def test_the_country_an_article_names_most_is_its_country():
    text = ("Gunmen killed nine farmers in Burkina Faso on Monday. The army of Burkina Faso said it "
            "was pursuing the attackers, who may have come from Mali.")
    assert article_country(text) == "Burkina Faso"


def test_admin1_names_of_one_country_count_for_it():
    text = "Bandits raided two villages in Zamfara State. Residents fled to Gusau, the Zamfara capital."
    assert country_counts(text)["NG"] > 0
    assert article_country(text + " Police in Nigeria confirmed the attack.") == "Nigeria"


def test_two_countries_named_as_often_give_no_article_country():
    assert article_country("Talks between Sudan and Chad resumed. Sudan and Chad signed a deal.") is None
    assert article_country("Fighting was reported.") is None


def test_a_village_missing_from_the_gazetteer_is_not_a_namesake_abroad():
    # Tercan is a Turkish town; the article is about Burkina Faso and never names Turkey
    text = ("Local officials said the toll could rise.\n\nArmed men raided the northern village of Tercan "
            "on Sunday, killing eleven civilians.\n\nBurkina Faso has faced a jihadist insurgency since "
            "2015. The army of Burkina Faso has lost control of large areas.")
    events = extract_events(_article("Eleven civilians killed in village raid", text))
    assert all(e.country == "Burkina Faso" for e in events)


# ---- names that are no place ----------------------------------------------------
def test_initials_are_no_place_names():
    p = resolve_location("Two suicide bombers struck U.S. troops at the gate on Thursday.", "", "Afghanistan")
    assert p is None or p.country == "Afghanistan"


def test_a_country_named_at_a_border_is_not_the_hinted_countrys_area_so_named():
    # "Niger" is also a Nigerian state; "the Niger border" is the neighbouring country's
    p = resolve_location("Insurgents overran a base in Zzqbari hamlet near the Niger border.",
                         "Soldiers killed in Borno State", "Nigeria")
    assert p.admin1 == "Borno"


def test_a_somali_region_in_its_common_spelling():
    p = resolve_location("The Hiran governor said the militants were repelled.", "", "Somalia")
    assert p.country == "Somalia" and p.admin1 == "Hiraan"


# ---- city districts ---------------------------------------------------------------
def test_a_district_of_a_city_is_coded_city_dash_district_at_the_city_point():
    p = resolve_location("A grenade was thrown at a tea shop in Hodan district of Mogadishu.", "", "Somalia")
    assert p.location == "Mogadishu - Hodan" and p.geo_precision == 1 and p.admin1 == "Banadir"
    city = resolve_location("A grenade was thrown at a tea shop in Mogadishu.", "", "Somalia")
    assert (p.latitude, p.longitude) == (city.latitude, city.longitude)


def test_a_district_named_in_another_spelling_or_with_a_possessive():
    p = resolve_location("Gunmen shot a trader in Mogadishu's Deyniile district on Friday.", "", "Somalia")
    assert p.location == "Mogadishu - Dayniile"
    p = resolve_location("Youths burned tyres in Kinindo, a neighbourhood of Bujumbura.", "", "Burundi")
    assert p.location == "Bujumbura - Kinindo"
    p = resolve_location("A bomb went off near a mosque in Kocha Risaldar on Friday.", "", "Pakistan")
    assert p.location == "Peshawar - Kocha Risaldar" and p.admin1 == "Khyber Pakhtunkhwa"


# ---- namesakes and type words ---------------------------------------------------------
def test_a_namesake_area_in_the_state_the_lead_names_wins():
    # Nigeria has a Bassa LGA in Kogi and one in Plateau
    p = resolve_location("Three farmers were killed in Bassa Local Government Area on Tuesday.",
                         "Gunmen strike again in Plateau State", "Nigeria")
    assert p.admin1 == "Plateau" and p.location == "Bassa"


def test_local_government_area_is_read_as_type_words_not_a_place():
    p = resolve_location("Gunmen abducted two traders in Charanchi Local Government Area on Monday.", "", "Nigeria")
    assert p.admin1 == "Katsina" and p.location == "Charanchi" and p.geo_precision == 2


def test_a_short_acronym_is_no_town_under_an_alias():
    p = resolve_location("The BBC reported that gunmen killed four herders.", "Herders killed in Plateau", "Nigeria")
    assert p is None or p.country == "Nigeria"


def test_a_village_placed_in_its_lga_is_not_moved_by_a_later_area():
    p = resolve_location("Some traders were also abducted in the raid.",
                         "Bandits stormed Zzqtawa village in Gusau, Zamfara State, killing four.", "Nigeria",
                         later=["The bandits entered the Zzqtawa community through Tsafe Local Government Area."])
    assert p.location == "Zzqtawa" and p.admin2 == "Gusau"
