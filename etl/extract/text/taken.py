"""Territory taken, told with a bare place name the trigger lexicon cannot read.

The lexicon reads lowercased text, so "seized Bukavu" looks like "seized weapons" and
"the troops took over X, a strategic village" like "took over the talks". Read on the
original case, a verb of taking followed by a capitalised name that the gazetteer knows
as a place (and the actor dictionary does not know as a group) is territory changing
hands: "the rebels seized X", "captured X", "took X", "took over X", "retook X",
"troops have entered (the eastern city of) X", "moved into X".

``taken_place(sentence)`` finds it (the prefilter's extra reading); ``classify_taken``
codes it, by the codebook:
  - entering or moving into a place with no fighting told is a deployment (state forces:
    Strategic developments / Other) or a place given up (an armed group: Non-violent
    transfer of territory); with fighting it is a taking by force;
  - taking a place where the text says there was no fighting ("without a fight",
    "unopposed", "little resistance", "after the army withdrew") is a Non-violent transfer
    of territory;
  - else Battles: Government regains territory when state forces (or a "re-" verb with
    no armed group as its subject) take it, Non-state actor overtakes territory otherwise.
A hold of a few hours ("briefly", "before withdrawing") is no taking (an Armed clash that
the lexicon reads for itself).
"""
from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.text.territory import BRIEF_HOLD, actor_name, known_place
from etl.extract.text.views import subject_kind

_VERB = (r"seized|captured|recaptured|retook|re-took|overran|took over|took (?:full |effective )?control of|took|"
         r"regained (?:full )?control of|regained|(?:have |has |had )?entered|moved into|marched into|rolled into")
_TAKEN = re.compile(
    rf"\b(?P<verb>{_VERB})\s+(?P<noun>the\s+(?:[\w-]+\s+){{0,3}}?(?:town|city|village|locality|district|port|"
    r"township|county|municipality|capital)\s+of\s+)?(?P<name>[A-Z][\w'’-]+(?:[ -](?:al-|el-)?[A-Z][\w'’-]+){0,2})")
# what follows a place name ("X, a strategic village", "X after", "X from the militants")
_AFTER = re.compile(
    r"\s*(?:[(,.;:]|$)|\s+(?:town|city|village|after|from|following|on|in|and|amid|during|when|where|which|"
    r"with|at|by|for|district|area|locality|region|province|state|county|township|camp|base|port|airport|"
    r"without|late|early|as|before|itself|once|through|over|last|this|unopposed|\d)\b")
_PLACE_AFTER = re.compile(r"\s+(?:town|city|village|locality|district|port|township)\b|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:town|city|village|locality|district|port|township|settlement|stronghold|garrison town|"
                         r"capital|hub|seat)\b")
_NOT_NAME = frozenset(("Mr", "Mrs", "Ms", "Dr", "General", "Gen", "Colonel", "Col", "Commander", "Chief", "Emir",
                       "Sheikh", "President", "Minister", "Governor", "On", "The", "A", "An", "In", "At", "It",
                       "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Office", "Power", "Parliament", "Congress"))
# the cheap test before the regex: a verb of taking, lowercased
_CHEAP = ("seized", "captured", "took", "retook", "re-took", "overran", "regained", "entered", "moved into",
          "marched into", "rolled into")

_FIGHT = re.compile(r"\b(?:fight\w*|fought|clash\w*|battl\w+|combat|offensive|assault\w*|attack\w*|gunfire|"
                    r"heavy (?:shelling|bombardment)|killed|kill\w*|dead)\b")
_NO_FIGHT = re.compile(
    r"\b(?:without (?:any |much )?(?:resistance|a fight|fighting|firing a (?:single )?shot|a shot|opposition|bloodshed)|"
    r"(?:little|no|scant|minimal) (?:or no )?(?:resistance|fighting|opposition)|unopposed|"
    r"(?:had |having )?(?:withdr(?:ew|awn)|pulled out|fled|abandoned|vacated|deserted|left) (?:from )?(?:the |it|their |its )|"
    r"after (?:the )?(?:[\w-]+ ){0,3}(?:had )?(?:withdr(?:ew|awn)|pulled out|fled|abandoned|vacated|deserted|left))\b")
_RE_VERB = ("recaptured", "retook", "re-took", "regained")


def _place_name(name: str) -> bool:
    """A name the gazetteer knows as a place and the actor dictionary not as a group."""
    return _known(name) and not _actor(name)


@lru_cache(maxsize=1024)
def _known(name: str) -> bool:
    return known_place(name)


@lru_cache(maxsize=1024)
def _actor(name: str) -> bool:
    return actor_name(name)


def taken_place(sentence: str) -> re.Match | None:
    """The verb of taking and the place it takes ("seized Bukavu"), or None."""
    low = sentence.lower()
    if not any(v in low for v in _CHEAP):
        return None
    for m in _TAKEN.finditer(sentence):
        name = m.group("name")
        if name.split()[0].rstrip("'’") in _NOT_NAME:
            continue
        # written as a place ("the city of X", "X, a strategic village", "X town")
        written = m.group("noun") or _PLACE_AFTER.match(sentence, m.end("name"))
        if not written and not _AFTER.match(sentence, m.end("name")):
            continue
        if m.group("verb") == "took" and not written and not _AFTER_TOOK.match(sentence, m.end("name")):
            continue   # "took Amina to hospital": a person led somewhere, not a town taken
        if written and not _actor(name) or _place_name(name):
            return m
    return None


# "took" alone takes a place only when the place ends its clause ("rebels took X on Sunday",
# "took X, the district's seat"), never "took X to ..."
_AFTER_TOOK = re.compile(r"\s*(?:[(,.;:]|$)|\s+(?:after|from|following|on|in|amid|during|without|late|early|last|this|"
                         r"before|once|unopposed)\b")


def classify_taken(passage: str, sentence: str) -> tuple[str, str] | None:
    """(event type, sub-event type) of territory taken in the passage's first sentence
    (the passage tells whether there was fighting), else None."""
    m = taken_place(sentence)
    if m is None:
        return None
    low = passage.lower()
    if BRIEF_HOLD.search(low):
        return None
    state, armed = subject_kind(sentence[:m.start()].lower())
    verb = m.group("verb")
    fight = _FIGHT.search(low) is not None
    calm = _NO_FIGHT.search(low) is not None
    if verb.endswith(("entered", "into")) and not fight:
        if state and not armed:
            return "Strategic developments", "Other"   # forces deployed into a town
        return "Strategic developments", "Non-violent transfer of territory"
    if calm and not fight:
        return "Strategic developments", "Non-violent transfer of territory"
    if state and not armed or verb in _RE_VERB and not armed:
        return "Battles", "Government regains territory"
    return "Battles", "Non-state actor overtakes territory"
