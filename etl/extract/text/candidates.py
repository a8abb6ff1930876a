"""Which sentences report an event at all: the cheap prefilter of the event
passages (is_candidate), and a sentence that only names an event already
reported as a topic ("The assault on X on Monday is being investigated"), which
the passage grouping keeps as a follow-up of the event it names
(names_reported_event).
"""
from __future__ import annotations

import re

from etl.extract.text.lexicon import scan
from etl.extract.text.news_cues import QUOTED, REACTION_FRAME, strip_background
from etl.extract.text.taken import taken_place

# victims named by what was done to them ("our people who were massacred included mothers",
# "the 12 who died were buried on Sunday"): a description of an event told elsewhere
_VICTIMS_WHO = re.compile(
    r"\b(?:who|that) (?:were|was|had been|have been|has been) (?:\w+ )?(?:killed|massacred|murdered|slaughtered|"
    r"butchered|shot dead|executed)\b|\bwho (?:had )?(?:died|perished|lost (?:their|his|her) lives)\b")

# the dead mourned or prayed for ("the council prayed for 17 dead people in A and 10 in B",
# "mourners buried the victims"): a rite for the dead of an event told elsewhere, no act
_MOURNED = re.compile(
    r"\b(?:prayed|prayers?|pray(?:ing|s)?) for (?:the )?(?:souls of (?:the )?)?(?:[\w-]+ ){0,3}?(?:dead|deceased|victims|killed)\b|"
    r"\b(?:mourn(?:ed|ing|s)?|buried|burying|funerals? (?:of|for)|laid to rest) (?:the )?(?:[\w-]+ ){0,4}?"
    r"(?:dead|deceased|victims|killed)\b|"
    r"\b(?:dead|deceased|victims|bodies)\b(?: of (?:the )?[\w-]+)? (?:were|was|have been|had been|will be|are being) "
    r"(?:\w+ )?(?:buried|laid to rest)\b")
_MOURN_WORDS = ("pray", "mourn", "buri", "funeral", "laid to rest")
# a witness quoting the aftermath, its doer untold ('"Almost the entire village was burnt down,"
# one witness said'): a description of the event it follows, no new one
_AFTERMATH = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are) (?:\w+ ){0,2}?(?:burnt|burned|razed|destroyed|torched|looted|"
    r"flattened|reduced to (?:ashes|rubble)|set (?:on fire|ablaze)|in ruins|in ashes)\b(?! by)")
# an act told elsewhere, named only as the cause or the topic of what the sentence tells
# ("schools were closed because of the attacks", "security was tightened after the attack",
# "an investigation into the killings", "the fighting has left 20,000 people without food"),
# and the care of its wounded ("the wounded were taken to hospital"): no new act
_CONSEQUENCE = re.compile(
    r"\b(?:(?:because of|due to|following|after|in the wake of|in response to|in reaction to|in retaliation for) "
    r"(?:the|this|that|these|those|such|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|fighting|violence|clashes|killings?|"
    r"raids?|massacres?|bombings?|ambush(?:es)?|assaults?|incidents?|unrest|insecurity|explosions?|blasts?|deaths?)\b"
    r"(?!\s+(?:of|on|at|by|against|near|which|that|who|when|where)\b(?!\s+(?:last\b|early\b|late\b|\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|"
    r"(?:end|ending|ended|halt|halting|stop|stopping|resolve|resolving|de-escalate) (?:the )?(?:[\w-]+ ){0,2}?"
    r"(?:fighting|violence|conflict|war|clashes|insurgency|hostilities)|"
    r"(?:investigation|investigations|probe|inquiry|enquiry) (?:into|of) (?:the|this|that|these|those|last \w+['’]s|\w+day['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|fighting|violence|clashes|killings?|raids?|massacres?|bombings?|ambush(?:es)?|"
    r"assaults?|incidents?|explosions?|blasts?)\b)|"
    r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?(?:fighting|violence|attacks?|clashes|conflict|insecurity|unrest)\b"
    r"(?:\s+in\s+[\w-]+)?\s+(?:has|have|had)\s+(?:also\s+)?(?:left|forced|displaced|uprooted|driven)\b[^.;]*|"
    r"\b(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|casualties|victims|bodies|dead)\s+(?:were|was|are|have been|had been)\s+"
    r"(?:\w+\s+)?(?:taken|rushed|evacuated|admitted|transported|transferred|flown|airlifted|treated|receiving|hospitali[sz]ed)\b|"
    r"\b(?:treat\w*|overwhelmed (?:with|by)|car(?:e|ing) for|tend\w* to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:wounded|injured|casualties)\b")
# a wire photo's caption: a present-tense description closed by its place and date ("People look
# on as ..., in X, Country, 13 July 2021.") or by the photo's credit ("(Photo: AGENCY/NAME)")
_CAPTION = re.compile(
    r",\s+\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+"
    r"(?:19|20)\d\d\.?\s*$|\((?:photo|photograph|picture|image|file photo)\s*(?::|by|credit)[^)]*\)|"
    r"\b(?:photo|picture|image) credit\b")
_CONSEQUENCE_WORDS = ("because", "due to", "follow", "after", "wake", "respon", "reaction", "retaliation", "investigat",
                      "end", "halt", "stop", "resolv", "escalate",
                      "probe", "inquiry", "enquiry", " left", "forced", "displaced", "uprooted", "driven", "wounded",
                      "injured", "casualties", "victims", "bodies", "dead")
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
    found = scan(sentence)
    if not _triggered(found):
        # a place taken, named bare ("the rebels seized X"): the lexicon reads no name
        return taken_place(sentence) is not None
    if ("photo" in found.lowered or "picture" in found.lowered or "image" in found.lowered
            or found.lowered.rstrip(". ")[-4:].isdigit()) and _CAPTION.search(found.lowered):
        return False        # a photo's caption describes a picture, it reports nothing new
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
    if any(w in text for w in _CONSEQUENCE_WORDS):
        text = _CONSEQUENCE.sub(" ", text)
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
