"""Actor coding (issue 3, "Actors"): names, inter codes, roles, associated actors.

Sentences here are written for these tests; none comes from ACLED data.
"""
from __future__ import annotations

import csv
import re
import time
from datetime import date

from etl.extract.actors.lexicon import DATA_DIR, find_mentions, lexicon, state_actor
from etl.extract.actors.assign import ActorRoles, assign_actors

YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
D2020 = date(2020, 6, 15)


def base(name: str) -> str:
    return " ".join(YEARS.sub("", name).split())


def code(text, etype, sub, country="Nigeria", day=D2020) -> ActorRoles:
    return assign_actors(text, etype, sub, country, day)


# --- state forces and regimes -------------------------------------------------

def test_regime_years_follow_the_event_date():
    assert state_actor("Military", "Nigeria", date(2020, 1, 1)) == "Military Forces of Nigeria (2015-2023)"
    assert state_actor("Military", "Nigeria", date(2024, 1, 1)) == "Military Forces of Nigeria (2023-)"
    assert state_actor("Military", "Burkina Faso", date(2023, 3, 1)) == "Military Forces of Burkina Faso (2022-)"
    assert state_actor("Police", "Mali", date(2022, 5, 1)) == "Police Forces of Mali (2021-)"


def test_country_without_regime_row_falls_back_to_plain_name():
    assert state_actor("Military", "Gabon", D2020) == "Military Forces of Gabon"
    r = code("Soldiers fired on a crowd of traders at the market.", "Violence against civilians", "Attack", "Gabon")
    assert r.actor1 == "Military Forces of Gabon" and r.inter1 == 1


def test_states_named_with_article():
    assert base(state_actor("Military", "Democratic Republic of Congo", D2020)) == \
        "Military Forces of the Democratic Republic of Congo"


def test_gendarmes_are_a_police_unit():
    r = code("Gendarmes repelled an assault by JNIM fighters on their post near Djibo.",
             "Battles", "Armed clash", "Burkina Faso")
    assert base(r.actor2) == "Police Forces of Burkina Faso Gendarmerie" or \
        base(r.actor1) == "Police Forces of Burkina Faso Gendarmerie"
    assert {base(r.actor1), base(r.actor2)} == {"JNIM: Group for Support of Islam and Muslims",
                                                "Police Forces of Burkina Faso Gendarmerie"}


def test_foreign_army_is_external_inter_8():
    r = code("Rwandan troops clashed with insurgents outside Palma, killing six of them.",
             "Battles", "Armed clash", "Mozambique", date(2021, 9, 1))
    assert base(r.actor1) == "Military Forces of Rwanda" and r.inter1 == 8
    assert r.actor2 == "Islamic State (Mozambique)" and r.inter2 == 2


def test_unit_keeps_over_bare_force_word():
    r = code("Police SARS operatives shot a trader at a checkpoint in Ikeja.",
             "Violence against civilians", "Attack")
    assert base(r.actor1) == "Police Forces of Nigeria Special Anti-Robbery Squad"


# --- named armed groups, aliases, dates and context ----------------------------

def test_boko_haram_after_the_2016_split_is_coded_with_iswap():
    early = code("Boko Haram fighters raided a village near Gwoza.", "Violence against civilians", "Attack",
                 day=date(2015, 3, 1))
    late = code("Boko Haram fighters raided a village near Gwoza.", "Violence against civilians", "Attack")
    assert early.actor1 == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert late.actor1 == "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"


def test_isgs_renamed_sahel_province_by_date():
    text = "Fighters of the Islamic State in the Greater Sahara ambushed an army patrol near Tillaberi."
    before = code(text, "Battles", "Armed clash", "Niger", date(2021, 5, 1))
    after = code(text, "Battles", "Armed clash", "Niger", date(2023, 5, 1))
    assert before.actor1 == "Islamic State (Greater Sahara)"
    assert after.actor1 == "Islamic State (Sahel)"
    assert base(after.actor2) == "Military Forces of Niger"


def test_uncertain_attribution_becomes_and_or_in_acled_order():
    r = code("Suspected ISGS or JNIM militants burned a school and a health centre in the village.",
             "Strategic developments", "Looting/property destruction", "Burkina Faso")
    assert r.actor1 == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    assert r.actor2 == "Civilians (Burkina Faso)"


