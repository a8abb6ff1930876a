"""Suicide bombers in a toll: the codebook counts a suicide bomber who dies.

A report's toll usually counts the bombers' victims ("a suicide bomber killed 20
people": 21 died); it says so when it counts the bombers too ("12 people, including
the bomber, were killed"), and some reports count them among the dead already
("three suicide bombers were shot dead"). A bomber who was stopped, arrested or who
only attempted an attack adds nothing beyond the deaths the text reports.

The caller (fatalities) counts the passage's other figures; this module tells how
many bombers to add to them. Works on lowercase text.
"""
from __future__ import annotations

import re

_SENTENCES = re.compile(r"(?<=[.;!?])\s+")
_SMALL = {"a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "twin": 2,
          "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# words that end a noun phrase: a count before them counts something else ("3 injured when the bomber")
_CLAUSE = (r"when|the|and|or|were|was|had|have|injured|wounded|killed|dead|by|of|with|after|as|while|who|"
           r"in|at|on|people|civilians|others")
_NUM = r"(?:\d+|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")"
# "two female Boko Haram suicide bombers", "a suicide bomber", "another female suicide bomber"
_BOMBERS = re.compile(rf"(?:\b(?P<n>{_NUM})\s+(?:(?!(?:{_CLAUSE})\b)[\w/-]+\s+){{0,3}}?)?\bsuicide\s+(?P<who>bombers?)\b")
# plural bombers without a count, whose blasts are counted: "two bomb blasts detonated by suicide bombers"
_BLASTS = re.compile(rf"\b(?P<n>{_NUM})\s+(?:[\w-]+\s+)?(?:blasts|explosions|bombings|bomb attacks)\b")
# no blast, or no death of the bomber beyond the reported ones
_FOILED = re.compile(r"\b(?:attempt\w*|tried|arrest\w*|stopp\w*|intercept\w*|foil\w*|would-be|thwart\w*|"
                     r"before (?:she|he|they|the bombs?) (?:could )?detonat\w*|materials|apprehend\w*)\b")
# the toll counts the bombers already, or says it may
_COUNTED = re.compile(
    r"\b(?:including|among them|of whom|dont)\s+(?:the|its|their|both|all)\s+(?:[\w-]+\s+){0,2}?(?:suicide\s+)?bombers?\b|"
    r"\bincluding\s+(?:him|her|them)sel(?:f|ves)\b|"
    r"\b(?:including|among them|of whom)\s+(?:the|its|their|both|all)\s+(?:[\w-]+\s+){0,2}?(?:attackers?|assailants?)\b|\bunclear\s+(?:whether|if)\b|"
    r"\bbombers?\b[^.;]{0,30}?\b(?:were|was|been)\s+(?:\w+\s+)?(?:killed|shot dead|neutrali[sz]ed|dead)\b|"
    r"\bbombers?\s+(?:\w+\s+)?died\b|"
    r"\b(?:killed|killing|shot dead|neutrali[sz]ed|neutrali[sz]ing)\s+(?:[\w-]+\s+){0,4}?(?:suicide\s+)?bombers?\b|"
    r"\bamong them,?\s+(?:a|one|the)\s+(?:[\w-]+\s+)?(?:suicide\s+)?bomber\b")


_ATTACK_ONLY = re.compile(r"\bsuicide\s+(?:bombing|attack|blast|explosion|car bomb(?:ing)?|truck bomb(?:ing)?)\b")


def bombers_to_add(text: str) -> int | None:
    """How many suicide bombers to add to the passage's other figures (0 when the text
    counts them already or no bomb went off); None when the passage names no suicide
    bomber (the caller then reads "killing himself" as the one attacker who died)."""
    if "suicide bomber" not in text:
        if ("includ" in text or " of whom" in text or "among them" in text) and _COUNTED.search(text):
            return 0   # "killing nine people including the attacker": the toll counts him already
        # "the suicide bombing at the mosque killed 64": the bomber who died is no victim counted
        if "suicide" in text and _ATTACK_ONLY.search(text) and not _COUNTED.search(text) and not _FOILED.search(text):
            return 1
        return None
    if _COUNTED.search(text) or any("suicide bomber" in s and _FOILED.search(s) for s in _SENTENCES.split(text)):
        return 0   # counted already, or the sentence naming the bomber says no bomb went off
    n = 0
    for m in _BOMBERS.finditer(text):
        if m.group("n"):
            v = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n")]
        elif m.group("who") == "bomber":
            v = 1
        else:   # "suicide bombers": as many as the blasts counted, else unknown
            b = _BLASTS.search(text)
            v = (int(b.group("n")) if b.group("n").isdigit() else _SMALL[b.group("n")]) if b else 0
        n = max(n, v)   # the same bombers named again ("the bomber detonated ...")
    return n
