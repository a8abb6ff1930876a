"""ACLED actor coding: who acts (actor 1), who is acted on (actor 2), and who
is associated with each, named as ACLED names them.

Entry point: ``assign_actors(sentence, event_type, sub_event_type, country,
event_date)``. The event type decides the frame (a protest always has
"Protesters (X)" as actor 1, violence against civilians always has the
civilians as actor 2); the text decides the named parties and their order
(the subject before the verb acts; "killed by X" makes X the actor).
The dictionary is data under ``data/``; see ``lexicon.py``.
"""
from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.actors.candidates import ARMED_KINDS, GENERIC_ARMED, Candidate, Reading, read_note
from etl.extract.actors.lexicon import DATA_DIR, state_actor


@dataclass(frozen=True)
class ActorRoles:
    actor1: str
    inter1: int
    assoc_actor_1: str
    actor2: str
    inter2: int
    assoc_actor_2: str


# words joining two actors on the same side: "troops and CJTF members", "backed by"
SAME_SIDE_GAP = re.compile(r"^[\s,]*(?:and|as well as|alongside|with the support of|supported by|backed by|together with|in collaboration with|in conjunction with|jointly with|assisted by|aided by|&|,|/)[\s,]*(?:the\s+|some\s+|local\s+|suspected\s+)?$", re.I)
UNCERTAIN_GAP = re.compile(r"^[\s,]*(?:and/or|or|/)[\s,]*(?:suspected\s+|presumed\s+|possibly\s+)?$", re.I)
# where a protest's description of the crowd ends and its grievance begins
GRIEVANCE = re.compile(r"\b(?:protest(?:ed|ing|s)?\s+(?:the|against|over)|in reaction to|reaction to|in response to|against|over|to demand|demanding|to protest|in protest|calling|following|after|because|to denounce|denouncing|to condemn|condemning|to call|in support|to press|to express|to decry|decrying|to show|to reject|rejecting|to oppose|opposing|on the|for the|for their|for better|to mark|to commemorate|in solidarity|to request|requesting|to urge|urging|seeking|to seek)\b", re.I)
SUSPECT_VICTIM = re.compile(r"\b(?:suspected|alleged|presumed)\s+(?:\w+\s+){0,2}(?:thie(?:f|ves)|robbers?|kidnappers?|criminals?|bandits?|witch(?:es)?|wizards?|rapists?|ritualists?|militiamen|cultists?|burglars?|pickpockets?|fraudsters?|motorcycle thie(?:f|ves)|cattle rustlers?|killers?|murderers?)|\b(?:lynched|jungle justice|mob justice)\b", re.I)
ATTACK_BEFORE = re.compile(r"\b(?:attack(?:ed|ing)?|assault(?:ed|ing)?|lynch(?:ed|ing)?|kill(?:ed|ing)?|beat|beating|stoned|stoning|set|burn(?:ed|t|ing)?|injur(?:ed|ing)|clash(?:ed)? with|against|torched|vandali[sz]ed|overpowered|disarmed|chased|pelted|mobbed|targeted|on)\b(?:\s+\w+){0,4}\s*$", re.I)
PASSIVE_VICTIM = re.compile(r"^\s*(?:\w+\s+){0,2}(?:were|was|got|came)\s+(?:\w+\s+)?(?:attacked|assaulted|beaten|injured|killed|lynched|stoned|disarmed|under attack|overpowered|chased)", re.I)


@lru_cache(maxsize=1)
def _pair_order() -> dict[frozenset[str], tuple[str, str]]:
    with open(DATA_DIR / "uncertain_pairs.csv", encoding="utf-8", newline="") as fh:
        return {frozenset((row["first"], row["second"])): (row["first"], row["second"]) for row in csv.DictReader(fh)}


def _join(names) -> str:
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return "; ".join(seen)


