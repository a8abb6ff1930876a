"""Demonstration and crowd rules of the event classifier (taxonomy.py): a report that
leads with a protest (peaceful, met with force or intervention, or turned violent), an
unarmed crowd fighting the police, and crowd violence with no demonstration (mob
violence, or rival crowds armed enough to be a clash). classify() calls them in the
codebook's precedence order; each returns None when its rules do not apply.
"""
from __future__ import annotations

import re

from etl.extract.text.codes import Classification, code
from etl.extract.text.cues import (
    AT_PROTESTERS, CROWD_AGENT, CROWD_JUSTICE, CROWD_VIOLENCE, CROWD_VS_POLICE, CRUDE_WEAPONS, DEATHS, FIREARMS,
    FORCE_INJURY, GRIEVANCE_DEATH, MOB_CERTAIN, NOT_HARM, PASSIVE_HARM, POLITICAL_CROWD, RIVAL_CROWDS, STATE_PROTEST,
    VIGILANTE_JUSTICE, WEAPON_FIRE, crowd_act,
)
from etl.extract.text.labels import BLOCKING_MATERIAL, CROWD_SHUT, POLICE_CONFRONTED, PROTEST_CLASHES, ROAD_BLOCKED
from etl.extract.text.lexicon import scan
from etl.extract.text.news_cues import DEATH_IN_DEMO, STATE_FIRED
from etl.extract.text.views import crowd_acts, crowd_demand

# a crowd that takes hostages (gangs and armed groups "kidnap" or "abduct")
_HOSTAGE_TAKEN = re.compile(r"\b(?:took|taken|take|taking|held) (?:\w+ ){0,3}hostage")
# harm done, not only the dead or their bodies named
_HARM_ACT = re.compile(r"\b(?:kill\w*|murder\w*|lynch\w*|beat\w*|slaughter\w*|behead\w*|hack\w*|stabb\w*|burnt|burned|"
                       r"shot|assault\w*|injur\w*|wounded|tortur\w*|butcher\w*|massacr\w*|died|execut\w*|slain|flogged|"
                       r"whipp\w*|assassin\w*|lost their lives|tu[ée]s?)\b")
_NOT_CROWD = ("armed_group", "air", "ied", "suicide", "shelling", "grenade")   # features no crowd uses


def mob_violence(has, lowered: str, conf: float, civ: bool) -> Classification:
    """Crowds fighting: mob violence, or an armed clash between armed (communal) groups."""
    # two groups fighting with firearms or to the death are armed (communal) militias in
    # a clash; crowd justice and unarmed scuffles are mob violence
    # deaths make it a clash only between groups that are neither crudely armed nor
    # political crowds (party supporters, students, traders are rioters however deadly)
    deadly = DEATHS.search(NOT_HARM.sub(" ", GRIEVANCE_DEATH.sub(" ", lowered))) is not None \
        and not CRUDE_WEAPONS.search(lowered) and not POLITICAL_CROWD.search(lowered)
    if (has["clash"] or RIVAL_CROWDS.search(lowered)) and not CROWD_JUSTICE.search(lowered) \
            and not re.search(r"\bmobs?\b|\bunarmed\b", lowered) \
            and (deadly or FIREARMS.search(lowered)):
        return code("Battles", "Armed clash", 0.55)
    return code("Riots", "Mob violence", conf, civ=civ)


def blockade_only(has, lowered: str) -> bool:
    """The only riot wording is a road blocked by people standing or parking in it (no
    barricade, burning tyres or other violence): a protest, not a riot."""
    return has["riot_violent"] and ROAD_BLOCKED.search(lowered) is not None \
        and not BLOCKING_MATERIAL.search(lowered) and not scan(ROAD_BLOCKED.sub(" ", lowered))["riot_violent"]


