"""Places, round 4: portfolios and office seats, fallbacks for villages the gazetteer
lacks, namesake areas of other countries. Sentences written for these tests (no ACLED
or evaluation text)."""
from __future__ import annotations

from etl.extract.places.resolve import resolve_location


# ---- "the Commissioner of X": a portfolio, and the seat of the office ------------
def test_a_portfolio_after_an_office_is_no_village():
    p = resolve_location("Gunmen shot dead the Director of Procurement at his home in Kismayo on Tuesday.",
                         "", "Somalia")
    assert p.location == "Kismayo"
    p = resolve_location("The Minister of Fisheries was wounded in Baidoa when a bomb exploded.", "", "Somalia")
    assert p.location == "Baidoa"


def test_the_seat_of_an_office_yields_to_the_place_of_the_act():
    p = resolve_location("Militants killed the Deputy Commissioner of Health and Sanitation in Afgooye district "
                         "at a cafe in Mogadishu's Hodan district.", "", "Somalia")
    assert p.location.startswith("Mogadishu")
    # alone, the office's seat still places the event
    p = resolve_location("Militants killed the Commissioner of Finance in Baidoa district on Monday.", "", "Somalia")
    assert p.admin1 == "Bay" and p.geo_precision == 2


def test_a_ruler_of_a_place_names_the_place_and_a_school_stands_where_it_is():
    p = resolve_location("Gunmen killed the village chief of Tondikoara (Dori, Seno) on Friday.", "", "Burkina Faso")
    assert p.location == "Tondikoara" and p.admin2 == "Seno"
    p = resolve_location("Students of the College of Education in Gusau protested on Monday.", "", "Nigeria")
    assert p.location == "Gusau"


# ---- a small town abroad known by the name only as an alternate spelling -----------
def test_a_small_town_abroad_by_an_alternate_name_is_no_place_of_a_hinted_report():
    p = resolve_location("The minister spoke in Boni, where a landmine killed 20 travellers on Thursday.",
                         "Mali soldiers killed. Countries including France sent troops.", "Mali")
    assert p.country == "Mali"
