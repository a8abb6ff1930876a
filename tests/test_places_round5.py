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
