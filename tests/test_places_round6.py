"""Places, round 6: a capital or a dateline standing for the country is refined by a
town anywhere in it. Sentences written for these tests (no ACLED or evaluation text)."""
from __future__ import annotations

from etl.extract.places.resolve import lift_datelines, resolve_location


def test_the_capital_fallback_is_refined_by_a_later_town_in_another_region():
    p = resolve_location("Gunmen killed eight soldiers in an attack on an army post, Mali's army said.", "", "Mali",
                         later=["The post stood in the town of Tenenkou, the statement added."])
    assert p.admin1 == "Mopti" and p.location == "Tenenkou"


def test_a_dateline_city_is_refined_by_a_later_town_in_another_region():
    p = resolve_location("MAPUTO, Mozambique (AP) -- Insurgents beheaded three farmers on Saturday, officials said.",
                         "", None, later=["The killings took place in the district of Macomia, residents said."])
    assert p.admin1 == "Cabo Delgado"


def test_a_dateline_inside_the_context_is_the_last_resort():
    ctx, filed = lift_datelines("Rebels raid village NAIROBI, Kenya (Reuters) -- Rebels raided a village. "
                                "The ADF -- a rebel group -- denied it.")
    assert "NAIROBI" in filed and "NAIROBI" not in ctx and "ADF" in ctx


def test_a_sentence_placing_the_act_abroad_is_not_refined_at_home():
    p = resolve_location("A commander of the group was killed in Afghanistan last year.", "", "Pakistan",
                         later=["Police in Peshawar said the blast killed dozens."])
    assert p is None or p.location != "Peshawar"


def test_a_region_shared_by_several_countries_still_refines():
    p = resolve_location("Twelve soldiers were killed when jihadists attacked their unit in western Chad.", "", "Chad",
                         later=["The attack took place near Bol, in a region shared by Chad, Niger and Nigeria."])
    assert p.location == "Bol"
