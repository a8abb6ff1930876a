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


# ---- admin2 areas the gazetteer lacked (geo/admin2_areas.csv) -----------------
def test_a_south_sudan_county_resolves_in_its_own_state():
    # GeoNames only had Warrap's "Twic": the Jonglei county is its own area, coded to its seat
    p = resolve_location("Raiders killed three herders in Twic East county on Monday.", "", "South Sudan")
    assert p.admin1 == "Jonglei" and p.admin2 == "Twic East" and km_to(p, 7.15, 31.42) < 25
    p = resolve_location("Gunmen attacked a cattle camp in Akobo county.", "", "South Sudan")
    assert p.admin1 == "Jonglei" and km_to(p, 7.78, 33.0) < 25


def test_a_zone_is_coded_to_its_seat_not_the_region_capital():
    p = resolve_location("Fighting was reported in West Wellega zone on Tuesday.", "", "Ethiopia")
    assert p.admin1 == "Oromia" and p.admin2 == "West Wellega" and km_to(p, 9.17, 35.83) < 25
    p = resolve_location("Troops advanced in Western Tigray zone.", "", "Ethiopia")
    assert p.admin1 == "Tigray" and km_to(p, 14.29, 36.61) < 25


def test_an_eastern_congo_territory_is_coded_to_its_chef_lieu():
    p = resolve_location("Militiamen attacked a village in Walikale territory.", "", "DR Congo")
    assert p.admin1 == "Nord-Kivu" and km_to(p, -1.42, 28.05) < 25
    p = resolve_location("Clashes broke out in Fizi territory on Sunday.", "", "Democratic Republic of Congo")
    assert p.admin1 == "Sud-Kivu" and km_to(p, -4.30, 28.94) < 25


def test_a_somali_district_is_coded_to_its_own_town():
    p = resolve_location("Al-Shabaab fighters attacked a base in Afmadow district.", "", "Somalia")
    assert p.admin1 == "Lower Juba" and km_to(p, 0.51, 42.07) < 25


# ---- a place taken from a later sentence that reports the same incident ----------
def test_the_later_sentence_that_places_the_event_is_recorded():
    later = ["Officials said the attackers struck the village of Gimbi in West Wellega zone on Tuesday."]
    p = resolve_location("An armed attack in Ethiopia's Oromia region has left 20 civilians dead.", "", "Ethiopia",
                         later=later)
    assert p.admin2 == "West Wellega" and p.from_sentence == later[0]


def test_the_incident_placed_by_a_later_sentence_is_one_row_with_that_sentences_day():
    from datetime import datetime, timezone

    from etl.extract import extract_events
    from etl.records import Article
    text = ("ADDIS ABABA, May 6 — An armed attack in Ethiopia's Oromia region has left 20 civilians dead, "
            "an official said Thursday.\n\n"
            "Gunmen killed the civilians on Tuesday night in the village of Gimbi in West Wellega zone, "
            "the official said.\n\nThe region has seen repeated violence.")
    when = datetime(2021, 5, 6, tzinfo=timezone.utc)
    events = extract_events(Article(url="https://example.test/e", source="Wire", title="Attack in Oromia",
                                    text=text, published_at=when, fetched_at=when))
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert len(attacks) == 1 and attacks[0].admin2 == "West Wellega"
    assert attacks[0].event_date.isoformat() == "2021-05-04"


# ---- names of people and units read as places ------------------------------------
def test_a_title_or_a_unit_noun_is_no_part_of_a_place_name():
    p = resolve_location("Riots broke out over a drawing of the Prophet Ibrahim in a weekly.", "", "Niger")
    assert "Prophet" not in p.location
    p = resolve_location("Rebels attacked the Kolabi Gendarmerie Brigade on Monday.", "", "Cameroon")
    assert "Brigade" not in p.location and "Gendarmerie" not in p.location
    p = resolve_location("Militants attacked a Nigerian Armed Forces base in Damboa (Borno).", "", "Nigeria")
    assert p.location == "Damboa"
