"""Incidents a sentence recalls beside the one it reports: the event whose anniversary
it marks ("marked the first anniversary of the truck bombing"), and a past incident
told inside a clause ("the deadliest since the attack on X in March 2019 that killed
30", "The raid came hours after gunmen shot a chief in Y", "... students of Z, who were
kidnapped on 11 December"): each is an incident of its own, dated by the clause.

May import: etl.extract.dates_fatalities.dates.
"""
from __future__ import annotations

import re
from dataclasses import replace

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