def demonstration(has, lead: dict[str, int], violent_lead: int, lowered: str, primary_low: str,
                  subj_state: bool, subj_armed: bool, target) -> Classification | None:
    """A protest or riot the report leads with, or a crowd fighting the police."""
    if violent_lead < 0 and lead["protest"] < 0 and CROWD_SHUT.search(primary_low):
        return code("Protests", "Peaceful protest", 0.5)
    died_in_demo = lead["protest"] >= 0 and DEATH_IN_DEMO.search(primary_low) is not None
    protest_first = lead["protest"] >= 0 and (violent_lead < 0 or lead["protest"] <= violent_lead
                                              or AT_PROTESTERS.search(lowered) is not None
                                              or FORCE_INJURY.search(lowered) is not None or died_in_demo)
    blockade = has["riot_violent"] and blockade_only(has, lowered)
    if protest_first and not (has["suicide"] or has["air"]):
        # demonstrators who fight, destroy or barricade make it a riot, whatever force met them
        if has["riot_violent"] and not blockade or CROWD_VIOLENCE.search(lowered) or crowd_act(lowered) \
                or PROTEST_CLASHES.search(lowered) \
                or (STATE_PROTEST.search(lowered) and WEAPON_FIRE.search(lowered)) \
                or re.search(r"\bmutin(?:ied|ying|eers?)\b", lowered):
            return code("Riots", "Violent demonstration", 0.7)
        if has["excessive_force"] or FORCE_INJURY.search(lowered) \
                or (has["kill"] and (subj_state or AT_PROTESTERS.search(lowered))
                    and target != "security" and DEATHS.search(GRIEVANCE_DEATH.sub(" ", lowered))):
            return code("Protests", "Excessive force against protesters", 0.75)
        if died_in_demo:
            # deaths in a demonstration: forces firing on it used excessive force; otherwise the
            # demonstration itself turned deadly (a riot)
            if STATE_FIRED.search(lowered):
                return code("Protests", "Excessive force against protesters", 0.6)
            return code("Riots", "Violent demonstration", 0.6)
        if has["intervention"]:
            return code("Protests", "Protest with intervention", 0.75)
        return code("Protests", "Peaceful protest", 0.85)
    # a crowd that only blocked a road to press a demand, with no one armed named and no other act
    if blockade and violent_lead < 0 and lead["mob"] < 0 and not (subj_state or subj_armed or has["armed_group"]) \
            and not (CROWD_VIOLENCE.search(lowered) or crowd_act(lowered) or has["loot_destroy"]):
        return code("Protests", "Protest with intervention" if has["intervention"] else "Peaceful protest", 0.6)
    if (lead["riot_violent"] >= 0 and lead["mob"] < 0 and re.search(r"\briot\w*", primary_low)) \
            or re.search(r"\bmutin(?:ied|y|ying|ous|eers?)\b", primary_low):
        return code("Riots", "Violent demonstration", 0.7)
    # an unarmed crowd fighting the police (stones, clashes) is a violent demonstration
    if CROWD_VS_POLICE.search(lowered) and not subj_armed and not (has["air"] or has["ied"] or has["suicide"]):
        return code("Riots", "Violent demonstration", 0.6)
    if POLICE_CONFRONTED.search(primary_low) and not any(has[f] for f in _NOT_CROWD):   # no armed group named: a riot
        return code("Riots", "Violent demonstration", 0.55)
    return None


def crowd_violence(has, lowered: str, primary_low: str, subject: str, subj_state: bool, subj_armed: bool,
                   target) -> Classification | None:
    """Violence by a crowd that is no armed group: a violent demonstration or mob violence."""
    if has["mob"] and (MOB_CERTAIN.search(lowered) or not (subj_state or subj_armed)):
        # an angry crowd pressing a demand (blocking roads, wrecking offices "over" a grievance)
        # is demonstrating; crowd justice on people (lynching, beating to death) is mob violence
        if crowd_demand(lowered):
            return code("Riots", "Violent demonstration", 0.6)
        return mob_violence(has, lowered, 0.7, target == "civilian")
    if VIGILANTE_JUSTICE.search(lowered) and not subj_state:
        return code("Riots", "Mob violence", 0.55, civ=True)
    # an unarmed crowd that fights, destroys or loots is a riot, not a battle or an attack
    crowd_subject = (crowd_acts(subject) and not subj_armed and not subj_state
                     and not PASSIVE_HARM.search(primary_low)) or CROWD_AGENT.search(primary_low) is not None
    hostage = has["abduct"] and _HOSTAGE_TAKEN.search(lowered)
    # (a death word that is only a noun, "carried dead bodies away", is the aftermath, no act of the crowd)
    if crowd_subject and (has["riot_violent"] or has["loot_destroy"] or has["clash"] or has["attack"]
                          or has["kill"] and _HARM_ACT.search(lowered) or hostage) \
            and not (has["air"] or has["suicide"] or has["ied"]) \
            and not (has["abduct"] and re.search(r"\b(?:abduct\w*|kidnap\w*)", lowered)):   # crowds "take hostage", gangs kidnap
        if has["protest"] or re.search(r"\bclash\w* with (?:the )?(?:police|soldiers|troops|security)", lowered) \
                or crowd_demand(lowered):
            return code("Riots", "Violent demonstration", 0.6)
        return mob_violence(has, lowered, 0.6, target == "civilian")
    return None
