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

from etl.extract.text.candidates import TRIGGER_FEATURES, is_candidate, names_reported_event  # noqa: F401 (public API)
from etl.extract.text.codes import DISORDER, DISORDER_BY_SUB, Classification, code  # noqa: F401 (public API)
from etl.extract.text.cues import (
    ABDUCTION_HARM, AGREED, ATTACKED_PERSON, ARREST_VERB, CAPTIVES_KILLED, COMMUNAL, DEATHS, FORCES_WITHDREW, GROUND_FIGHT,
    GUNFIRE_AT, MILITIA_SEIZED, NO_CLASH, NOT_HARM, PERSON_HARM, PROPERTY_ONLY, RIVAL_CROWDS, STATE_RAMPAGE, STRONG_CLASH,
)
from etl.extract.text.demonstrations import crowd_violence, demonstration, mob_violence
from etl.extract.text.developments import FORCED_OUT, leading_development, residual_development
from etl.extract.text.labels import AIR_RESPONSE, CROWD_STRIKE, REMOTE_WEAPON
from etl.extract.text.lexicon import FEATURES, Scan, active_features, detect, scan  # noqa: F401 (detect, Scan: public API)
from etl.extract.text.news_cues import (
    DISPLACED_AFTER, GRENADE_HELD, MASS_GRAVE, REMNANT, SUICIDE_ACT, SUICIDE_STOPPED, strip_background,
)
from etl.extract.text.targets import target_kind
from etl.extract.text.territory import BRIEF_HOLD, place_taken
from etl.extract.text.views import Lazy, WithOvertake, Without, subject_kind, subject_of

# a fight the attackers had just lost elsewhere, told as background
_REPELLED_BEFORE = re.compile(r"\b(?:after|while|when) (?:being|having been|they were|it was) (?:repelled|routed|repulsed|pushed back)\b")
# forces taking a place over
_TAKING_OVER = re.compile(r"\b(?:took|take|taken|taking|seized|seize|captur\w+|overr[au]n|entered|occupied|moved into) (?:over|control)?")
# a place an armed group can take
_HELD_PLACE = re.compile(r"\b(?:town|city|village|port|base|locality|site|station|camp|post)\b")


# a place held a day or less ("occupied for a day", "held the town for a few hours"): the
# codebook's short-lived exchange, an Armed clash
_DAY_HOLD = re.compile(r"\bfor (?:a|one|a single|less than a) day\b|\bfor (?:a few|several|some|\d+|two|three) hours\b|"
                       r"\bfor hours\b")
