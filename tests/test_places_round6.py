"""Places, round 6: a capital or a dateline standing for the country is refined by a
town anywhere in it. Sentences written for these tests (no ACLED or evaluation text)."""
from __future__ import annotations

from etl.extract.places import gazetteer as gz
from etl.extract.places.resolve import lift_datelines, resolve_location
from etl.extract.places.text import scan, tokenize


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


# ---- words read as places: quantities, outlets, titles, peoples, solid articles, country lists --

def test_a_quantity_noun_opening_a_sentence_is_no_village():
    p = resolve_location("Dozens were killed when fighters stormed a village in Sennar state.",
                         "Fighters storm village", "Sudan")
    assert p.location != "Dozens" and p.admin1 == "Sennar"
    q = resolve_location("A village in central Sudan was attacked.",
                         "Fighters raid village Hundreds have fled a village in Sennar state.", "Sudan")
    assert q.location != "Hundreds"


def test_the_outlet_told_in_a_town_is_no_place():
    s = "A community leader, who confirmed this to Sunday Tribune in Jos, said gunmen killed three farmers."
    assert "Tribune" not in " ".join(m.text for m in scan(tokenize(s), gz.load()))
    p = resolve_location(s, "", None)
    assert p is None or p.country != "United States"


def test_a_name_after_a_persons_title_is_the_person():
    p = resolve_location("Protesters blocked roads across Amhara after Prime Minister Abiy Ahmed spoke.",
                         "", "Ethiopia")
    assert p.admin1 == "Amhara" and p.location != "Abiy"


def test_a_peoples_name_after_a_cue_of_place_is_its_region():
    p = resolve_location("Heavy fighting was reported in Tigray on Monday.", "", "Ethiopia")
    assert p.admin1 == "Tigray"
    q = resolve_location("Amhara militiamen killed four farmers in Metekel zone.", "", "Ethiopia")
    assert q.admin1 != "Amhara"


def test_an_arabic_article_written_solid_finds_the_town():
    p = resolve_location("Bandits killed a herder near Elwak, Mandera County, on Friday.", "", "Kenya")
    assert p.admin1 == "Mandera" and abs(p.latitude - 2.81) < 0.1


def test_a_list_of_countries_gives_no_country_a_qualifier():
    p = resolve_location("The raid hit a fishing island in the lake region shared by Chad, Niger and Nigeria.",
                         "", "Chad")
    assert p is None or p.country == "Chad"


# ---- neighbours written "X Republic", towns of countries the text never names, roles ----------

def test_the_niger_republic_border_is_the_neighbour_not_nigerias_niger_state():
    p = resolve_location("The raid, near the Niger Republic border, began at dusk, a resident said.",
                         "Insurgents attacked a base in Damasak, in Mobbar district of Borno State.", "Nigeria")
    assert p.admin1 == "Borno"


def test_a_village_named_like_a_town_of_an_unnamed_country_stays_in_the_named_one():
    p = resolve_location("The fighters were resting in Mandela village when the troops struck.",
                         "Rwandan troops helping Mozambique's army killed 12 fighters in Muidumbe, Cabo Delgado.",
                         None)
    assert p.country == "Mozambique"


def test_a_name_after_a_lowercase_role_is_the_person():
    s = "The first assault was repelled, said resident Buji Garwa."
    assert "Buji" not in " ".join(m.text for m in scan(tokenize(s), gz.load()))


def test_the_ends_of_a_route_are_references_not_the_place():
    p = resolve_location("Fresh fighting broke out on Monday in eastern Congo, local sources said.", "",
                         "Democratic Republic of Congo",
                         later=["The rebels left a hill close to the road linking the city of Goma to the border.",
                                "The fighting took place in Masisi territory in North Kivu."])
    assert p.admin2 == "Masisi"
    q = resolve_location("Bandits ambushed a convoy on the highway linking Kaduna to Abuja.", "", "Nigeria")
    assert q.location == "Kaduna" and q.geo_precision == 2


def test_a_foreign_forces_demonym_does_not_move_the_event_abroad():
    p = resolve_location("Rwandan troops recovered a boat the insurgents had stolen from fishermen.",
                         "Rwandan forces kill insurgents in Mozambique's Cabo Delgado province.", None)
    assert p.country == "Mozambique"


def test_a_date_and_agency_dateline_inside_the_context_is_lifted():
    ctx, filed = lift_datelines("Jonglei: three killed in Akobo raid May 2, 14 (BOR) – Three people were killed.")
    assert "BOR" in filed and "BOR" not in ctx and "Akobo" in ctx


def test_an_unknown_name_after_the_president_of_is_a_body_not_a_village():
    p = resolve_location("The national president of Kwoll Youth Association said gunmen stormed Dorowa village.",
                         "Gunmen attack villages in Bassa Local Government Area of Plateau State", "Nigeria")
    assert p.location == "Dorowa" and p.admin2 == "Bassa"