def test_same_alias_means_different_groups_by_country():
    somalia = code("Al-Shabaab fighters attacked an army base near Afgoye.", "Battles", "Armed clash", "Somalia")
    mozambique = code("Al-Shabaab fighters attacked an army base near Macomia.", "Battles", "Armed clash",
                      "Mozambique", date(2021, 1, 10))
    assert somalia.actor1 == "Al Shabaab"
    assert mozambique.actor1 == "Islamic State (Mozambique)"


def test_acronyms_match_only_in_capitals():
    assert not [m for m in find_mentions("Ola and Ada walked home.") if m.kinds() & {"named"}]
    assert [m for m in find_mentions("OLA fighters were seen.") if "named" in m.kinds()]


def test_taliban_become_state_forces_after_august_2021():
    text = "Taliban fighters clashed with ISKP militants in Nangarhar."
    before = code(text, "Battles", "Armed clash", "Afghanistan", date(2020, 5, 1))
    after = code(text, "Battles", "Armed clash", "Afghanistan", date(2022, 5, 1))
    assert before.actor1 == "Taliban" and before.inter1 == 2
    assert base(after.actor1) == "Military Forces of Afghanistan" and after.inter1 == 1
    assert after.actor2 == "Islamic State (Afghanistan)"


def test_houthis_are_a_yemeni_state_force_unit():
    r = code("Houthi forces fired a missile at a government position in Marib.",
             "Explosions/Remote violence", "Shelling/artillery/missile attack", "Yemen", date(2021, 3, 1))
    assert base(r.actor1) == "Military Forces of Yemen Houthi"


def test_sub_group_in_brackets_makes_parent_the_actor():
    r = code("Presumed Ansaroul Islam (JNIM) militants ambushed volunteer fighters near Titao.",
             "Battles", "Armed clash", "Burkina Faso")
    assert r.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert "Ansaroul Islam" in r.assoc_actor_1
    assert r.actor2 == "VDP: Volunteer for Defense of Homeland" and r.inter2 == 4


# --- generic, communal and ethnic actors -----------------------------------------

def test_gunmen_are_an_unidentified_armed_group():
    r = code("Gunmen stormed a farm settlement and shot dead four farmers, including a woman.",
             "Violence against civilians", "Attack")
    assert (r.actor1, r.inter1) == ("Unidentified Armed Group (Nigeria)", 3)
    assert (r.actor2, r.inter2) == ("Civilians (Nigeria)", 7)
    assert set(r.assoc_actor_2.split("; ")) == {"Farmers (Nigeria)", "Women (Nigeria)"}


def test_communal_militia_takes_the_place_name():
    r = code("Zamfara militiamen attacked a hamlet and abducted twelve residents.",
             "Violence against civilians", "Abduction/forced disappearance")
    assert (r.actor1, r.inter1) == ("Zamfara Communal Militia (Nigeria)", 4)


def test_two_communities_clash():
    r = code("Militias from Umuaka and Obodo clashed over a disputed farmland; two people died.",
             "Battles", "Armed clash")
    assert {r.actor1, r.actor2} == {"Umuaka Communal Militia (Nigeria)", "Obodo Communal Militia (Nigeria)"}


def test_ethnic_herders_are_an_ethnic_militia_with_pastoralists():
    r = code("Suspected Fulani herdsmen killed three farmers on their farms in Guma.",
             "Violence against civilians", "Attack")
    assert (r.actor1, r.inter1) == ("Fulani Ethnic Militia (Nigeria)", 4)
    assert r.assoc_actor_1 == "Pastoralists (Nigeria)"
    assert r.assoc_actor_2 == "Farmers (Nigeria)"


def test_rival_cult_groups():
    r = code("Two rival cult groups clashed in a Port Harcourt suburb, leaving one dead.", "Battles", "Armed clash")
    assert r.actor1 == r.actor2 == "Unidentified Cult Militia (Nigeria)"


# --- roles ------------------------------------------------------------------------

def test_passive_voice_puts_the_agent_first():
    r = code("Four soldiers were killed by ISWAP fighters who ambushed their convoy near Damasak.",
             "Battles", "Armed clash")
    assert r.actor1 == "Islamic State (West Africa)"
    assert base(r.actor2) == "Military Forces of Nigeria"


def test_allies_become_associated_actors():
    r = code("ISWAP fighters clashed with Nigerian troops and CJTF members near Monguno.",
             "Battles", "Armed clash")
    assert base(r.actor2) == "Military Forces of Nigeria"
    assert r.assoc_actor_2 == "Civilian JTF: Civilian Joint Task Force"


