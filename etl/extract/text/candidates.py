"""Which sentences report an event at all: the cheap prefilter of the event
passages (is_candidate), and a sentence that only names an event already
reported as a topic ("The assault on X on Monday is being investigated"), which
the passage grouping keeps as a follow-up of the event it names
(names_reported_event).
"""
from __future__ import annotations

import re

from etl.extract.text.labels import note_label
from etl.extract.text.lexicon import scan
from etl.extract.text.news_cues import QUOTED, REACTION_FRAME, strip_background

# victims named by what was done to them ("our people who were massacred included mothers",
# "the 12 who died were buried on Sunday"): a description of an event told elsewhere
_VICTIMS_WHO = re.compile(
    r"\b(?:who|that) (?:were|was|had been|have been|has been) (?:\w+ )?(?:killed|massacred|murdered|slaughtered|"
    r"butchered|shot dead|executed)\b|\bwho (?:had )?(?:died|perished|lost (?:their|his|her) lives)\b")

# the dead mourned or prayed for ("the council prayed for 17 dead people in A and 10 in B",
# "mourners buried the victims"): a rite for the dead of an event told elsewhere, no act
_MOURNED = re.compile(
    r"\b(?:prayed|prayers?|pray(?:ing|s)?) for (?:the )?(?:souls of (?:the )?)?(?:[\w-]+ ){0,3}?(?:dead|deceased|victims|killed)\b|"
    r"\b(?:mourn(?:ed|ing|s)?|buried|burying|funerals? (?:of|for)|laid to rest) (?:the )?(?:[\w-]+ ){0,3}?"
    r"(?:dead|deceased|victims|killed)\b")
_MOURN_WORDS = ("pray", "mourn", "buri", "funeral", "laid to rest")
# a witness quoting the aftermath, its doer untold ('"Almost the entire village was burnt down,"
# one witness said'): a description of the event it follows, no new one
_AFTERMATH = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are) (?:\w+ ){0,2}?(?:burnt|burned|razed|destroyed|torched|looted|"
    r"flattened|reduced to (?:ashes|rubble)|set (?:on fire|ablaze)|in ruins|in ashes)\b(?! by)")
_ACT_FEATURES = ("kill", "attack", "abduct", "clash", "sexual", "air", "shelling", "ied", "suicide", "grenade")

# features that make a sentence a candidate event sentence (the cheap prefilter)
TRIGGER_FEATURES = (
    "protest", "riot_violent", "mob", "air", "suicide", "shelling", "ied", "grenade", "chemical",
    "clash", "attack", "kill", "abduct", "sexual", "arrest", "loot_destroy", "disrupted",
    "agreement", "hq_base", "coercion", "transfer", "gov_regain", "nsa_overtake", "surrender", "activity", "other_sd",
)


def _triggered(found) -> bool:
    return any(found[n] for n in TRIGGER_FEATURES if n in found.active)


def _aftermath_quote(m: re.Match) -> str:
    """A quoted aftermath with no act in it, blanked; any other quote kept."""
    quote = m.group(0)
    if not _AFTERMATH.search(quote):
        return quote
    found = scan(quote)
    return quote if any(found[n] for n in _ACT_FEATURES if n in found.active) else " "


def is_candidate(sentence: str) -> bool:
    """Cheap prefilter: does the sentence mention any event trigger at all?"""
    if ":" in sentence[:40] and note_label(sentence):
        return True   # a note's opening label names the development it reports
    found = scan(sentence)
    if not _triggered(found):
        return False
    # a general statement, a tally, an opinion or an event named only as a topic ("the
    # attack is being investigated") is no event; an event told beside it still is
    text = strip_background(found.lowered)
    if REACTION_FRAME.search(text):
        text = QUOTED.sub(" ", text)       # a reaction's quoted words report nothing new
    if " who " in text or " that " in text:
        text = _VICTIMS_WHO.sub(" ", text)
    if any(w in text for w in _MOURN_WORDS):
        text = _MOURNED.sub(" ", text)
    if '"' in text or "“" in text:
        text = QUOTED.sub(_aftermath_quote, text)
    if text == found.lowered:
        return True
    return _triggered(scan(text))


def names_reported_event(sentence: str) -> bool:
    """The sentence names an event only as the topic of what it says ("The raid on the
    camp on Sunday is being investigated", "Friday's attack was 25 km from the
    capital"): no new event, but it may tell the day or place of the one it names."""
    found = scan(sentence)
    if not _triggered(found):
        return False
    without_background = strip_background(found.lowered, topics=False)
    if not _triggered(scan(without_background)):
        return False        # background or a tally, not an event named
    return not _triggered(scan(strip_background(without_background)))
