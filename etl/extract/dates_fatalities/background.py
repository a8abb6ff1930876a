"""Deaths a sentence names that are no event's toll: a statistic of a period, a
conflict or many attacks ("more than 1,500 people were killed last year"), and
deaths named as the grievance or background of the act ("protested over the killing
of a student"). Used by fatalities; works on lowercase text.
"""
from __future__ import annotations

import re

DEATH_HINTS = ("kill", "dead", "death", "died", "fatal", "bod", "behead", "murder", "slain", "lynch",
                "execut", "massacr", "slaughter", "assassinat", "lives", "life", "perish", "succumb", "toll", "neutrali",
                "tué", "mort", "tombés", "abattus", "corpse", "bomber", "ablaze", "alive", "on fire", "alight")

# deaths named as the grievance or background of the reported act, not caused by it:
# "protested over the killing of a student", "an accident that killed four"
_GRIEVANCE = re.compile(
    r"\b(?:over|against|protest(?:ing|ed)?|condemn\w*|denounc\w*|mourn\w*|justice for|in reaction to|"
    r"in response to|following|after|to demand|demanding|in memory of|commemorat\w*|anniversary of)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:killings?|deaths?|murders?|executions?|massacres?|lynching)\s+of\b[^.;]*|"
    r"\b(?:accident|crash|explosion|fire|collapse|flood\w*|pollution|disease|illness|outbreak)\s+"
    r"(?:that|which)\s+(?:[\w-]+\s+){0,2}(?:killed|claimed)\b[^.;]*|"
    r"\b(?:those|people|persons|members)\s+(?:allegedly\s+|reportedly\s+)?killed\s+by\b[^.;,]*|"
    r"\b(?:executed|killed)\s+[^.;]{0,30}\byears ago\b|"
    # an earlier incident the act is dated against: "the attack came just hours after gunmen killed ..."
    r"\b(?:came|comes|occurred|happened)\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|an|one|two|three|four|five|a few|several|\d+)\s+)?"
    r"(?:hours?|days?|weeks?)\s+after\b[^.;]*")
# deaths counted over months or years, or over many attacks: a statistic of the
# conflict ("109 soldiers have been killed since the insurgency began", "killed
# nearly 2,000 people last year", "hundreds killed in over 20 attacks"), no event's toll
_AGGREGATE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|beginning|end)\s+of)\s*)?(?:\w+\s+)?(?:19|20)\d\d\b|"
    r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:insurgency|conflict|crisis|war|fighting|violence|unrest|"
    r"uprising|rebellion)\b|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\b|"
    r"\b(?:died|killed|dead|lives)\s+(?:\w+\s+)?(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:conflict|insurgency|war|crisis)\b|"
    r"\b(?:conflict|insurgency|war|crisis)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed)\b|"
    r"\b(?:last|this|past|per|each|every)\s+year\b|\bin\s+recent\s+(?:years|months)\b|"
    r"\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)\b|"
    r"\b(?:in|within)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|a few)\s+(?:months|years)\b|"
    r"\b(?:estimates?|estimated)\b[^.;]{0,40}\b(?:have|has)\s+(?:died|been killed)\b|"
    r"\b(?:have|has)\s+(?:died|been killed)\b[^.;]{0,50}\b(?:estimates?|tallies|tally)\b|"
    r"\bin\s+(?:over|more than|some|about)?\s*(?:\d+|two|three|four|five|six|dozens|scores|hundreds|a series|several|numerous)\s+"
    r"(?:of\s+)?(?:attacks|raids|incidents|massacres|bombings|clashes)\b")
# a superlative's yardstick is no period's count: "the deadliest attack since 2018",
# "the worst violence in years" rank the act told, they count nothing ("the deadliest
# year since 2015" still ranks a period)
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|most\s+(?:deadly|lethal|serious|violent))\b"
    r"(?!\s+(?:year|month|week|decade|period|season)s?\b)[^.;,]{0,60}?\b(?:since|in)\b[^.;,]*")
_AGGREGATE_HINTS = ("since", "year", "month", "recent", "estimat", "tall", "over the", "attacks", "raids", "incidents", "massacres",
                    "bombings", "clashes", "conflict", "insurgency", "war", "crisis")


def is_aggregate_toll(sentence: str) -> bool:
    """Are the sentence's deaths a statistic of a period, a conflict or many attacks
    ("more than 1,500 people were killed last year"), not an event's toll?"""
    s = _SUPERLATIVE.sub(" ", sentence.lower())
    return (any(h in s for h in DEATH_HINTS) and any(h in s for h in _AGGREGATE_HINTS)
            and _AGGREGATE.search(s) is not None)


def strip_grievances(sentence: str) -> str:
    """The sentence without the deaths it names as a grievance or background."""
    return _GRIEVANCE.sub(" ", sentence)