def test_peaceful_protest_is_one_sided_with_associated_groups():
    r = code("Hundreds of university students under the NANS banner marched in Ibadan to demand lower fees.",
             "Protests", "Peaceful protest")
    assert (r.actor1, r.inter1, r.actor2, r.inter2) == ("Protesters (Nigeria)", 6, "", 0)
    assoc = set(r.assoc_actor_1.split("; "))
    assert {"NANS: National Association of Nigerian Students", "Students (Nigeria)"} <= assoc


def test_protest_with_intervention_targets_the_police_by_default():
    r = code("Traders protested the closure of their market; officers dispersed them with tear gas.",
             "Protests", "Protest with intervention")
    assert r.actor1 == "Protesters (Nigeria)"
    assert base(r.actor2) == "Police Forces of Nigeria" and r.inter2 == 1
    r = code("Women protested at the council secretariat and were dispersed.",
             "Protests", "Protest with intervention")
    assert base(r.actor2) == "Police Forces of Nigeria"


def test_mob_justice_is_rioters_against_civilians_with_vigilantes():
    r = code("A mob set a suspected thief ablaze at a motor park.", "Riots", "Mob violence")
    assert (r.actor1, r.inter1) == ("Rioters (Nigeria)", 5)
    assert (r.actor2, r.inter2) == ("Civilians (Nigeria)", 7)
    assert r.assoc_actor_1 == "Vigilante Group (Nigeria)"


def test_mob_attacking_police():
    r = code("Angry youths burned down the police station after a shooting.", "Riots", "Mob violence")
    assert base(r.actor2) == "Police Forces of Nigeria"


def test_air_strike_actor_is_the_air_force():
    r = code("The Nigerian Air Force bombed a Boko Haram camp in the Sambisa forest.",
             "Explosions/Remote violence", "Air/drone strike")
    assert base(r.actor1) == "Military Forces of Nigeria"
    assert r.actor2.startswith("Islamic State (West Africa) and/or Boko Haram")


def test_ied_against_soldiers_without_claim():
    r = code("A roadside bomb struck a military vehicle near Bama, killing two soldiers.",
             "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert r.actor1 == "Unidentified Armed Group (Nigeria)"
    assert base(r.actor2) == "Military Forces of Nigeria"


def test_arrests_by_police_of_civilians():
    r = code("Police arrested two journalists covering the rally.", "Strategic developments", "Arrests")
    assert base(r.actor1) == "Police Forces of Nigeria"
    assert r.actor2 == "Civilians (Nigeria)"
    assert r.assoc_actor_2 == "Journalists (Nigeria)"


def test_empty_text_still_codes_the_frame():
    assert code("", "Protests", "Peaceful protest").actor1 == "Protesters (Nigeria)"
    r = code("", "Violence against civilians", "Attack", "Mali")
    assert (r.actor1, r.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


# --- data and speed ---------------------------------------------------------------

def test_dictionary_data_is_well_formed():
    with open(DATA_DIR / "named_actors.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 150
    for row in rows:
        assert 1 <= int(row["inter"]) <= 8, row
        assert row["aliases"].strip(), row
    with open(DATA_DIR / "regimes.csv", encoding="utf-8", newline="") as fh:
        regimes: dict[str, list] = {}
        for row in csv.DictReader(fh):
            regimes.setdefault(row["country"], []).append(row)
    for country, spans in regimes.items():
        for a, b in zip(spans, spans[1:]):
            assert a["end"] and date.fromisoformat(a["end"]) < date.fromisoformat(b["start"]), country
    assert len(lexicon().tags_ci) > 1000


def test_speed_is_well_under_a_third_of_a_millisecond():
    text = ("On 3 May, suspected ISWAP militants and unknown gunmen attacked Nigerian troops and CJTF "
            "members in Damboa, killing three women and a farmer; the attackers fled towards the forest.")
    assign_actors(text, "Battles", "Armed clash", "Nigeria", D2020)
    n = 300
    t0 = time.perf_counter()
    for _ in range(n):
        assign_actors(text, "Battles", "Armed clash", "Nigeria", D2020)
    per_call = (time.perf_counter() - t0) / n
    assert per_call < 1e-3  # generous bound for a loaded shared machine; typical is ~0.1 ms
