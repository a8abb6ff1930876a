"""Strategic development rules of the event classifier (taxonomy.py): the acts that
lead a report before any violence (a coup, an emergency declared, a strike with no
gathering, arrests to stop a protest), and, when no violent act decided the type, the
residual developments (looting or property destruction, arrests, agreements, movements
of forces, a transfer of territory) in the codebook's order.
"""
from __future__ import annotations

import re

from etl.extract.text.codes import Classification, code
from etl.extract.text.cues import OPERATION_AGAINST
from etl.extract.text.labels import GATHERING, IN_PROTEST, PASSENGERS_HIT, PROTEST_PREVENTED, WORK_STOPPAGE
from etl.extract.text.lexicon import scan
from etl.extract.text.news_cues import COUP_ACT, EXTORTION, MEASURE_DECLARED

# forces leaving a place, and someone taking it (or a fight for it)
_FORCES_LEFT = re.compile(r"\b(?:withdr\w+|pulled out|vacated|left)\b")
_PLACE_TAKEN_OVER = re.compile(r"\b(?:took|taken|take|taking|seized|assumed) (?:over|control)|\bmoved into|\bhanded over|"
                               r"\b(?:entered|occupied|captured|cleared|without|resistance|forc\w+)\b")
_LOOTING = re.compile(r"\bloot(?:ed|ing)\b")
# the enemy forced out of a place ("forced the insurgents to withdraw")
FORCED_OUT = re.compile(r"\b(?:forc\w+|compell\w+|push\w*) (?:\w+ ){0,4}to (?:withdraw|retreat|flee|abandon)\b")


def leading_development(has, lead: dict[str, int], violent_lead: int, lowered: str, primary_low: str,
                        subj_state: bool) -> Classification | None:
    """A strategic development the report leads with, before any violence it names."""
    # a coup (attempted or foiled) is a strategic development, whatever crowds follow it
    if COUP_ACT.search(primary_low):
        return code("Strategic developments", "Other", 0.55)
    # a state of emergency or curfew declared (after the violence it answers) is the act reported
    measure = MEASURE_DECLARED.search(primary_low) if "emergency" in primary_low or "curfew" in primary_low \
        or "martial" in primary_low or "siege" in primary_low or "lockdown" in primary_low else None
    if measure and (violent_lead < 0 or violent_lead > measure.start()) \
            and (lead["protest"] < 0 or lead["protest"] > measure.start()):
        return code("Strategic developments", "Change to group/activity", 0.5)
    # a labour strike or boycott told with no gathering (no march, sit-in, blockade) is no
    # demonstration: the codebook's strategic development (Other)
    if lead["protest"] >= 0 and violent_lead < 0 and WORK_STOPPAGE.search(primary_low) \
            and not GATHERING.search(IN_PROTEST.sub(" ", lowered)) and not has["riot_violent"]:
        return code("Strategic developments", "Other", 0.5)
    if violent_lead < 0 and 0 <= lead["arrest"] < max(lead["protest"], 0) and subj_state and not has["riot_violent"] \
            and not has["excessive_force"] and PROTEST_PREVENTED.search(primary_low):   # arrests to stop a protest
        return code("Strategic developments", "Arrests", 0.55)
    return None


def residual_development(has, lowered: str, subj_state: bool, subj_armed: bool) -> Classification | None:
    """A development told with no violent act: the last rules of the codebook's order."""
    # coercion (an ultimatum, an illegal checkpoint) is Other unless goods were taken or property destroyed
    if has["coercion"] and not (has["loot_destroy"] and scan(EXTORTION.sub(" ", lowered))["loot_destroy"]):
        return code("Strategic developments", "Other", 0.5)
    if has["loot_destroy"] and PASSENGERS_HIT.search(lowered):
        return code("Violence against civilians", "Attack", 0.55)
    # looting told with no one named doing it ("shops looted on Friday", "reports of looting
    # along the avenue") is the looting of unrest: crowds, not an armed group
    if has["loot_destroy"] and _LOOTING.search(lowered) and not (has["armed_group"] or has["state_actor"]) \
            and not re.search(r"\bby\b", lowered):
        return code("Riots", "Violent demonstration", 0.45)
    if has["loot_destroy"]:
        return code("Strategic developments", "Looting/property destruction", 0.6)
    if has["arrest"]:
        return code("Strategic developments", "Arrests", 0.6)
    if has["agreement"]:
        return code("Strategic developments", "Agreement", 0.55)
    if has["surrender"]:
        return code("Strategic developments", "Change to group/activity", 0.55)
    if has["hq_base"]:
        return code("Strategic developments", "Headquarters or base established", 0.55)
    if has["transfer"] and FORCED_OUT.search(lowered) and (subj_state or subj_armed):
        # forcing the enemy out of a place takes it by force
        return code("Battles", "Government regains territory" if subj_state and not subj_armed
                    else "Non-state actor overtakes territory", 0.55)
    if has["transfer"]:
        # forces leaving a place with no one reported taking it is a movement of forces
        # (Change to group/activity), not a transfer of territory
        if _FORCES_LEFT.search(lowered) and not _PLACE_TAKEN_OVER.search(lowered):
            return code("Strategic developments", "Change to group/activity", 0.5)
        return code("Strategic developments", "Non-violent transfer of territory", 0.5)
    # forces' operations against an armed group are coded as clashes even when the report
    # gives no result (the codebook's battles include offensives on armed groups' positions)
    if has["activity"] and subj_state and has["armed_group"] and OPERATION_AGAINST.search(lowered):
        return code("Battles", "Armed clash", 0.5)
    if has["activity"]:
        return code("Strategic developments", "Change to group/activity", 0.5)
    if has["other_sd"]:
        return code("Strategic developments", "Other", 0.45)
    if has["change_group"]:
        return code("Strategic developments", "Change to group/activity", 0.5)
    if has["disrupted"] and re.search(r"\b(?:disarm\w*|defus\w+|foil\w*|thwart\w*|deactivat\w+)", lowered):
        # fighters disarmed, a plot foiled, with nothing else reported
        return code("Strategic developments", "Disrupted weapons use", 0.45)
    return None
