"""ACLED event type / sub-event type / disorder type from an event passage.

Features are regex lexicons (triggers.toml); the decision order below is the
codebook's precedence: Battles > Protests > Riots > Explosions/Remote violence
> Violence against civilians > Strategic developments, with its special cases
(an air strike or shelling within a ground battle is a Battle; a suicide
bombing stays an Explosion even when gunmen follow; an abduction followed by a
killing is an Attack; an attack on armed forces is a Battle, on civilians
Violence against civilians).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.text.cues import (
    ABDUCTION_HARM, AGREED, ATTACKED_PERSON, ARREST_VERB, AT_PROTESTERS,
    COMMUNAL, CROWD_JUSTICE, CROWD_VIOLENCE, CROWD_VS_POLICE, DEATHS,
    FIREARMS, FORCES_WITHDREW, MILITIA_SEIZED, VIGILANTE_JUSTICE, PROPERTY_ONLY, STATE_RAMPAGE, GRIEVANCE_DEATH, GROUND_FIGHT, GUNFIRE_AT, MOB_CERTAIN,
    CAPTIVES_KILLED, CROWD_AGENT, CRUDE_WEAPONS, PASSIVE_HARM, FORCE_INJURY, POLITICAL_CROWD, NO_CLASH, NOT_HARM, PERSON_HARM, RIVAL_CROWDS, STATE_PROTEST, WEAPON_FIRE,
    OPERATION_AGAINST, STRONG_CLASH, BRIEF_HOLD, crowd_act, target_kind, place_taken,
)
from etl.extract.text.news_cues import (
    COUP_ACT, DEATH_IN_DEMO, DISPLACED_AFTER, EXTORTION, GRENADE_HELD, MASS_GRAVE, MEASURE_DECLARED, REMNANT, STATE_FIRED,
    SUICIDE_ACT, SUICIDE_STOPPED, strip_background,
)
from etl.extract.text.labels import (AIR_RESPONSE, CROWD_SHUT, CROWD_STRIKE, GATHERING, IN_PROTEST, PASSENGERS_HIT,
                                     POLICE_CONFRONTED, PROTEST_PREVENTED, REMOTE_WEAPON, WORK_STOPPAGE)
from etl.extract.text.candidates import TRIGGER_FEATURES, is_candidate, names_reported_event  # noqa: F401 (public API)
from etl.extract.text.views import Lazy, WithOvertake, Without, crowd_acts, crowd_demand, subject_kind, subject_of
from etl.extract.text.lexicon import FEATURES, Scan, active_features, detect, scan  # noqa: F401 (detect, Scan: public API)

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# sub-event types whose disorder type differs from their event type's
DISORDER_BY_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
# a fight the attackers had just lost elsewhere, told as background
_REPELLED_BEFORE = re.compile(r"\b(?:after|while|when) (?:being|having been|they were|it was) (?:repelled|routed|repulsed|pushed back)\b")
# a crowd that takes hostages (gangs and armed groups "kidnap" or "abduct")
_HOSTAGE_TAKEN = re.compile(r"\b(?:took|taken|take|taking|held) (?:\w+ ){0,3}hostage")
# forces taking a place over
_TAKING_OVER = re.compile(r"\b(?:took|take|taken|taking|seized|seize|captur\w+|overr[au]n|entered|occupied|moved into) (?:over|control)?")
# a place an armed group can take
_HELD_PLACE = re.compile(r"\b(?:town|city|village|port|base|locality|site|station|camp|post)\b")
# forces leaving a place, and someone taking it (or a fight for it)
_FORCES_LEFT = re.compile(r"\b(?:withdr\w+|pulled out|vacated|left)\b")
_PLACE_TAKEN_OVER = re.compile(r"\b(?:took|taken|take|taking|seized|assumed) (?:over|control)|\bmoved into|\bhanded over|"
                               r"\b(?:entered|occupied|captured|cleared|without|resistance|forc\w+)\b")


# a place held a day or less ("occupied for a day", "held the town for a few hours"): the
# codebook's short-lived exchange, an Armed clash
_DAY_HOLD = re.compile(r"\bfor (?:a|one|a single|less than a) day\b|\bfor (?:a few|several|some|\d+|two|three) hours\b|"
                       r"\bfor hours\b")
# harm done, not only the dead or their bodies named
_HARM_ACT = re.compile(r"\b(?:kill\w*|murder\w*|lynch\w*|beat\w*|slaughter\w*|behead\w*|hack\w*|stabb\w*|burnt|burned|"
                       r"shot|assault\w*|injur\w*|wounded|tortur\w*|butcher\w*|massacr\w*|died|execut\w*|slain|flogged|"
                       r"whipp\w*|assassin\w*|lost their lives|tu[ée]s?)\b")
# a device that forces found or destroyed, told in the passive
_FOUND_BY = re.compile(r"\b(?:found|discovered|recovered|destroyed|removed|neutrali[sz]ed|seized|spotted|located|"
                       r"detected|intercepted|defused|detonated) by\b")
_NOT_CROWD = ("armed_group", "air", "ied", "suicide", "shelling", "grenade")   # features no crowd uses
_LOOTING = re.compile(r"\bloot(?:ed|ing)\b")
_FORCED_OUT = re.compile(r"\b(?:forc\w+|compell\w+|push\w*) (?:\w+ ){0,4}to (?:withdraw|retreat|flee|abandon)\b")


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: str
    confidence: float


def classify(passage: str, primary: str | None = None) -> Classification | None:
    """Code an event passage (its first sentence is `primary`); None if no event."""
    primary = primary or passage
    has = scan(passage)
    first = scan(primary)
    if primary != passage and not any(first[n] for n in TRIGGER_FEATURES if n != "kill" and n in first.active):
        # a sentence with only a death verb ("Six were killed in the capital") takes its type
        # from the passage it belongs to (a protest shot at, an attack, a clash)
        primary, first = passage, has
    lowered, primary_low = has.lowered, first.lowered
    if NO_CLASH.search(lowered):
        # "no clash reported": the features read the text without the denied fight
        has = scan(NO_CLASH.sub(" ", lowered))
        first = scan(NO_CLASH.sub(" ", primary_low))
    # habitual or general background ("where herders have repeatedly clashed") and an event
    # named only as a topic ("the protest was organised after ...") are no part of the event
    stripped, stripped_primary = strip_background(has.lowered), strip_background(first.lowered)
    if stripped is not has.lowered or stripped_primary is not first.lowered:
        has, first = scan(stripped), scan(stripped_primary)
        lowered, primary_low = has.lowered, first.lowered
    lead = {name: first.pos(name) if has[name] else -1 for name in
            ("protest", "riot_violent", "mob", "clash", "attack", "kill", "abduct", "air", "ied",
             "shelling", "suicide", "loot_destroy", "arrest")}
    violent_lead = min([p for n, p in lead.items()
                        if p >= 0 and n not in ("protest", "riot_violent", "mob", "arrest", "loot_destroy")], default=-1)
    subject = subject_of(primary_low)
    target = Lazy(lambda: target_kind(lowered))
    subj_state, subj_armed = subject_kind(subject)

    def make(et: str, sub: str, conf: float, civ: bool = False) -> Classification:
        dis = DISORDER_BY_SUB.get(sub, DISORDER[et])
        civ = civ or et == "Violence against civilians"
        return Classification(et, sub, dis, "Civilian targeting" if civ else "", conf)

    def mob_violence(conf: float, civ: bool) -> Classification:
        # two groups fighting with firearms or to the death are armed (communal) militias in
        # a clash; crowd justice and unarmed scuffles are mob violence
        # deaths make it a clash only between groups that are neither crudely armed nor
        # political crowds (party supporters, students, traders are rioters however deadly)
        deadly = DEATHS.search(NOT_HARM.sub(" ", GRIEVANCE_DEATH.sub(" ", lowered))) is not None \
            and not CRUDE_WEAPONS.search(lowered) and not POLITICAL_CROWD.search(lowered)
        if (has["clash"] or RIVAL_CROWDS.search(lowered)) and not CROWD_JUSTICE.search(lowered) \
                and not re.search(r"\bmobs?\b|\bunarmed\b", lowered) \
                and (deadly or FIREARMS.search(lowered)):
            return make("Battles", "Armed clash", 0.55)
        return make("Riots", "Mob violence", conf, civ=civ)

    # a coup (attempted or foiled) is a strategic development, whatever crowds follow it
    if COUP_ACT.search(primary_low):
        return make("Strategic developments", "Other", 0.55)
    # a state of emergency or curfew declared (after the violence it answers) is the act reported
    measure = MEASURE_DECLARED.search(primary_low) if "emergency" in primary_low or "curfew" in primary_low \
        or "martial" in primary_low or "siege" in primary_low or "lockdown" in primary_low else None
    if measure and (violent_lead < 0 or violent_lead > measure.start()) \
            and (lead["protest"] < 0 or lead["protest"] > measure.start()):
        return make("Strategic developments", "Change to group/activity", 0.5)
    # a labour strike or boycott told with no gathering (no march, sit-in, blockade) is no
    # demonstration: the codebook's strategic development (Other)
    if lead["protest"] >= 0 and violent_lead < 0 and WORK_STOPPAGE.search(primary_low) \
            and not GATHERING.search(IN_PROTEST.sub(" ", lowered)) and not has["riot_violent"]:
        return make("Strategic developments", "Other", 0.5)
    if violent_lead < 0 and lead["protest"] < 0 and CROWD_SHUT.search(primary_low):
        return make("Protests", "Peaceful protest", 0.5)
    if violent_lead < 0 and 0 <= lead["arrest"] < max(lead["protest"], 0) and subj_state and not has["riot_violent"] \
            and not has["excessive_force"] and PROTEST_PREVENTED.search(primary_low):   # arrests to stop a protest
        return make("Strategic developments", "Arrests", 0.55)
    if has["shelling"] and CROWD_STRIKE.search(lowered) and not REMOTE_WEAPON.search(lowered):
        has = Without(has, "shelling")   # a crowd's "strike" with no remote weapon named is its assault
    # Demonstrations: the report leads with a protest (not an armed attack that sparked one)
    died_in_demo = lead["protest"] >= 0 and DEATH_IN_DEMO.search(primary_low) is not None
    protest_first = lead["protest"] >= 0 and (violent_lead < 0 or lead["protest"] <= violent_lead
                                              or AT_PROTESTERS.search(lowered) is not None
                                              or FORCE_INJURY.search(lowered) is not None or died_in_demo)
    if protest_first and not (has["suicide"] or has["air"]):
        # demonstrators who fight, destroy or barricade make it a riot, whatever force met them
        if has["riot_violent"] or CROWD_VIOLENCE.search(lowered) or crowd_act(lowered) \
                or (STATE_PROTEST.search(lowered) and WEAPON_FIRE.search(lowered)) \
                or re.search(r"\bmutin(?:ied|ying|eers?)\b", lowered):
            return make("Riots", "Violent demonstration", 0.7)
        if has["excessive_force"] or FORCE_INJURY.search(lowered) \
                or (has["kill"] and (subj_state or AT_PROTESTERS.search(lowered))
                    and target != "security" and DEATHS.search(GRIEVANCE_DEATH.sub(" ", lowered))):
            return make("Protests", "Excessive force against protesters", 0.75)
        if died_in_demo:
            # deaths in a demonstration: forces firing on it used excessive force; otherwise the
            # demonstration itself turned deadly (a riot)
            if STATE_FIRED.search(lowered):
                return make("Protests", "Excessive force against protesters", 0.6)
            return make("Riots", "Violent demonstration", 0.6)
        if has["intervention"]:
            return make("Protests", "Protest with intervention", 0.75)
        return make("Protests", "Peaceful protest", 0.85)
    if (lead["riot_violent"] >= 0 and lead["mob"] < 0 and re.search(r"\briot\w*", primary_low)) \
            or re.search(r"\bmutin(?:ied|y|ying|ous|eers?)\b", primary_low):
        return make("Riots", "Violent demonstration", 0.7)
    # an unarmed crowd fighting the police (stones, clashes) is a violent demonstration
    if CROWD_VS_POLICE.search(lowered) and not subj_armed and not (has["air"] or has["ied"] or has["suicide"]):
        return make("Riots", "Violent demonstration", 0.6)
    if POLICE_CONFRONTED.search(primary_low) and not any(has[f] for f in _NOT_CROWD):   # no armed group named: a riot
        return make("Riots", "Violent demonstration", 0.55)
    if has["agreement"] and AGREED.search(primary_low) and (violent_lead < 0 or AGREED.search(primary_low).start() < violent_lead):
        return make("Strategic developments", "Agreement", 0.6)
    if has["mob"] and (MOB_CERTAIN.search(lowered) or not (subj_state or subj_armed)):
        # an angry crowd pressing a demand (blocking roads, wrecking offices "over" a grievance)
        # is demonstrating; crowd justice on people (lynching, beating to death) is mob violence
        if crowd_demand(lowered):
            return make("Riots", "Violent demonstration", 0.6)
        return mob_violence(0.7, target == "civilian")
    if VIGILANTE_JUSTICE.search(lowered) and not subj_state:
        return make("Riots", "Mob violence", 0.55, civ=True)
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
            return make("Riots", "Violent demonstration", 0.6)
        return mob_violence(0.6, target == "civilian")

    # a suicide bomber killed or arrested before the blast: no bombing took place; a bomber
    # stopped alive is a disrupted weapons use, one killed a fighter killed in a clash
    if has["suicide"] and SUICIDE_STOPPED.search(lowered) and not SUICIDE_ACT.search(lowered):
        if not DEATHS.search(lowered):
            return make("Strategic developments", "Disrupted weapons use", 0.6)
        has = Without(has, "suicide", "ied")   # the vest or bomb that never went off
        if not (has["shelling"] or has["air"]):   # shot before the blast: armed attackers stopped
            return make("Battles", "Armed clash", 0.55)
    # detentions by state forces (or a de facto authority's security forces) with no
    # one hurt are Arrests, even when made "in raids"
    if has["arrest"] and subj_state and ARREST_VERB.search(primary_low) \
            and not ABDUCTION_HARM.search(NOT_HARM.sub(" ", lowered)) and not has["clash"]:
        return make("Strategic developments", "Arrests", 0.6)
    # unarmed rival crowds fighting each other (party activists, two camps, miners and
    # villagers) are rioters, not organised armed groups
    if (has["clash"] or has["mob"]) and RIVAL_CROWDS.search(lowered) and not has["armed_group"] \
            and not subj_state and not (has["air"] or has["shelling"] or has["ied"] or has["suicide"]):
        return mob_violence(0.55, False)
    # people fleeing because of fighting told as its aftermath, or a mass grave found: Other
    displaced = DISPLACED_AFTER.search(primary_low)
    if displaced and (violent_lead < 0 or violent_lead > displaced.start()):
        return make("Strategic developments", "Other", 0.5)
    if MASS_GRAVE.search(primary_low) and not (first["attack"] or first["clash"] or first["abduct"]):
        return make("Strategic developments", "Other", 0.5)
    if has["chemical"]:
        return make("Explosions/Remote violence", "Chemical weapon", 0.7)
    if has["suicide"] and not (lead["clash"] >= 0 and lead["clash"] < lead["suicide"] and STRONG_CLASH.search(lowered)):
        if has["disrupted"]:
            return make("Strategic developments", "Disrupted weapons use", 0.6)
        return make("Explosions/Remote violence", "Suicide bomb", 0.85, civ=target == "civilian")
    if has["grenade"] and GRENADE_HELD.search(lowered):
        # a grenade carried or seized is no grenade attack; an old one found that went off is a remnant
        has = Without(has, "grenade")
        if REMNANT.search(lowered) and not (has["attack"] or has["clash"] or has["kill"] and subj_state):
            return make("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.5, civ=True)
    explosive = has["air"] or has["shelling"] or has["ied"] or has["grenade"]
    # a device that went off while being planted, or its planters killed first: the use was disrupted
    if has["ied"] and re.search(r"\b(?:while|when) (?:\w+ ){0,4}(?:planting|laying|setting up|placing)\b", lowered):
        return make("Strategic developments", "Disrupted weapons use", 0.55)
    # (forces that only tell of a device that went off, '"two car bombs landed on the walls," a
    # police captain said', found none)
    if has["ied"] and subj_state and not (has["kill"] or has["attack"] or has["clash"]) \
            and not (0 <= first.pos("ied") < FEATURES["state_actor"].search(primary_low).start()
                     and not _FOUND_BY.search(primary_low)):
        return make("Strategic developments", "Disrupted weapons use", 0.6)   # forces found / destroyed a device
    # weapons seized in a fight belong to the fight (a battle); only a seizure or defusal
    # with no violence reported is Disrupted weapons use
    if has["disrupted"] and (explosive or re.search(r"\b(?:weapons|arms|ammunition)\b", lowered)) \
            and not (has["kill"] or has["clash"] or (has["attack"] and not has["ied"] and not subj_state)):
        return make("Strategic developments", "Disrupted weapons use", 0.6)

    if has["disrupted"] and (has["kill"] or has["clash"]) and (subj_state or subj_armed) and target != "civilian":
        return make("Battles", "Armed clash", 0.6)   # a fight in which weapons or explosives were seized
    # an explosive that opens a ground assault on armed forces ("a complex ambush initiated by
    # an IED followed by gunfire") is part of a battle
    # (rockets only when the assault is told first: "attacked the camp ... a rocket attack")
    if (has["ied"] or has["grenade"] or has["shelling"] and 0 <= has.pos("attack") < has.pos("shelling")) \
            and not has["air"] and GROUND_FIGHT.search(lowered) and target == "security":
        return make("Battles", "Armed clash", 0.6)
    # air power called in against a ground assault on forces ("the ambush was followed by
    # airstrikes", "the attack triggered an aerial intervention") supports a battle
    if has["air"] and subj_armed and not subj_state and (has["attack"] or has["clash"]) and target == "security" \
            and AIR_RESPONSE.search(lowered):
        return make("Battles", "Armed clash", 0.6)
    # a shoulder-fired rocket (RPG) used in a ground assault on forces is part of the fight
    if has["shelling"] and (has["attack"] or has["clash"]) and re.search(r"\brpgs?\b|rocket[- ]propelled", lowered) \
            and target == "security":
        return make("Battles", "Armed clash", 0.6)
    # Battles: territory first, then clashes (air strikes / shelling during a ground fight included)
    # (forces that "forced" the enemy to withdraw met resistance)
    no_resistance = has["transfer"] and re.search(r"without|no resistance|(?<!to )withdr|pulled out|abandon|vacat|retreat",
                                                  _FORCED_OUT.sub(" ", lowered))
    # a named place captured or entered ("captured Buthidaung", "entered Goma after heavy
    # fighting") is taken territory; entering counts only with fighting reported, and a
    # hold of a few hours ("briefly", "before withdrawing") stays an Armed clash
    if not (has["nsa_overtake"] or has["gov_regain"]) and (has["clash"] or has["attack"] or has["transfer"]) \
            and not BRIEF_HOLD.search(lowered):
        taken, at = place_taken(passage)
        if taken and (has["clash"] or taken not in ("entered", "moved into")):
            has = WithOvertake(has)
            if at < len(primary_low):   # the taker is who stands before the verb, not the loser after it
                subj_state = FEATURES["state_actor"].search(primary_low[:at]) is not None
                subj_armed = FEATURES["armed_group"].search(primary_low[:at]) is not None
    # state forces taking over a place (a base, a town) from others regain territory
    if has["nsa_overtake"] and subj_state and not subj_armed and not has["gov_regain"] \
            and _TAKING_OVER.search(lowered):
        if no_resistance and not has["clash"]:
            return make("Strategic developments", "Non-violent transfer of territory", 0.6)
        return make("Battles", "Government regains territory", 0.6)
    if has["gov_regain"] and first.pos("gov_regain") > 0:
        # who retook the place stands before "retook", not the loser after it ("X retook the
        # town from ISIS following assaults")
        subj_state, subj_armed = subject_kind(primary_low[:first.pos("gov_regain")])
    if has["gov_regain"] and (subj_state or not subj_armed):
        if no_resistance and not has["clash"]:
            return make("Strategic developments", "Non-violent transfer of territory", 0.6)
        return make("Battles", "Government regains territory", 0.7)
    if has["nsa_overtake"] and (subj_armed or not subj_state) and (has["clash"] or has["attack"] or has["transfer"]
                                                                   or _HELD_PLACE.search(lowered)):
        if _DAY_HOLD.search(lowered):
            return make("Battles", "Armed clash", 0.55)
        # forces that left before the group arrived gave the place up without a fight
        if not has["clash"] and (no_resistance or not (has["attack"] or has["kill"])):
            return make("Strategic developments", "Non-violent transfer of territory", 0.6)
        return make("Battles", "Non-state actor overtakes territory", 0.65)
    # an armed group's attack that makes state forces withdraw or flee takes the place
    if subj_armed and not subj_state and (has["attack"] or has["clash"]) \
            and FORCES_WITHDREW.search(lowered):
        return make("Battles", "Non-state actor overtakes territory", 0.6)
    # remote violence stays an Explosion unless a ground fight is explicitly reported
    # a fight the attackers had just lost elsewhere ("while withdrawing after being repelled
    # in an attack on the base") is background to the act reported, not a clash in it
    strong_clash = STRONG_CLASH.search(_REPELLED_BEFORE.sub(" ", has.lowered)) is not None
    if has["clash"] and (strong_clash or (not explosive and target != "civilian")):
        return make("Battles", "Armed clash", 0.8)
    if has["air"]:
        return make("Explosions/Remote violence", "Air/drone strike", 0.8, civ=target == "civilian")
    if has["shelling"] and not re.search(r"\bshot\b", lowered) or has["shelling"] and not has["attack"]:
        return make("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.7, civ=target == "civilian")
    if has["grenade"]:
        return make("Explosions/Remote violence", "Grenade", 0.7, civ=target == "civilian")
    if has["ied"] and not re.search(r"\bexplosives?\b", lowered) or has["ied"] and not has["attack"]:
        return make("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.75, civ=target == "civilian")

    # communal / intercommunal fighting: identity militias on both sides (a battle)
    if COMMUNAL.search(lowered) and (has["kill"] or has["attack"] or has["clash"]) and not has["abduct"]:
        return make("Battles", "Armed clash", 0.6)
    # Attacks: the target decides Battle vs Violence against civilians
    if has["sexual"]:
        return make("Violence against civilians", "Sexual violence", 0.75)
    violent = has["attack"] or has["kill"]
    if has["abduct"]:
        # the codebook: an abduction with fatalities or injuries, or within an
        # assault on the victims, is an Attack
        killed = ABDUCTION_HARM.search(NOT_HARM.sub(" ", lowered)) or GUNFIRE_AT.search(lowered)
        # abductions are of civilians unless a fight is reported or armed people (soldiers,
        # militia members) were killed or wounded in it: violence between armed parties
        # forces freeing captives in an operation: the abduction is the armed group's past act,
        # the event is the operation against it
        # (a rescue told only after the abduction it ends is another event: the lead's abduction stands)
        rescue = re.search(r"\b(?:rescued|freed|liberated)\b", lowered)
        if subj_state and rescue and not (first["abduct"] and rescue.start() >= len(primary_low)):
            return make("Battles", "Armed clash", 0.55)
        if strong_clash or (target == "security" and killed and not CAPTIVES_KILLED.search(lowered)) \
                or MILITIA_SEIZED.search(lowered):
            return make("Battles", "Armed clash", 0.6)
        if killed:
            return make("Violence against civilians", "Attack", 0.7)
        return make("Violence against civilians", "Abduction/forced disappearance", 0.8)
    # soldiers or police shooting into the air, rampaging or looting with no enemy named are
    # state personnel rioting (a mutiny), not an operation
    if subj_state and not has["armed_group"] and not has["protest"] and STATE_RAMPAGE.search(lowered) \
            and not has["clash"] and not has["arrest"]:
        return make("Riots", "Violent demonstration", 0.5)
    if violent:
        # an attack on an unmanned post or empty building that hurt no one
        if not strong_clash and PROPERTY_ONLY.search(lowered) \
                and not PERSON_HARM.search(NOT_HARM.sub(" ", lowered)):
            return make("Strategic developments", "Looting/property destruction", 0.5)
        if target == "security" or (subj_state and target != "civilian" and has["armed_group"]):
            return make("Battles", "Armed clash", 0.65)
        if has["loot_destroy"] and not PERSON_HARM.search(NOT_HARM.sub(" ", lowered)) \
                and not GUNFIRE_AT.search(lowered) and not ATTACKED_PERSON.search(lowered):
            # shooting at people or their cars, or an assault aimed at a person, is an attack on them
            # an attack or incursion that only seizes or destroys property (the codebook's
            # looting "outside the context of other forms of violence")
            return make("Strategic developments", "Looting/property destruction", 0.55)
        return make("Violence against civilians", "Attack", 0.7)
    # coercion (an ultimatum, an illegal checkpoint) is Other unless goods were taken or property destroyed
    if has["coercion"] and not (has["loot_destroy"] and scan(EXTORTION.sub(" ", lowered))["loot_destroy"]):
        return make("Strategic developments", "Other", 0.5)
    if has["loot_destroy"] and PASSENGERS_HIT.search(lowered):
        return make("Violence against civilians", "Attack", 0.55)
    # looting told with no one named doing it ("shops looted on Friday", "reports of looting
    # along the avenue") is the looting of unrest: crowds, not an armed group
    if has["loot_destroy"] and _LOOTING.search(lowered) and not (has["armed_group"] or has["state_actor"]) \
            and not re.search(r"\bby\b", lowered):
        return make("Riots", "Violent demonstration", 0.45)
    if has["loot_destroy"]:
        return make("Strategic developments", "Looting/property destruction", 0.6)
    if has["arrest"]:
        return make("Strategic developments", "Arrests", 0.6)
    if has["agreement"]:
        return make("Strategic developments", "Agreement", 0.55)
    if has["surrender"]:
        return make("Strategic developments", "Change to group/activity", 0.55)
    if has["hq_base"]:
        return make("Strategic developments", "Headquarters or base established", 0.55)
    if has["transfer"] and _FORCED_OUT.search(lowered) and (subj_state or subj_armed):
        # forcing the enemy out of a place takes it by force
        return make("Battles", "Government regains territory" if subj_state and not subj_armed
                    else "Non-state actor overtakes territory", 0.55)
    if has["transfer"]:
        # forces leaving a place with no one reported taking it is a movement of forces
        # (Change to group/activity), not a transfer of territory
        if _FORCES_LEFT.search(lowered) and not _PLACE_TAKEN_OVER.search(lowered):
            return make("Strategic developments", "Change to group/activity", 0.5)
        return make("Strategic developments", "Non-violent transfer of territory", 0.5)
    # forces' operations against an armed group are coded as clashes even when the report
    # gives no result (the codebook's battles include offensives on armed groups' positions)
    if has["activity"] and subj_state and has["armed_group"] and OPERATION_AGAINST.search(lowered):
        return make("Battles", "Armed clash", 0.5)
    if has["activity"]:
        return make("Strategic developments", "Change to group/activity", 0.5)
    if has["other_sd"]:
        return make("Strategic developments", "Other", 0.45)
    if has["change_group"]:
        return make("Strategic developments", "Change to group/activity", 0.5)
    if has["disrupted"] and re.search(r"\b(?:disarm\w*|defus\w+|foil\w*|thwart\w*|deactivat\w+)", lowered):
        # fighters disarmed, a plot foiled, with nothing else reported
        return make("Strategic developments", "Disrupted weapons use", 0.45)
    return None
