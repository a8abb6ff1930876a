"""Admin2 seats, type-worded towns, coders' asides and country inference:
sentences written for these tests (no ACLED text)."""
from __future__ import annotations

from etl.extract.places.resolve import Place, haversine_km, resolve_location


def km_to(place: Place, lat: float, lon: float) -> float:
    assert place.latitude is not None and place.longitude is not None
    return haversine_km(place.latitude, place.longitude, lat, lon)


def test_province_is_coded_to_its_capital_not_the_centre_of_its_towns():
    p = resolve_location("Armed men burned a granary in a hamlet of Yagha Province on Tuesday.", "", "Burkina Faso")
    assert (p.admin1, p.admin2) == ("Sahel", "Yagha")
    assert km_to(p, 13.44, 0.53) < 10  # Sebba, the provincial capital


def test_missing_village_takes_its_provinces_capital():
    p = resolve_location("Herders clashed with farmers in Qqwertoula (Gnagna) over a field.", "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("Est", "Gnagna", "Qqwertoula", 2)
    assert km_to(p, 12.98, -0.15) < 10  # Bogande


def test_seat_missing_from_geonames_is_added_as_a_town_of_its_district():
    p = resolve_location("Insurgents overran the port town of Palma, Mozambican officials said.", "", "Mozambique")
    assert (p.country, p.admin1, p.admin2, p.location) == ("Mozambique", "Cabo Delgado", "Palma", "Palma")
    assert km_to(p, -10.77, 40.48) < 15


def test_seat_town_is_found_from_a_foreign_hint_when_the_text_names_its_country():
    p = resolve_location("Rebels in Mozambique occupied the port city of Palma last year.", "Bamako (Mali)", "Mali")
    assert p.country == "Mozambique" and p.location == "Palma"
    assert km_to(p, -10.77, 40.48) < 30


def test_town_with_a_type_word_below_the_gazetteer_levels_is_the_town():
    p = resolve_location("Vigilants in the Sapouy district detained two alleged cattle thieves.", "", "Burkina Faso")
    assert (p.admin2, p.location) == ("Ziro", "Sapouy")
    assert km_to(p, 11.55, -1.77) < 10


def test_coders_aside_in_parentheses_is_no_village_name():
    p = resolve_location("Gunmen raided the hamlet of Qqzorba (coded as Djibo at geoprecision 2) at dawn.",
                         "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("Sahel", "Soum", "Qqzorba", 2)
    assert km_to(p, 14.10, -1.63) < 10
    p = resolve_location("Bandits robbed traders in Qqzorba (Coded as Djibo, approximate) overnight.",
                         "", "Burkina Faso")
    assert p.admin2 == "Soum" and km_to(p, 14.10, -1.63) < 10


def test_without_hint_the_named_places_agree_on_a_country():
    p = resolve_location("Militants set up a checkpoint on the road from Kaya to Kongoussi, robbing travellers.",
                         "", None)
    assert p.country == "Burkina Faso" and p.admin1 == "Centre-Nord"


def test_without_hint_a_single_common_name_decides_nothing_by_itself():
    from etl.extract.places import gazetteer as gz
    from etl.extract.places.text import attach, scan, tokenize, countries_of_places
    g = gz.load()
    tokens = tokenize("Youths protested in Kaya after the arrest of a trader.")
    mentions = scan(tokens, g)
    attach(tokens, mentions)
    assert countries_of_places(mentions, g) == {}   # one town name: no vote on its own
    tokens = tokenize("Youths protested in Kaya and marched to Kongoussi after the arrest of a trader.")
    mentions = scan(tokens, g)
    attach(tokens, mentions)
    assert set(countries_of_places(mentions, g)) == {"BF"}


# ---- seats of other countries' admin2 areas (etl/extract/geo/admin2_seats.csv) ----

def test_niger_department_is_coded_to_its_seat():
    p = resolve_location("Gunmen killed four herders in a village of the Tillaberi department on Sunday.", "", "Niger")
    assert (p.country, p.admin1, p.admin2, p.geo_precision) == ("Niger", "Tillaberi", "Tillaberi", 2)
    assert km_to(p, 14.21, 1.45) < 10


def test_department_seat_named_unlike_the_department():
    p = resolve_location("Militants stormed a hamlet in Ayerou department before dawn.", "", "Niger")
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("Tillaberi", "Ayerou", "Ayorou", 2)
    assert km_to(p, 14.73, 0.92) < 10
    p = resolve_location("Bandits looted cattle in the Boboye department.", "", "Niger")
    assert (p.admin1, p.admin2) == ("Dosso", "Boboye")
    assert km_to(p, 13.07, 2.90) < 15  # Birni N'Gaoure


def test_mali_circle_is_coded_to_its_seat():
    p = resolve_location("Soldiers repelled an attack on a village in the Mopti circle.", "", "Mali")
    assert (p.admin1, p.admin2, p.geo_precision) == ("Mopti", "Mopti", 2)
    assert km_to(p, 14.49, -4.18) < 15
    p = resolve_location("A convoy hit a mine in the cercle de Macina, officials said.", "", "Mali")
    assert (p.admin1, p.admin2) == ("Segou", "Macina")
    assert km_to(p, 13.96, -5.36) < 10  # Ke-Macina


def test_mozambique_district_is_coded_to_its_seat():
    p = resolve_location("Insurgents beheaded two farmers in Mocimboa da Praia district.", "", "Mozambique")
    assert (p.admin1, p.admin2, p.geo_precision) == ("Cabo Delgado", "Mocimboa da Praia", 2)
    assert km_to(p, -11.35, 40.35) < 10


def test_area_misspelled_by_geonames_is_found_and_named_as_analysts_write_it():
    p = resolve_location("Separatists burned a school in Qqbali, Menchum division.", "", "Cameroon")
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("North-West", "Menchum", "Qqbali", 2)
    assert km_to(p, 6.38, 10.07) < 10  # Wum
    p = resolve_location("Gunmen kidnapped a trader in a village of Toungo LGA.", "", "Nigeria")
    assert (p.admin1, p.admin2) == ("Adamawa", "Toungo")


def test_seat_added_from_its_coordinates_in_chad():
    p = resolve_location("Fighters raided a fishing island in the Kaya department of Lac.", "", "Chad")
    assert (p.admin1, p.admin2, p.location) == ("Lac", "Kaya", "Baga Sola")
    assert km_to(p, 13.53, 14.32) < 5


def test_english_names_of_french_regions():
    for text, admin1 in [("Armed men attacked a village in the Eastern region.", "Est"),
                         ("Armed men attacked a village in the East region.", "Est"),
                         ("Armed men attacked a village in the North Central region.", "Centre-Nord"),
                         ("Armed men attacked a village in the Centre-North region.", "Centre-Nord"),
                         ("Armed men attacked a village in the Central East region.", "Centre-Est"),
                         ("Armed men attacked a village in the South West region.", "Sud-Ouest"),
                         ("Armed men attacked a village in the Upper Basins region.", "Hauts-Bassins")]:
        p = resolve_location(text, "", "Burkina Faso")
        assert p.admin1 == admin1, text
    p = resolve_location("Armed men attacked a village in the Timbuktu region.", "", "Mali")
    assert p.admin1 == "Tombouctou"


def test_seat_rows_resolve_in_the_installed_gazetteer():
    from etl.extract.places import gazetteer as gz
    from etl.extract.places.admin2 import admin2_areas_of_row, admin2_seat_rows, admin2_seat_town
    g = gz.load()
    rows = list(admin2_seat_rows())
    assert {r["iso2"] for r in rows} >= {"BF", "ML", "NE", "MZ", "CM", "TD", "NG"}
    unfound = [r["admin2"] for r in rows if not admin2_areas_of_row(g, r)]
    assert unfound == []  # a typo in an area name silently drops its row
    seated = sum(admin2_seat_town(g, r, admin2_areas_of_row(g, r)[0]) is not None for r in rows)
    assert seated / len(rows) > 0.85


# ---- departments (geo/admin3_areas.csv), invented sentences ---------------------------------
def test_department_missing_as_a_town_is_placed_in_its_province_at_the_seat():
    p = resolve_location("Unknown gunmen burned a school in Tongomayel overnight.", "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.admin3, p.location, p.geo_precision) == ("Sahel", "Soum", "Tongomayel", "Tongomayel", 2)
    assert km_to(p, 14.10, -1.63) < 10  # Djibo, the province seat


def test_department_in_parentheses_places_a_missing_village():
    p = resolve_location("Militants abducted a herder in Qqwendou (Mansila) on Friday.", "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.location, p.geo_precision) == ("Sahel", "Yagha", "Qqwendou", 2)


def test_department_with_its_province_in_parentheses():
    p = resolve_location("Soldiers repelled an attack in Solhan (Yagha) at dawn.", "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.admin3) == ("Sahel", "Yagha", "Solhan")


def test_department_seat_known_to_the_gazetteer_stays_a_town():
    p = resolve_location("Troops were ambushed in Arbinda department on Monday.", "", "Burkina Faso")
    assert (p.admin1, p.admin2, p.geo_precision) == ("Sahel", "Soum", 1)
    assert km_to(p, 14.23, -0.87) < 10


def test_another_spelling_of_a_department_is_read():
    p = resolve_location("A teacher was abducted near Matiakoali, officials said.", "", "Burkina Faso")
    assert (p.admin1, p.admin2) == ("Est", "Gourma")


def test_village_the_gazetteer_has_keeps_precision_one_beside_a_department():
    # Djibo is a town; the department named after the comma does not displace it
    p = resolve_location("Gunmen attacked the market in Djibo, days after raids around Tongomayel.", "",
                         "Burkina Faso")
    assert (p.location, p.geo_precision) == ("Djibo", 1)


def test_department_name_used_as_a_persons_name_places_nothing_there():
    p = resolve_location("Rambo, a local trader, was abducted by unidentified men.", "", "Burkina Faso")
    assert p.admin2 != "Yatenga"


def test_department_names_do_not_leak_into_other_countries():
    p = resolve_location("Gunmen attacked worshippers in Bama, Borno State.", "", "Nigeria")
    assert (p.country, p.admin1) == ("Nigeria", "Borno")


def test_a_real_area_outranks_a_department_of_the_same_name_without_hint():
    p = resolve_location("Troops clashed with insurgents in Qqfirgo in Bama LGA, Borno.", "", None)
    assert (p.country, p.admin1) == ("Nigeria", "Borno")