def _merge_uncertain(cands: list[Candidate], text: str) -> list[Candidate]:
    """"suspected JNIM or ISGS militants" -> one actor "A and/or B"."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        # "Katiba Macina (JNIM) militants": the group in brackets is the actor
        if (prev and prev.kind == "named" and c.kind == "named" and prev.name != c.name
                and re.fullmatch(r"\s*(?:militants\s*)?\(\s*", text[prev.end:c.start]) and text[c.end:c.end + 2].strip().startswith(")")):
            prev.assoc = [a for a in [prev.name] + prev.assoc if a != c.name]
            prev.name, prev.inter = c.name, c.inter
            prev.end = c.end
            continue
        if (prev and prev.kind == "named" and c.kind == "named" and prev.name != c.name
                and " and/or " not in prev.name and UNCERTAIN_GAP.match(text[prev.end:c.start])):
            order = _pair_order().get(frozenset((prev.name, c.name)), (prev.name, c.name))
            prev.name = f"{order[0]} and/or {order[1]}"
            prev.end = c.end
            continue
        out.append(c)
    return out


def _ordered_armed(reading: Reading, text: str) -> list[Candidate]:
    """Distinct armed actors, the acting one first."""
    armed = _merge_uncertain([c for c in reading.armed if c.kind in ARMED_KINDS], text)
    specific = [c for c in armed if c.kind not in GENERIC_ARMED]
    nonstate_specific = [c for c in specific if c.kind != "state" and c.kind != "unidentified_explicit"]
    # "militants"/"gunmen" after a named group usually refer back to it
    if nonstate_specific:
        armed = specific
    armed.sort(key=lambda c: (not c.passive_agent, c.start))
    seen: dict[str, Candidate] = {}
    for c in armed:
        if c.name not in seen:
            seen[c.name] = c
    return list(seen.values())


def _side_assoc(main: Candidate, others: list[Candidate], chosen: set[str], text: str) -> list[str]:
    """Actors written right next to ``main`` and joined to it ("X and Y")."""
    out = list(main.assoc)
    last_end = main.end
    for c in sorted(others, key=lambda c: c.start):
        if c.start == main.start and c.name not in chosen:
            out.append(c.name)  # "French and Burkinabe forces": one mention, two states
            continue
        if c.start < main.end or c.name in chosen:
            continue
        if SAME_SIDE_GAP.match(text[last_end:c.start]):
            out.append(c.name)
            out.extend(c.assoc)
            last_end = c.end
        elif c.start > last_end:
            break
    return out


def _civilians_attacked(reading: Reading, text: str) -> bool:
    return any(ATTACK_BEFORE.search(text[max(0, p - 45):p]) or PASSIVE_VICTIM.match(text[p:p + 50])
               for p in reading.civilian_positions)


def _ethnic_groups(reading: Reading, country: str) -> list[str]:
    out = []
    for _, e in reading.ethnic_victims:
        out.append(f"{e} Ethnic Group ({country})")
        if e == "Fulani":  # ACLED lists Fulani victims as herders too
            out.append(f"Pastoralists ({country})")
    return out


def _crowd_assoc(assoc: list[str], orgs: list[Candidate]) -> list[str]:
    """A named union or a trade (teachers, health workers) replaces generic "Labour Group"."""
    specific = any(o.role == "org" for o in orgs if o.name in assoc) or any(
        a.startswith(("Teachers", "Health Workers", "Taxi Drivers", "Street Traders", "Journalists", "Lawyers", "Students"))
        for a in assoc)
    return [a for a in assoc if not (specific and a.startswith("Labour Group"))]


def _civ(country: str) -> str:
    return f"Civilians ({country})"


def _groups_between(reading: Reading, lo: int, hi: int, exclude=()) -> list[str]:
    return [g for pos, g in reading.groups if lo <= pos < hi and g not in exclude]


def _roles(a1: Candidate | None, a2: Candidate | None, assoc1, assoc2, fallback1: tuple[str, int]) -> ActorRoles:
    name1, inter1 = (a1.name, a1.inter) if a1 else fallback1
    return ActorRoles(name1, inter1, _join(a for a in assoc1 if a != name1),
                      a2.name if a2 else "", a2.inter if a2 else 0,
                      _join(a for a in assoc2 if not a2 or a != a2.name))


@lru_cache(maxsize=4096)
def _fixed(name: str, inter: int) -> Candidate:
    """Generic actors the frame supplies (never mutated, so cached)."""
    return Candidate(name, inter, "generic", -1, -1)


@lru_cache(maxsize=8)
def _article_groups(article: str, country: str, day: datetime.date) -> tuple[Candidate, ...]:
    """The non-state armed groups an article names (one of each)."""
    seen: dict[str, Candidate] = {}
    for c in read_note(article, country, day).armed:
        if c.kind == "named" and c.inter in (2, 3, 4):
            seen.setdefault(c.name, c)
    return tuple(seen.values())


@lru_cache(maxsize=8)
def _article_clans(article: str, country: str, day: datetime.date) -> tuple[Candidate, ...]:
    """The clan militias an article names (one of each, in the order named)."""
    seen: dict[str, Candidate] = {}
    for c in read_note(article, country, day).armed:
        if c.kind == "communal" and c.name.endswith(f" Clan Militia ({country})"):
            seen.setdefault(c.name, c)
    return tuple(seen.values())


def _lend_article_clans(reading: Reading, article: str, country: str, day: datetime.date) -> None:
    """"clashes between militias from rival clans" in a report that names the clans
    elsewhere ("fighters from the X and Y clans"): the passage's generic communal
    militias are those clans' militias, in the order the article names them, when
    it names no more clans than the passage has militias (one or two)."""
    generic = [i for i, c in enumerate(reading.armed) if c.kind == "communal_generic"]
    if not generic:
        return
    clans = _article_clans(article, country, day)
    if not clans or len(clans) > 2:
        return
    slots = generic if len(generic) > 1 or len(clans) == 1 else generic * 2
    for k, (i, clan) in enumerate(zip(slots, clans)):
        c = reading.armed[i]
        lent = Candidate(clan.name, clan.inter, "communal", c.start, c.end, c.passive_agent)
        if k and i == slots[k - 1]:
            reading.armed.insert(i + 1, lent)   # one generic word for both clans' militias
        else:
            reading.armed[i] = lent


def _lend_article_group(reading: Reading, article: str, country: str, day: datetime.date) -> None:
    """"Gunmen attacked the village..." in a report naming the ADF only in a later
    sentence: the passage's generic assailants ("gunmen", "attackers", "rebels",
    "militiamen") are that group when the article names exactly one armed group
    (a militia word only a militia, inter 3-4). Assailants said to be unknown,
    or a passage naming a group or militia of its own, keep their reading."""
    generic = [c for c in reading.armed if c.kind in GENERIC_ARMED]
    if reading.armed and not generic or any(c.kind not in GENERIC_ARMED and c.kind != "state" for c in reading.armed):
        return
    groups = _article_groups(article, country, day)
    if len(groups) != 1:
        return
    g = groups[0]
    if not reading.armed:
        # "An armed attack left 28 civilians dead": no assailant named at all
        reading.armed.append(Candidate(g.name, g.inter, "named", 0, 0, False, list(g.assoc)))
        return
    for i, c in enumerate(reading.armed):
        if c.kind in GENERIC_ARMED and (c.kind != "communal_generic" or g.inter in (3, 4)):
            reading.armed[i] = Candidate(g.name, g.inter, "named", c.start, c.end, c.passive_agent, list(g.assoc))


def assign_actors(sentence: str, event_type: str, sub_event_type: str, country: str,
                  event_date: datetime.date, article: str = "") -> ActorRoles:
    """``article``: the whole report (title and text), whose named armed group
    may stand for the passage's generic assailants (see _lend_article_group)."""
    text = sentence or ""
    reading = read_note(text, country, event_date)
    if article and event_type not in ("Protests", "Riots"):
        _lend_article_clans(reading, article, country, event_date)
        _lend_article_group(reading, article, country, event_date)
    if event_type not in ("Protests", "Riots"):
        reading.armed.extend(o for o in reading.orgs if o.inter in (2, 3))
    if event_type == "Battles":
        # "Bissa farmers clashed with Fula herders": communities fighting are militias
        reading.armed.extend(Candidate(f"{e} Ethnic Militia ({country})", 4, "ethnic_militia", p, p + len(e))
                             for p, e in reading.ethnic_victims)
    armed = _ordered_armed(reading, text)
    orgs = reading.orgs
    uag = _fixed(f"Unidentified Armed Group ({country})", 3)
    civ = _fixed(_civ(country), 7)
    n = len(text)

    if event_type in ("Protests", "Riots"):
        crowd = _fixed(f"Protesters ({country})", 6) if event_type == "Protests" else _fixed(f"Rioters ({country})", 5)
        # the crowd's identity is described before its grievance
        crowd_pos = min(reading.protest_positions + reading.riot_positions, default=0)
        g = GRIEVANCE.search(text, crowd_pos)
        cut = g.start() if g else n
        assoc1 = [o.name for o in orgs if o.start < cut or o.name.startswith("#")]
        assoc1 += [c.name for c in armed if c.kind in ("named", "communal", "ethnic_militia") and c.start < cut
                   and c.inter != 1 and c.kind != "state"] if event_type == "Riots" else []
        assoc1 += _groups_between(reading, 0, cut)
        assoc1 = _crowd_assoc(assoc1, orgs)
        grievance_end = text.find(". ", cut)
        grievance_end = n if grievance_end < 0 else grievance_end
        in_grievance = (lambda c: cut <= c.start < grievance_end) if g else (lambda c: False)
        state = [c for c in armed if c.kind == "state" and not in_grievance(c)]
        if not state and event_type == "Riots":
            state = [c for c in reading.armed if c.kind == "state" and not in_grievance(c)]
        other = [c for c in armed if c.kind != "state" and c.name not in assoc1]
        if event_type == "Protests":
            if sub_event_type == "Peaceful protest":
                return _roles(crowd, None, assoc1, [], (crowd.name, crowd.inter))
            target = state[0] if state else (other[0] if other else _fixed(state_actor("Police", country, event_date), 1))
            return _roles(crowd, target, assoc1, [], (crowd.name, crowd.inter))
        # Riots
        if sub_event_type == "Mob violence":
            if SUSPECT_VICTIM.search(text):
                assoc1.append(f"Vigilante Group ({country})")
                return _roles(crowd, civ, assoc1, [], (crowd.name, crowd.inter))
            victims = [c for c in reading.armed if c.kind == "state" and (
                ATTACK_BEFORE.search(text[max(0, c.start - 45):c.start]) or PASSIVE_VICTIM.match(text[c.end:c.end + 40]))]
            victims += other
            victims.sort(key=lambda c: c.start)
            if victims:
                return _roles(crowd, victims[0], assoc1, [], (crowd.name, crowd.inter))
            if re.search(r"\b(?:clash(?:ed|es)?|fought|fight|fighting|brawl)\b", text, re.I):
                return _roles(crowd, crowd, assoc1, [], (crowd.name, crowd.inter))
            return _roles(crowd, civ, assoc1, _groups_between(reading, cut, n, assoc1), (crowd.name, crowd.inter))
        target = state[0] if state else (other[0] if other else None)
        if target is None and _civilians_attacked(reading, text):
            return _roles(crowd, civ, assoc1, _groups_between(reading, cut, n, assoc1), (crowd.name, crowd.inter))
        return _roles(crowd, target, assoc1, [], (crowd.name, crowd.inter))

    if event_type == "Violence against civilians":
        perpetrators = [c for c in armed]
        a1 = perpetrators[0] if perpetrators else uag
        assoc1 = _side_assoc(a1, perpetrators, {a1.name}, text) if perpetrators else []
        victims = [g for g in _groups_between(reading, 0, n, assoc1) if a1.kind != "ethnic_militia" or not g.startswith("Pastoralists")]
        victims += _ethnic_groups(reading, country)
        return _roles(a1, civ, assoc1, victims, (uag.name, uag.inter))

    if event_type == "Battles":
        a1 = armed[0] if armed else uag
        rest = [c for c in armed[1:] if c.name != a1.name]
        a1_assoc = _side_assoc(a1, armed, {a1.name}, text) if armed else []
        rest = [c for c in rest if c.name not in a1_assoc]
        if rest:
            a2 = rest[0]
        elif len(armed) > 1 and armed[1].kind != "state" and a1.kind != "state":
            # "JNIM and ISGS militants clashed": the two joined groups fought each other
            a2 = armed[1]
            a1_assoc = [a for a in a1_assoc if a != a2.name and a not in a2.assoc]
        elif a1.kind in ("cult", "communal", "communal_generic", "ethnic_militia", "named") and a1.inter != 2 and re.search(r"\b(?:rival|factions?|clash(?:ed|es)?|between|fought|fight)\b", text, re.I):
            a2 = a1  # two factions of the same kind of militia
        elif a1 is uag:
            a2 = None
        else:
            a2 = uag
        a2_assoc = _side_assoc(a2, armed, {a1.name, a2.name}, text) if a2 and a2.start >= 0 else []
        return _roles(a1, a2, a1_assoc, a2_assoc, (uag.name, uag.inter))

    if event_type == "Explosions/Remote violence":
        if sub_event_type == "Air/drone strike":
            state = [c for c in armed if c.kind == "state"]
            a1 = state[0] if state else (armed[0] if armed else _fixed(state_actor("Military", country, event_date), 1))
        else:
            nonstate = [c for c in armed if c.kind != "state"]
            a1 = armed[0] if armed and (armed[0].passive_agent or armed[0].kind != "state" or not nonstate) else (nonstate[0] if nonstate else uag)
            if a1.kind == "state" and not a1.passive_agent and sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb"):
                a1 = uag  # soldiers hit by an IED are the target, not the bomber
        targets = [c for c in armed if c.name != a1.name]
        if a1.kind == "state":
            joint = [c for c in targets if c.kind == "state" and c.start == a1.start]
            targets = [c for c in targets if c not in joint]
            targets.sort(key=lambda c: c.kind == "state")
        if targets:
            a2 = targets[0]
            assoc2 = _groups_between(reading, 0, n) if reading.civilian_positions else []
            if reading.civilian_positions and _civ(country) not in assoc2 and re.search(r"\bcivilians?\b", text, re.I):
                assoc2.append(_civ(country))
            return _roles(a1, a2, _side_assoc(a1, armed, {a1.name, a2.name}, text), assoc2, (uag.name, uag.inter))
        if reading.civilian_positions:
            return _roles(a1, civ, a1.assoc, _groups_between(reading, 0, n) + _ethnic_groups(reading, country), (uag.name, uag.inter))
        return _roles(a1, None, a1.assoc, [], (uag.name, uag.inter))

    # Strategic developments
    if sub_event_type == "Arrests":
        state = [c for c in armed if c.kind == "state"]
        a1 = state[0] if state else _fixed(state_actor("Police", country, event_date), 1)
        others = [c for c in armed if c.kind == "named"] + [o for o in orgs]
        a2 = others[0] if others else civ
        return _roles(a1, a2, [], _groups_between(reading, 0, n) if a2 is civ else [], (a1.name, a1.inter))
    if sub_event_type == "Looting/property destruction":
        # property is civilian unless the text says otherwise; ACLED codes it so
        a1 = armed[0] if armed else uag
        if a1.kind == "state":
            bases = [c for c in armed if c.kind not in ("state",) and c.kind not in GENERIC_ARMED]
            if bases:
                return _roles(a1, bases[0], _side_assoc(a1, armed, {a1.name, bases[0].name}, text), [], (uag.name, uag.inter))
        return _roles(a1, civ, _side_assoc(a1, armed, {a1.name}, text) if armed else [], _groups_between(reading, 0, n), (uag.name, uag.inter))
    if sub_event_type == "Disrupted weapons use":
        state = [c for c in armed if c.kind == "state"]
        a1 = state[0] if state else (armed[0] if armed else _fixed(state_actor("Military", country, event_date), 1))
        others = [c for c in armed if c.name != a1.name and c.kind != "state"]
        return _roles(a1, others[0] if others else None, [], [], (a1.name, a1.inter))
    actors = armed + orgs
    if sub_event_type in ("Change to group/activity", "Other", "Agreement") and reading.government_positions:
        # "the government extended the state of emergency": the state acts
        gov = Candidate(state_actor("Government", country, event_date), 1, "state",
                        reading.government_positions[0], reading.government_positions[0] + 1)
        actors.append(gov)
    actors.sort(key=lambda c: c.start)
    a1 = actors[0] if actors else (civ if reading.civilian_positions else uag)
    rest = [c for c in actors if c.name != a1.name]
    a2 = rest[0] if rest else None
    if a2 is None and sub_event_type == "Other" and reading.civilian_positions and a1 is not civ:
        a2 = civ
    return _roles(a1, a2, a1.assoc, [], (a1.name, a1.inter))
