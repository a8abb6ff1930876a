"""Incidents a sentence recalls beside the one it reports: the event whose anniversary
it marks ("marked the first anniversary of the truck bombing"), and a past incident
told inside a clause ("the deadliest since the attack on X in March 2019 that killed
30", "The raid came hours after gunmen shot a chief in Y", "... students of Z, who were
kidnapped on 11 December"): each is an incident of its own, dated by the clause.

May import: etl.extract.dates_fatalities.dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.dates_fatalities.dates import DateMatch

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3}
_GATHERING = re.compile(r"\b(?:march|protest|rall|demonstrat|gather|vigil|sit-in|took to the streets)", re.I)
_ANNIVERSARY = re.compile(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\b", re.I)


def anniversary(sentence: str, match: DateMatch) -> DateMatch | None:
    """The day of the event whose anniversary the sentence marks ("marked the first
    anniversary of the truck bombing"): N years before the day it was marked."""
    m = _ANNIVERSARY.search(sentence) if "anniversary" in sentence else None
    if m is None or _GATHERING.search(sentence, 0, m.start()):
        return None   # a march or a vigil on the anniversary is itself the event
    word = m.group("n").lower()
    years = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    day = match.day
    try:
        day = day.replace(year=day.year - years)
    except ValueError:   # 29 February
        day = day.replace(year=day.year - years, day=28)
    return DateMatch(day, match.precision, m.start(), day + (match.latest - match.day), True)


# -- a past incident told inside a clause of a sentence about another one

_INCIDENT = (r"(?:attacks?|bombings?|blasts?|explosions?|massacres?|ambush(?:es)?|raids?|assaults?|killings?|"
             r"kidnappings?|abductions?|clashes|(?:air ?|drone )?strikes?|sieges?|shootings?|murders?|invasion)")
# a comparison's yardstick: "the deadliest since the attack on X in March 2019 that killed 30"
_SINCE = re.compile(r"\bsince\s+(?=(?:the|a|an|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,5}?" + _INCIDENT + r"\b)", re.I)
# another incident a short time before: "The raid came hours after gunmen shot a chief in Y"
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|coming|happened|occurred|took place)\s+(?:just\s+|barely\s+|only\s+|some\s+|about\s+|less than\s+)?"
    r"(?P<n>an?|one|two|three|four|five|six|seven|\d|a few|several|few)?\s*(?P<unit>hours?|days?|weeks?)\s+after\s+", re.I)
# the same, told without "came" after a comma, of a clause with its own act: "..., an official
# said, two days after the base was first attacked in drone strikes" (not "two days after the
# attack, police ...": a noun alone names the incident just told)
_DAYS_AFTER = re.compile(
    r",\s+(?:just\s+|barely\s+|only\s+|some\s+|about\s+)?(?P<n>an?|one|two|three|four|five|six|seven|\d)\s+"
    r"(?P<unit>hours?|days?|weeks?)\s+after\s+", re.I)
_ACT_CLAUSE = re.compile(r"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:attacked|struck|hit|bombed|shelled|targeted|"
                         r"raided|stormed|ambushed|killed|kidnapped|abducted|seized|overrun)\b", re.I)
# an incident the act followed, dated by its own clause: "following the attack on X last week that killed 5"
_FOLLOWING = re.compile(r"\b(?:following|after|in the wake of)\s+(?=(?:the|an?|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
                        + _INCIDENT + r"\b)", re.I)
# a relative clause dating a past act of the noun before it: "students who were kidnapped on 11 December"
_WHO_WERE = re.compile(r"\b(?:who|which|that)\s+(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?"
                       r"(?:kidnapped|abducted|killed|massacred|attacked|seized|captured|ambushed)\s+(?=(?:on|in|last)\s)", re.I)
_CLAUSE_END = re.compile(r"[;:]|\s[-–—]\s|,\s+(?:[\w'’]+\s+){0,4}?(?:said|says|told|according)\b|"
                         r",\s+(?:and|but|while|as|amid)\s")
_HEAD = re.compile(r"(?:[\w'’-]+\s+){0,5}[\w'’-]+$")
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_PASSIVE_HINT = re.compile(r"\b(?:who|which|that) (?:were|was|had|have|has) ")
_HINTS = ("since", "after", "following", "wake", " who ", " which ", " that ")


@dataclass(frozen=True)
class Recalled:
    start: int            # offset of the clause in the sentence
    text: str
    days_before: int | None = None   # "came N days after ...": how long before the sentence's day
    precision: int = 1
    dated: bool = True    # the clause must carry its own date (else it is dated from the sentence's)
    date_at: int = 0      # where in the text its date is looked for (after the noun a relative clause describes)
    apart: bool = False   # another incident only when the sentence dates its own act days apart ("after", "following")


def recalled_clauses(sentence: str) -> list[Recalled]:
    """The past incidents a sentence tells inside a since-, after- or relative clause
    beside the one it reports."""
    low = sentence.lower()
    if not any(h in low for h in _HINTS):
        return []
    out = []
    since, after = "since" in low, "after" in low or "following" in low or "wake of" in low
    for m in _SINCE.finditer(sentence) if since else ():
        out.append(_clause(sentence, m.end()))
    for m in _FOLLOWING.finditer(sentence) if after else ():
        c = _clause(sentence, m.end())
        out.append(Recalled(c.start, c.text, apart=True))
    came = list(_CAME_AFTER.finditer(sentence)) if "after" in low else []
    if "after" in low and not came:
        came = [m for m in _DAYS_AFTER.finditer(sentence) if _ACT_CLAUSE.search(_clause(sentence, m.end()).text)]
    for m in came:
        unit, n = m.group("unit").lower(), (m.group("n") or "").lower()
        count = int(n) if n.isdigit() else _COUNT.get(n)
        if unit.startswith("hour"):
            days, precision = 0, 1
        elif unit.startswith("day"):
            days, precision = (count, 1) if count else (3, 2)
        else:
            days, precision = 7 * (count or 2), 2
        c = _clause(sentence, m.end())
        out.append(Recalled(c.start, c.text, days, precision, dated=False))
    for m in _WHO_WERE.finditer(sentence) if _PASSIVE_HINT.search(low) else ():
        # the noun the clause describes: up to six words before it, within its comma
        lo = max(0, m.start() - 80)
        head = _HEAD.search(sentence[lo:m.start()].rstrip(", "))
        start = lo + head.start() if head else m.start()
        c = _clause(sentence, m.end())
        out.append(Recalled(start, sentence[start:c.start + len(c.text)], date_at=m.end() - start))
    # a clause dated from the sentence's day gives way to one inside it with its own date
    return [c for c in out if len(c.text.split()) >= 3 and (c.dated or not any(
        o.dated and c.start <= o.start < c.start + len(c.text) for o in out))]


def _clause(sentence: str, start: int) -> Recalled:
    end = _CLAUSE_END.search(sentence, start)
    text = sentence[start:end.start() if end else len(sentence)].rstrip(" .,\"”’")
    return Recalled(start, text)
