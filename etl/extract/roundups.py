"""A round-up of a day's demonstrations: several acts in several towns in one sentence.

"Marches were prevented in A and B, there were confrontations in C, arrests in several
provinces, and rallies went ahead in D and E": each clause tells its own act at its own
towns, and ACLED codes one event per town, each with its clause's type (a march stopped or
broken up is a Protest with intervention, one that went ahead a Peaceful protest, arrests
are Arrests). ``round_up(sentence)`` finds the clauses (two or more, each with an act of
a demonstration and a town "in X"); ``add_round_up`` makes their events.

Only a sentence about demonstrations (a march, rally, protest named in it) is read so:
a list of killings by town is etl.extract.sites' concern.
May import: etl.extract.text, etl.extract.sites, etl.extract.incidents, etl.extract.passages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.incidents import Found, same_incident
from etl.extract.passages import Passage
from etl.extract.text.sentences import Sentence
from etl.extract.sites import Site, place_sites
from etl.extract.text.taxonomy import DISORDER, DISORDER_BY_SUB, Classification, classify

# where one clause of the list ends: a comma or semicolon, "adding that", "while"
_CLAUSE_END = re.compile(r"\s*[;,]\s+(?:and\s+|while\s+|but\s+|whereas\s+)?|\s+(?:adding|noting|saying|and said) that\s+|"
                         r"\s+(?:while|whereas)\s+")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# the towns of a clause: "in X", "in X and Y", "in the city of X"
_TOWNS = re.compile(rf"\b(?i:in)\s+(?:the\s+(?i:town|city|capital|province|region)\s+(?:of\s+)?)?(?P<a>{_NAME})"
                    rf"(?:\s+(?:and|&)\s+(?P<b>{_NAME}))?")
_DEMO = re.compile(r"\b(?:march(?:es|ed|ers)?|rall(?:y|ies|ied)|protest\w*|demonstrat\w+|sit-ins?|gatherings?)\b", re.I)
_ACT = re.compile(r"\b(?:march(?:es|ed|ers)?|rall(?:y|ies|ied)|protest\w*|demonstrat\w+|sit-ins?|gatherings?|"
                  r"confrontations?|clash(?:es|ed)|scuffles?|riot\w*|arrests?|arrested|detained|detentions?|"
                  r"prevented|suppressed|dispersed|broken up|broke up|blocked|banned|went ahead|gone ahead|"
                  r"were held|was held|took place|tear ?gas)\b", re.I)
_STOPPED = re.compile(r"\b(?:prevented|suppressed|dispersed|broken up|broke up|blocked|banned|tear ?gas|"
                      r"confrontations?|clash(?:es|ed)|scuffles?)\b", re.I)
_ARRESTS = re.compile(r"\b(?:arrests?|arrested|detained|detentions?)\b", re.I)
_NOT_TOWN = {"the", "a", "an", "march", "may", "june", "july", "april", "january", "february", "august",
             "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "sunday", "several", "some", "many", "other"}


@dataclass(frozen=True)
class Clause:
    text: str
    start: int   # offset in the sentence
    sites: list[Site]


def round_up(sentence: str) -> list[Clause]:
    """The clauses of a round-up of demonstrations, each with its own act and towns;
    [] unless two or more clauses tell acts in different towns."""
    if not _DEMO.search(sentence) or sentence.count(" in ") < 2:
        return []
    out: list[Clause] = []
    pos, fronted = 0, -1
    for end in [*(m for m in _CLAUSE_END.finditer(sentence)), None]:
        stop = end.start() if end is not None else len(sentence)
        start = pos if fronted < 0 else fronted
        text = sentence[start:stop]
        pos = end.end() if end is not None else len(sentence)
        # a town put before its clause ("in X, police fired tear gas") goes with the next one
        fronted = start if not _ACT.search(text) and _TOWNS.match(text) else -1
        if not _ACT.search(text):
            continue
        sites = []
        for m in _TOWNS.finditer(text):
            for g in ("a", "b"):
                name = m.group(g)
                if name and name.split()[0].lower() not in _NOT_TOWN:
                    sites.append(Site(name, None, start + m.start(g)))
        if sites:
            out.append(Clause(text, start, sites))
    names = {s.name for c in out for s in c.sites}
    return out if len(out) >= 2 and len(names) >= 2 else []


def _clause_type(clause: str) -> Classification:
    coded = classify(clause, clause)
    if coded is not None and coded.event_type in ("Protests", "Riots") or _ARRESTS.search(clause) \
            and not _DEMO.search(clause) and coded is not None and coded.sub_event_type == "Arrests":
        return coded
    if _ARRESTS.search(clause) and not _DEMO.search(clause):
        et, sub = "Strategic developments", "Arrests"
    elif _STOPPED.search(clause):
        et, sub = "Protests", "Protest with intervention"
    else:
        et, sub = "Protests", "Peaceful protest"
    return Classification(et, sub, DISORDER_BY_SUB.get(sub, DISORDER[et]), "", 0.5)


def add_round_up(found: list[Found], passage, clauses: list[Clause], d, weak: bool, where) -> bool:
    """One event per town of each clause, with the clause's type, on the passage's day.
    False when the gazetteer places none of the towns (the passage is read as before)."""
    made = []
    lead = passage.primary
    for clause in clauses:
        coded = _clause_type(clause.text)
        # the clause is the event's own passage: its evidence, and the text its type is read from
        start = lead.start + clause.start
        own = Passage([Sentence(clause.text, start, start + len(clause.text), lead.paragraph, lead.index)], d)
        for place, _ in place_sites(clause.sites, where):
            if place.geo_precision != 1:
                continue   # a town the gazetteer lacks: no point to give it
            made.append((coded, place, own))
    if not made:
        return False
    for coded, place, own in made:
        same = same_incident(found, coded.event_type, place, d.day, weak, lead.text)
        if same is not None:
            same.absorb(place, d, weak, 0)
            continue
        key = (place.country, place.admin1, place.location, d.day, coded.event_type)
        if not any(c.key == key for c in found):
            found.append(Found(own, coded, d, place, 0, weak, key))
    return True
