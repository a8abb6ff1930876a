"""Places, round 5: a district whose seat the gazetteer lacks, fuzzy matches under an
actor prior spanning many countries. Sentences written for these tests (no ACLED or
evaluation text)."""
from __future__ import annotations

from etl.extract.actors.prior import country_prior
from etl.extract.places.resolve import resolve_location


def test_a_district_without_gazetteer_towns_is_placed_at_its_seat_not_the_provincial_capital():
    p = resolve_location("Insurgents burned houses in a village of Muidumbe district, Cabo Delgado province.",
                         "", "Mozambique")
    assert p.admin2 == "Muidumbe"
    # Pemba, the provincial capital, is about 130 km away
    assert abs(p.latitude - (-11.80)) < 0.2 and abs(p.longitude - 39.75) < 0.2


def test_a_continent_wide_actor_prior_does_not_let_a_misspelt_namesake_abroad_win():
    s = "On Sunday, IS posted pictures of the raid on Mandela, showing fighters in the streets."
    prior = country_prior(s)
    assert len(prior) > 5
    p = resolve_location(s, "", None, country_prior=prior)
    assert p is None or p.country != "Chad"


# ---- reference towns, types before names, statement places, named villages ----------

def test_a_town_measured_from_is_near_the_place_not_it():
    p = resolve_location("Militants seized Kawango, a market town 20 km (12 miles) north of Maiduguri.", "", "Nigeria")
    assert p.location == "Maiduguri" and p.geo_precision == 2


def test_a_far_reference_town_yields_to_the_area_the_text_gives():
    p = resolve_location("Gunmen raided a school in Bakori Local Government Area of Katsina State. "
                         "Bakori is about 140km from the state capital, Katsina.", "", "Nigeria")
    assert p.admin2 == "Bakori"


def test_a_type_word_before_the_name_reads_the_area():
    p = resolve_location("Bandits abducted traders in the home state of Zamfara on Monday.", "", "Nigeria")
    assert p.admin1 == "Zamfara" and p.geo_precision == 3


def test_an_lga_of_a_state_takes_the_state_as_its_qualifier():
    p = resolve_location("Herders attacked farmers in Tsafe Local Government Area of Zamfara State.", "", "Nigeria")
    assert (p.admin1, p.admin2) == ("Zamfara", "Tsafe")


def test_where_an_outlet_heard_the_statement_is_not_the_event_place():
    p = resolve_location("A farmer who confirmed the raid on Monday to DAILY NEWS in Yola said five were killed.",
                         "", "Nigeria")
    assert p is None or p.location != "Yola"


def test_named_villages_keep_their_name_when_the_areas_are_chained_with_of():
    p = resolve_location("Insurgents burned the villages of Kandolo and Mipembe in the Muidumbe district of "
                         "Cabo Delgado province.", "", "Mozambique")
    assert p.admin2 == "Muidumbe" and p.location == "Kandolo"


def test_a_later_town_outside_the_lga_does_not_refine_it():
    p = resolve_location("Bandits stormed the school at night.", "Gunmen invaded a school in Tsafe Local "
                         "Government Area of Zamfara State.", "Nigeria",
                         later=["Many people in Gusau were worried about their children."])
    assert p.admin2 == "Tsafe"


def test_one_great_circle_formula_keeps_each_callers_nan_policy():
    import math
    from etl.evaluation.acled import km_between
    from etl.extract.places.index import great_circle_km, km
    from etl.extract.places.resolve import haversine_km
    d = great_circle_km(12.37, -1.53, 13.09, -1.08)      # two towns ~93 km apart
    assert 85 < d < 100 and d == km(12.37, -1.53, 13.09, -1.08) == haversine_km(12.37, -1.53, 13.09, -1.08) \
        == km_between(12.37, -1.53, 13.09, -1.08)
    assert km(math.nan, 0.0, 1.0, 1.0) == math.inf        # an unknown point is never near
    assert math.isnan(km_between(math.nan, 0.0, 1.0, 1.0)) and not haversine_km(math.nan, 0.0, 1.0, 1.0) < 1e9
