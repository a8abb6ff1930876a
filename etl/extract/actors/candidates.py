"""Turn alias mentions in a note into candidate actors with ACLED names.

A candidate is one actor the text names or implies: a named group, a state
force (with its nationality), a generic actor ("Unidentified Armed Group (X)"),
a communal or ethnic militia built from the word before "militia", or a
civilian/protester/rioter crowd. Role assignment (who is actor 1, who is
actor 2) happens in ``actors.py``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from etl.extract.actors.lexicon import DATA_DIR, Mention, NamedActor, StateUnit, find_mentions, lexicon, state_actor

# kinds of candidate that can fight or attack (as opposed to crowds and victims)
ARMED_KINDS = {"named", "state", "unidentified", "unidentified_explicit", "islamist", "communal",
               "communal_generic", "cult", "ethnic_militia"}
# vague words ("militants", "attackers") that usually refer back to a named group
GENERIC_ARMED = {"unidentified", "islamist", "communal_generic"}
EXPLICIT_UNKNOWN = re.compile(r"\b(?:unidentified|unknown|unidentfied)\b", re.I)
MILITIA_OF = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w'-]+)(?:\s+(?:and|&)\s+(?:the\s+)?([A-Z][\w'-]+))?")
TWO_NAMES_BEFORE = re.compile(r"([A-Z][\w'-]+)\s+(?:and|&)\s+([A-Z][\w'-]+)\s+$")
# nouns after an ethnic name that make it an armed group rather than a community
MILITIA_NOUNS = {"communal", "unidentified", "islamist"}
# what a force uses rather than who it is: after a force it names no second actor
STRIKE_NOUNS = {"airstrikes", "airstrike", "air strikes", "air strike", "drone strike", "drone strikes",
                "aerial bombardment", "artillery shelling", "artillery fire", "artillery strikes"}
HERDER_WORDS = {"herdsmen", "herders", "herdsman", "herder", "pastoralists", "nomads"}
PASSIVE_BY = re.compile(r"(?<!supported )(?<!backed )(?<!assisted )(?<!accompanied )(?<!aided )(?<!\bled )(?<!escorted )(?<!guided )(?<!followed )(?<!joined )(?<!reinforced )(?<!organized )(?<!organised )(?<!claimed )(?<!helped )(?<!flanked )\bby\s+(?:(?:a|an|the|some|suspected|presumed|alleged|unknown|unidentified|armed|group|of|members|elements|two|three|several|heavily|suspect|suspected|gang)\s+){0,4}$", re.I)
# "an al-Qaeda-linked group calling itself Ansaroul Islam", "IS-affiliated Boko Haram
# forces": the group after the affiliation is the actor, not the one it is linked to
AFFILIATION_AFTER = re.compile(r"[\s-](?:linked|affiliated|allied|aligned|inspired)\b", re.I)
AFFILIATED_GAP = 45
PRECEDING_NAME = re.compile(r"([A-Z][\w'-]+)\s+$")
PRECEDING_NAMES = re.compile(r"((?:[A-Z][\w'-]+\s+){1,3})$")
# Clan militias named by their clans: "fighters from the X and Y clans", "gunmen belonging
# to the X clan", "X and Y clan militias" (a clan name may run to two words: "Habar Gidir")
_CLAN_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_CLAN_NAMES = rf"({_CLAN_NAME})(?:,\s*({_CLAN_NAME}))?(?:,?\s+(?:and|&)\s+(?:the\s+)?({_CLAN_NAME}))?"
_CLAN_FIGHTERS = r"(?i:fighters|gunmen|militias?|militiamen|forces|armed men|members of (?:the )?militias?)"
CLAN_MILITIA = re.compile(
    rf"\b{_CLAN_FIGHTERS}\s+(?:from|of|belonging to|loyal to|hailing from)\s+(?:the\s+)?(?:rival\s+)?"
    rf"{_CLAN_NAMES}\s+(?:sub-?)?clans?\b"
    rf"|\b{_CLAN_NAMES}\s+(?:sub-?)?clans?['’]?\s+(?:militias?|militiamen|fighters|gunmen|forces)\b")


@dataclass
class Candidate:
    name: str
    inter: int
    kind: str                 # named, state, unidentified, islamist, communal, cult, ethnic_militia, org
    start: int
    end: int
    passive_agent: bool = False   # "... were killed by <this>"
    assoc: list[str] = field(default_factory=list)
    role: str = "armed"


@dataclass
class Reading:
    """Everything the role logic needs from one note."""
    armed: list[Candidate]
    orgs: list[Candidate]
    groups: list[tuple[int, str]]        # (position, associated-group actor name)
    civilian_positions: list[int]
    protest_positions: list[int]
    riot_positions: list[int]
    government_positions: list[int]
    ethnic_victims: list[tuple[int, str]]


@lru_cache(maxsize=1)
def militia_stopwords() -> frozenset[str]:
    lines = (DATA_DIR / "militia_stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(l.strip() for l in lines if l.strip() and not l.startswith("#"))


def _pick_named(tags, country: str, day: date) -> NamedActor | None:
    valid = [a for kind, a in tags if kind == "named" and a.valid(country, day)]
    if not valid:
        return None
    # a country-specific reading of an alias beats the general one
    valid.sort(key=lambda a: (not a.countries,))
    return valid[0]


def _pick_unit(tags, country: str, day: date) -> StateUnit | None:
    valid = [u for kind, u in tags if kind == "unit" and u.valid(country, day)]
    valid.sort(key=lambda u: (not u.countries,))
    return valid[0] if valid else None


def _force_home(mentions: list[Mention], i: int, text: str, country: str) -> list[str]:
    """Nationalities written just before a force noun: "French and Burkinabe troops"."""
    homes: list[str] = []
    j = i - 1
    end = mentions[i].start
    while j >= 0:
        m = mentions[j]
        gap = text[m.end:end]
        # "Nigerien soldiers"; between nationalities "French and Burkinabe troops"
        joiner = r"\s*-?\s*" if j == i - 1 else r"\s*(?:and/or|and|or|,|&)\s*"
        if len(gap) > 12 or not re.fullmatch(joiner, gap, re.I):
            break
        demonyms = [c for kind, c in m.tags if kind == "demonym"]
        if not demonyms:
            break
        homes.append(demonyms[0])
        end = m.start
        j -= 1
    return list(reversed(homes)) or [country]


def read_note(text: str, country: str, day: date) -> Reading:
    mentions = find_mentions(text)
    lex = lexicon()
    stop = militia_stopwords()
    r = Reading([], [], [], [], [], [], [], [])
    used_as_modifier: set[int] = set()

    for i, m in enumerate(mentions):
        kinds = m.kinds()

        def add(name: str, inter: int, kind: str, assoc=(), role="armed") -> None:
            window = text[max(0, m.start - 45):m.start]
            passive = "by " in window and bool(PASSIVE_BY.search(window))
            cand = Candidate(name.replace("{C}", country), inter, kind, m.start, m.end, passive,
                             [a.replace("{C}", country) for a in assoc], role)
            (r.orgs if role == "org" else r.armed).append(cand)

        if i in used_as_modifier:
            continue
        named = _pick_named(m.tags, country, day) if "named" in kinds else None
        if named:
            add(named.name, named.inter, "named", named.assoc, named.role)
            continue
        unit = _pick_unit(m.tags, country, day) if "unit" in kinds else None
        if unit:
            add(state_actor(unit.force, unit.home, day, unit.unit, unit.label), 1 if unit.home == country else 8, "state")
            continue
        ethnic = next((v for k, v in m.tags if k == "ethnic"), None)
        if ethnic and lex.ethnic_countries.get(ethnic) and country not in lex.ethnic_countries[ethnic]:
            ethnic = None  # "Marka" is a Somali town, "Fur" a Sudanese people only
        if ethnic:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            adjacent = nxt is not None and nxt.start - m.end <= 2
            noun = nxt.text.lower() if adjacent else ""
            if adjacent and (nxt.kinds() & MILITIA_NOUNS or noun in HERDER_WORDS):
                first_actor = not r.armed and not r.civilian_positions
                if nxt.kinds() & MILITIA_NOUNS or first_actor:
                    assoc = (f"Pastoralists ({country})",) if ethnic == "Fulani" or noun in HERDER_WORDS else ()
                    add(f"{ethnic} Ethnic Militia ({country})", 4, "ethnic_militia", assoc)
                    used_as_modifier.add(i + 1)
                    continue
            r.ethnic_victims.append((m.start, ethnic))
            continue
        if kinds & {"military", "police", "gendarmerie"}:
            prev = mentions[i - 1] if i > 0 else None
            if prev is not None and m.start - prev.end <= 1 and prev.kinds() & {"unit", "named"} and r.armed \
                    and r.armed[-1].end == prev.end:
                continue  # "Barkhane forces", "NAF troops": one actor, already added
            if m.text.lower() in STRIKE_NOUNS and r.armed and r.armed[-1].kind == "state" \
                    and m.start - r.armed[-1].end <= 40 and "." not in text[r.armed[-1].end:m.start]:
                continue  # "US warplanes carried out airstrikes": the strikes are that force's, not the host's
            kind = "gendarmerie" if "gendarmerie" in kinds else "police" if "police" in kinds else "military"
            for home in _force_home(mentions, i, text, country):
                force = "Military" if kind == "military" else "Police"
                unit_name = "Gendarmerie" if kind == "gendarmerie" else ""
                add(state_actor(force, home, day, unit_name), 1 if home == country else 8, "state")
            continue
        if kinds & {"communal", "cult"}:
            window = text[max(0, m.start - 40):m.start]
            before = PRECEDING_NAME.search(window)
            word = before.group(1) if before else ""
            low = m.text.lower()
            prev_is_word = i > 0 and mentions[i - 1].end >= m.start - len(word) - 1 and "demonym" not in mentions[i - 1].kinds()
            pair = TWO_NAMES_BEFORE.search(window)
            after = MILITIA_OF.match(text[m.end:m.end + 60])
            names = []
            if pair and not prev_is_word:
                names = [pair.group(1), pair.group(2)]
            elif after and not (word and word not in stop and not prev_is_word):
                names = [g for g in after.groups() if g]
            names = [w for w in names if w not in stop]
            prev = mentions[i - 1] if i > 0 else None
            if prev is not None and m.start - prev.end <= 1 and "named" in prev.kinds():
                continue  # "APC militias", "Yansakai militiamen": the named group is the actor
            if len(names) >= 1 and "cult" not in kinds:
                for w in names:
                    if w in lex.ethnic_countries:
                        add(f"{w} Ethnic Militia ({country})", 4, "ethnic_militia")
                    else:
                        add(f"{w} Communal Militia ({country})", 4, "communal")
                continue
            if word and word not in stop and not prev_is_word:
                if "clan" in low:
                    # clan names run to several words ("Habar Gidir clan militia")
                    clan = PRECEDING_NAMES.search(window)
                    words = [w for w in clan.group(1).split() if w not in stop] if clan else [word]
                    add(f"{' '.join(words[-3:]) or word} Clan Militia ({country})", 4, "communal")
                elif "ethnic" in low:
                    add(f"{word} Ethnic Militia ({country})", 4, "communal")
                elif "cult" in kinds and "communal" not in kinds:
                    add(f"Unidentified Cult Militia ({country})", 3, "cult")
                else:
                    add(f"{word} Communal Militia ({country})", 4, "communal")
                continue
            if "cult" in kinds:
                add(f"Unidentified Cult Militia ({country})", 3, "cult")
            else:
                add(f"Unidentified Communal Militia ({country})", 4, "communal_generic")
            continue
        if "mutiny" in kinds:
            add("Mutiny of " + state_actor("Military", country, day), 1, "state")
            continue
        if "unidentified" in kinds:
            explicit = EXPLICIT_UNKNOWN.search(m.text) or EXPLICIT_UNKNOWN.search(text[max(0, m.start - 25):m.start])
            add(f"Unidentified Armed Group ({country})", 3, "unidentified_explicit" if explicit else "unidentified")
        elif "islamist" in kinds:
            add(f"Unidentified Armed Group ({country})", 3, "islamist")
        for kind, value in m.tags:
            if kind == "assoc":
                if value == "Government":
                    r.groups.append((m.start, state_actor("Government", country, day)))
                else:
                    r.groups.append((m.start, f"{value} ({country})"))
        if "civilians" in kinds:
            r.civilian_positions.append(m.start)
        if "protesters" in kinds:
            r.protest_positions.append(m.start)
        if "rioters" in kinds:
            r.riot_positions.append(m.start)
        if "government" in kinds:
            r.government_positions.append(m.start)
    _clan_militias(r, text, country)
    _prefer_units(r.armed)
    _drop_affiliations(r.armed, text)
    return r


@lru_cache(maxsize=1)
def clan_spellings() -> dict[str, str]:
    """Written clan name (lower case) -> ACLED's spelling (data/clan_names.csv)."""
    with open(DATA_DIR / "clan_names.csv", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {a.strip().lower(): row["name"] for row in rows for a in row["aliases"].split("|") if a.strip()}


def _clan_militias(r: Reading, text: str, country: str) -> None:
    """"fighters from the Marehan and Majerten clans": each clan's militia is an actor
    ("Marehan Clan Militia (Somalia)", ACLED's spelling), in place of the generic
    militia, gunmen or communal militia read from the same words."""
    stop = militia_stopwords()
    spell = clan_spellings()
    for m in CLAN_MILITIA.finditer(text):
        names = [n for n in m.groups() if n and n.split()[0] not in stop]
        if not names:
            continue
        lo, hi = m.start(), m.end()
        r.armed[:] = [c for c in r.armed if not (c.kind in ("communal", "communal_generic", "unidentified")
                                                 and lo - 2 <= c.start < hi + 2)]
        for n in names:
            clan = spell.get(n.replace("’", "'").lower(), n)
            name = f"{clan} Clan Militia ({country})"
            if all(c.name != name for c in r.armed):
                r.armed.append(Candidate(name, 4, "communal", lo, hi))
    r.armed.sort(key=lambda c: c.start)


def _drop_affiliations(cands: list[Candidate], text: str) -> None:
    """A named group only qualifying the named group just after it ("X-linked Y") is no actor."""
    # "the al-Qaeda-linked terrorist group al-Shabaab": a generic noun may stand between them
    named = [c for c in cands if c.kind == "named"]
    drop = [a for a, b in zip(named, named[1:]) if a.name != b.name
            and 0 <= b.start - a.end <= AFFILIATED_GAP and AFFILIATION_AFTER.match(text, a.end)]
    if drop:
        cands[:] = [c for c in cands if all(c is not d for d in drop)]


def _prefer_units(cands: list[Candidate]) -> None:
    """"Police SARS operatives": keep the unit, drop the bare force next to it."""
    drop = set()
    for a in cands:
        for b in cands:
            if a is not b and a.kind == b.kind == "state" and b.name.startswith(a.name + " ") \
                    and (0 <= b.start - a.end <= 3 or 0 <= a.start - b.end <= 3):
                drop.add(id(a))
    if drop:
        cands[:] = [c for c in cands if id(c) not in drop]