# a device that forces found or destroyed, told in the passive
_FOUND_BY = re.compile(r"\b(?:found|discovered|recovered|destroyed|removed|neutrali[sz]ed|seized|spotted|located|"
                       r"detected|intercepted|defused|detonated) by\b")


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

    # a coup, an emergency declared, a strike with no gathering, arrests to stop a protest
    if (found := leading_development(has, lead, violent_lead, lowered, primary_low, subj_state)) is not None:
        return found
    if has["shelling"] and CROWD_STRIKE.search(lowered) and not REMOTE_WEAPON.search(lowered):
        has = Without(has, "shelling")   # a crowd's "strike" with no remote weapon named is its assault
    # Demonstrations: the report leads with a protest (not an armed attack that sparked one)
    if (found := demonstration(has, lead, violent_lead, lowered, primary_low, subj_state, subj_armed, target)) is not None:
        return found
    if has["agreement"] and AGREED.search(primary_low) and (violent_lead < 0 or AGREED.search(primary_low).start() < violent_lead):
        return code("Strategic developments", "Agreement", 0.6)
    if (found := crowd_violence(has, lowered, primary_low, subject, subj_state, subj_armed, target)) is not None:
        return found

    # a suicide bomber killed or arrested before the blast: no bombing took place; a bomber
    # stopped alive is a disrupted weapons use, one killed a fighter killed in a clash
    if has["suicide"] and SUICIDE_STOPPED.search(lowered) and not SUICIDE_ACT.search(lowered):
        if not DEATHS.search(lowered):
            return code("Strategic developments", "Disrupted weapons use", 0.6)
        has = Without(has, "suicide", "ied")   # the vest or bomb that never went off
        if not (has["shelling"] or has["air"]):   # shot before the blast: armed attackers stopped
            return code("Battles", "Armed clash", 0.55)
    # detentions by state forces (or a de facto authority's security forces) with no
    # one hurt are Arrests, even when made "in raids"
    if has["arrest"] and subj_state and ARREST_VERB.search(primary_low) \
            and not ABDUCTION_HARM.search(NOT_HARM.sub(" ", lowered)) and not has["clash"]:
        return code("Strategic developments", "Arrests", 0.6)
    # unarmed rival crowds fighting each other (party activists, two camps, miners and
    # villagers) are rioters, not organised armed groups
    if (has["clash"] or has["mob"]) and RIVAL_CROWDS.search(lowered) and not has["armed_group"] \
            and not subj_state and not (has["air"] or has["shelling"] or has["ied"] or has["suicide"]):
        return mob_violence(has, lowered, 0.55, False)
    # people fleeing because of fighting told as its aftermath, or a mass grave found: Other
    displaced = DISPLACED_AFTER.search(primary_low)
    if displaced and (violent_lead < 0 or violent_lead > displaced.start()):
        return code("Strategic developments", "Other", 0.5)
    if MASS_GRAVE.search(primary_low) and not (first["attack"] or first["clash"] or first["abduct"]):
        return code("Strategic developments", "Other", 0.5)
    if has["chemical"]:
        return code("Explosions/Remote violence", "Chemical weapon", 0.7)
    if has["suicide"] and not (lead["clash"] >= 0 and lead["clash"] < lead["suicide"] and STRONG_CLASH.search(lowered)):
        if has["disrupted"]:
            return code("Strategic developments", "Disrupted weapons use", 0.6)
        return code("Explosions/Remote violence", "Suicide bomb", 0.85, civ=target == "civilian")
    if has["grenade"] and GRENADE_HELD.search(lowered):
        # a grenade carried or seized is no grenade attack; an old one found that went off is a remnant
        has = Without(has, "grenade")
        if REMNANT.search(lowered) and not (has["attack"] or has["clash"] or has["kill"] and subj_state):
            return code("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.5, civ=True)
    explosive = has["air"] or has["shelling"] or has["ied"] or has["grenade"]
    # a device that went off while being planted, or its planters killed first: the use was disrupted
    if has["ied"] and re.search(r"\b(?:while|when) (?:\w+ ){0,4}(?:planting|laying|setting up|placing)\b", lowered):
        return code("Strategic developments", "Disrupted weapons use", 0.55)
    # (forces that only tell of a device that went off, '"two car bombs landed on the walls," a
    # police captain said', found none)
    if has["ied"] and subj_state and not (has["kill"] or has["attack"] or has["clash"]) \
            and not (0 <= first.pos("ied") < FEATURES["state_actor"].search(primary_low).start()
                     and not _FOUND_BY.search(primary_low)):
        return code("Strategic developments", "Disrupted weapons use", 0.6)   # forces found / destroyed a device
    # weapons seized in a fight belong to the fight (a battle); only a seizure or defusal
    # with no violence reported is Disrupted weapons use
    if has["disrupted"] and (explosive or re.search(r"\b(?:weapons|arms|ammunition)\b", lowered)) \
            and not (has["kill"] or has["clash"] or (has["attack"] and not has["ied"] and not subj_state)):
        return code("Strategic developments", "Disrupted weapons use", 0.6)

    if has["disrupted"] and (has["kill"] or has["clash"]) and (subj_state or subj_armed) and target != "civilian":
        return code("Battles", "Armed clash", 0.6)   # a fight in which weapons or explosives were seized
    # an explosive that opens a ground assault on armed forces ("a complex ambush initiated by
    # an IED followed by gunfire") is part of a battle
    # (rockets only when the assault is told first: "attacked the camp ... a rocket attack")
    if (has["ied"] or has["grenade"] or has["shelling"] and 0 <= has.pos("attack") < has.pos("shelling")) \
            and not has["air"] and GROUND_FIGHT.search(lowered) and target == "security":
        return code("Battles", "Armed clash", 0.6)
    # air power called in against a ground assault on forces ("the ambush was followed by
    # airstrikes", "the attack triggered an aerial intervention") supports a battle
    if has["air"] and subj_armed and not subj_state and (has["attack"] or has["clash"]) and target == "security" \
            and AIR_RESPONSE.search(lowered):
        return code("Battles", "Armed clash", 0.6)
    # a shoulder-fired rocket (RPG) used in a ground assault on forces is part of the fight
    if has["shelling"] and (has["attack"] or has["clash"]) and re.search(r"\brpgs?\b|rocket[- ]propelled", lowered) \
            and target == "security":
        return code("Battles", "Armed clash", 0.6)
    # Battles: territory first, then clashes (air strikes / shelling during a ground fight included)
    # (forces that "forced" the enemy to withdraw met resistance)
    no_resistance = has["transfer"] and re.search(r"without|no resistance|(?<!to )withdr|pulled out|abandon|vacat|retreat",
                                                  FORCED_OUT.sub(" ", lowered))
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
            return code("Strategic developments", "Non-violent transfer of territory", 0.6)
        return code("Battles", "Government regains territory", 0.6)
    if has["gov_regain"] and first.pos("gov_regain") > 0:
        # who retook the place stands before "retook", not the loser after it ("X retook the
        # town from ISIS following assaults")
        subj_state, subj_armed = subject_kind(primary_low[:first.pos("gov_regain")])
    if has["gov_regain"] and (subj_state or not subj_armed):
        if no_resistance and not has["clash"]:
            return code("Strategic developments", "Non-violent transfer of territory", 0.6)
        return code("Battles", "Government regains territory", 0.7)
    if has["nsa_overtake"] and (subj_armed or not subj_state) and (has["clash"] or has["attack"] or has["transfer"]
                                                                   or _HELD_PLACE.search(lowered)):
        if _DAY_HOLD.search(lowered):
            return code("Battles", "Armed clash", 0.55)
        # forces that left before the group arrived gave the place up without a fight
        if not has["clash"] and (no_resistance or not (has["attack"] or has["kill"])):
            return code("Strategic developments", "Non-violent transfer of territory", 0.6)
        return code("Battles", "Non-state actor overtakes territory", 0.65)
    # an armed group's attack that makes state forces withdraw or flee takes the place
    if subj_armed and not subj_state and (has["attack"] or has["clash"]) \
            and FORCES_WITHDREW.search(lowered):
        return code("Battles", "Non-state actor overtakes territory", 0.6)
    # remote violence stays an Explosion unless a ground fight is explicitly reported
    # a fight the attackers had just lost elsewhere ("while withdrawing after being repelled
    # in an attack on the base") is background to the act reported, not a clash in it
    strong_clash = STRONG_CLASH.search(_REPELLED_BEFORE.sub(" ", has.lowered)) is not None
    if has["clash"] and (strong_clash or (not explosive and target != "civilian")):
        return code("Battles", "Armed clash", 0.8)
    if has["air"]:
        return code("Explosions/Remote violence", "Air/drone strike", 0.8, civ=target == "civilian")
    if has["shelling"] and not re.search(r"\bshot\b", lowered) or has["shelling"] and not has["attack"]:
        return code("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.7, civ=target == "civilian")
    if has["grenade"]:
        return code("Explosions/Remote violence", "Grenade", 0.7, civ=target == "civilian")
    if has["ied"] and not re.search(r"\bexplosives?\b", lowered) or has["ied"] and not has["attack"]:
        return code("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.75, civ=target == "civilian")

    # communal / intercommunal fighting: identity militias on both sides (a battle)
    if COMMUNAL.search(lowered) and (has["kill"] or has["attack"] or has["clash"]) and not has["abduct"]:
        return code("Battles", "Armed clash", 0.6)
    # Attacks: the target decides Battle vs Violence against civilians
    if has["sexual"]:
        return code("Violence against civilians", "Sexual violence", 0.75)
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
            return code("Battles", "Armed clash", 0.55)
        if strong_clash or (target == "security" and killed and not CAPTIVES_KILLED.search(lowered)) \
                or MILITIA_SEIZED.search(lowered):
            return code("Battles", "Armed clash", 0.6)
        if killed:
            return code("Violence against civilians", "Attack", 0.7)
        return code("Violence against civilians", "Abduction/forced disappearance", 0.8)
    # soldiers or police shooting into the air, rampaging or looting with no enemy named are
    # state personnel rioting (a mutiny), not an operation
    if subj_state and not has["armed_group"] and not has["protest"] and STATE_RAMPAGE.search(lowered) \
            and not has["clash"] and not has["arrest"]:
        return code("Riots", "Violent demonstration", 0.5)
    if violent:
        # an attack on an unmanned post or empty building that hurt no one
        if not strong_clash and PROPERTY_ONLY.search(lowered) \
                and not PERSON_HARM.search(NOT_HARM.sub(" ", lowered)):
            return code("Strategic developments", "Looting/property destruction", 0.5)
        if target == "security" or (subj_state and target != "civilian" and has["armed_group"]):
            return code("Battles", "Armed clash", 0.65)
        if has["loot_destroy"] and not PERSON_HARM.search(NOT_HARM.sub(" ", lowered)) \
                and not GUNFIRE_AT.search(lowered) and not ATTACKED_PERSON.search(lowered):
            # shooting at people or their cars, or an assault aimed at a person, is an attack on them
            # an attack or incursion that only seizes or destroys property (the codebook's
            # looting "outside the context of other forms of violence")
            return code("Strategic developments", "Looting/property destruction", 0.55)
        return code("Violence against civilians", "Attack", 0.7)
    return residual_development(has, lowered, subj_state, subj_armed)
