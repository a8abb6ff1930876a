"""Place resolution beyond the first-tuned countries (DR Congo, Mozambique, Somalia,
Ethiopia, Sudan...) and the errors that put an event in the wrong country: sentences
written for these tests (no ACLED or evaluation text)."""
from __future__ import annotations

from etl.extract.places.resolve import Place, haversine_km, resolve_location, split_dateline


def km_to(place: Place, lat: float, lon: float) -> float:
    assert place.latitude is not None and place.longitude is not None
    return haversine_km(place.latitude, place.longitude, lat, lon)


# ---- datelines --------------------------------------------------------------
def test_datelines_are_split_from_the_sentence():
    assert split_dateline("NAIROBI (Reuters) — Gunmen killed four herders.") == (
        "NAIROBI (Reuters) —", "Gunmen killed four herders.")
    assert split_dateline("DAKAR, Feb. 3 — Soldiers were killed.")[0] == "DAKAR, Feb. 3 —"
    assert split_dateline("May 2, 2019 (JUBA) – Raiders took cattle.")[0] == "May 2, 2019 (JUBA) –"
    assert split_dateline("Bunia, DR Congo | AFP | Militiamen attacked a camp.")[0] == "Bunia, DR Congo | AFP |"
    # a subject followed by a dash is no dateline
    assert split_dateline("Kenya Police Service — officers arrested two.")[0] == ""
    assert split_dateline("Gunmen killed 5 people - police said")[0] == ""


def test_a_foreign_filing_city_does_not_place_the_event():
    p = resolve_location("NAIROBI (AP) — An attack in Somalia's Gedo region killed six soldiers on Monday.")
    assert p.country == "Somalia" and p.admin1 == "Gedo"


def test_the_dateline_city_loses_to_the_region_the_sentence_names():
    p = resolve_location("MEKELE, May 3 — Fighting in the Afar region killed 12, officials said.", "", "Ethiopia")
    assert p.admin1 == "Afar"


def test_dateline_is_still_the_last_resort():
    p = resolve_location("MAIDUGURI, Nigeria — Suicide bombers killed 12 worshippers on Friday.")
    assert p.country == "Nigeria" and p.location == "Maiduguri"


# ---- names that are no place of the event ------------------------------------
def test_demonym_is_never_a_town_abroad():
    # GeoNames has Chinese villages named like the adjective
    p = resolve_location("Insurgents were killed in the Chadian army's counterattack.", "Lake Chad attack")
    assert p is None or p.country != "China"


def test_person_named_like_a_foreign_town_is_not_the_place():
    p = resolve_location("The Congolese army spokesman, Orlando Zzqmbe, said seven rebels were killed.",
                         "Clashes in North Kivu province of Congo")
    assert p.country == "Democratic Republic of Congo"


def test_arabic_article_compound_is_no_route_to_a_town():
    p = resolve_location("Elders urged the clans to fight al-Shabaab instead of each other.",
                         "Clan clashes in Somalia")
    assert p is None or p.country == "Somalia"


def test_neighbour_named_at_the_border_is_not_the_event_country():
    p = resolve_location("Militants stormed a base in Zzqkaro village near the Niger border.",
                         "Soldiers killed in northeastern Nigeria")
    assert p.country == "Nigeria"


def test_congo_alone_is_the_democratic_republic():
    p = resolve_location("Militiamen attacked a village in Ituri province of Congo.")
    assert p.country == "Democratic Republic of Congo" and p.admin1 == "Ituri"


# ---- villages placed by the area the text puts them in -----------------------
def test_village_in_a_territory_takes_the_territory_point():
    p = resolve_location("ADF rebels killed nine people in the village of Zzqsando in Beni territory.")
    assert (p.country, p.admin1, p.admin2, p.location, p.geo_precision) == (
        "Democratic Republic of Congo", "Nord-Kivu", "Beni", "Zzqsando", 2)


def test_village_comma_in_territory_keeps_its_name():
    p = resolve_location("Mayi-Mayi fighters attacked Zzqgina, in Lubero territory, North Kivu province.")
    assert (p.admin1, p.admin2, p.location) == ("Nord-Kivu", "Lubero", "Zzqgina")


def test_camp_in_state_and_lga_area_chain():
    p = resolve_location("Jihadists overran the Zzqgari camp in Borno State's Damboa area on Sunday.")
    assert (p.country, p.admin1, p.admin2, p.location, p.geo_precision) == (
        "Nigeria", "Borno", "Damboa", "Zzqgari", 2)
    assert km_to(p, 11.155, 12.756) < 15  # Damboa town


def test_town_after_in_does_not_hide_the_town_itself():
    # "X in Abuja": an institution's name, not a village of Abuja
    p = resolve_location("Pensioners protested at the Zzq Assembly in Abuja.", "", "Nigeria")
    assert p.location == "Abuja"


# ---- the place a later sentence gives ---------------------------------------
def test_later_sentence_refines_a_region_to_the_village_inside_it():
    p = resolve_location("At least nine militiamen were killed in the troubled North Kivu province.", "", "DR Congo",
                         later=["The army said the situation was calm.",
                                "The fighting took place in the village of Zzqpese in Lubero."])
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("Nord-Kivu", "Lubero", "Zzqpese", 2)


def test_later_sentence_in_another_region_does_not_refine():
    p = resolve_location("Fighting was reported in the troubled North Kivu province.", "", "DR Congo",
                         later=["Separately, gunmen attacked a village near Bunia in Ituri province."])
    assert p.admin1 == "Nord-Kivu" and p.geo_precision == 3


def test_later_sentence_does_not_move_a_town_the_sentence_names():
    p = resolve_location("Gunmen attacked Butembo on Monday.", "", "DR Congo",
                         later=["The army later deployed to Beni."])
    assert p.location == "Butembo"


def test_where_a_statement_was_made_is_not_the_event_place():
    p = resolve_location("He told reporters in Maputo that insurgents had occupied the barracks.",
                         "Insurgents occupy Mocimboa da Praia", "Mozambique")
    assert p.admin1 == "Cabo Delgado"
