"""Re-tellings: one incident told again later in the same article is no second row.

A report tells its incident, then tells it again in other words: "The attack took
place just as ...", "The governor survived the attack", "Police said the gang escaped
after the Monday clash", "The ministry said protests erupted on Monday in X", "The
newspaper reported how gunmen burnt down the villages", "The bandits had on Wednesday
stormed the communities". Each such sentence may read as an event of its own, often
of a neighbouring type (the killing of the victims after a bombing, a riot after a
protest) and sometimes dated by a weekday that belongs to something else ("... before
the withdrawal set for Tuesday"). An ACLED coder makes one row of the incident.

``fold_retellings(found)`` decides, among one article's events (in the order the text
tells them), which re-tell an earlier one, and folds them into it. A re-telling:
  - says it refers back: a definite mention of an incident ("the attack", "the raid",
    "the Monday clash", "the 29 August strike"), a reporting frame ("X said ...",
    "X reported how ..."), or a pluperfect backstory ("had stormed") opened by a
    definite subject or a frame;
  - says nothing of another incident ("another", "separate", "second", "similar",
    "also", "earlier", "the latest in a string of attacks", "two days prior", "the
    first attack"), nor of more days than the one the first is dated to ("launched
    the attacks late Friday and early Saturday");
  - is placed where the first one is (the same town, or the area the other lies in);
  - is of the same family of types (political violence: battles, explosions, violence
    against civilians; demonstrations: protests, riots);
  - is dated compatibly: the same day, or a span that holds the other's day, or the
    next or previous day when one of the two is approximate ("late on Saturday") (a frame
    must date the act, not the statement); a definite subject ("The attack ...") may
    be dated up to a week off by a weekday that belongs to something else ("... before
    the vote set for Tuesday"), never by a day attached to its own incident; of the
    same type, a mention may also be a day within a week when one of the two is dated
    only by the report, and a backstory a few days before the aftermath first told.
The events are compared once settled (their types read with their elaborating
passages). The first event keeps its type; it takes the re-telling's own date when it
had only the report's, a finer place inside its area, and a toll when it had none. Sites listed by one passage are never folded into
one another (they share their passage).

May import: nothing outside this module (it reads the events' attributes only).
"""
from __future__ import annotations

import re
import unicodedata

_FAMILY = {"Battles": "violence", "Violence against civilians": "violence",
           "Explosions/Remote violence": "violence", "Protests": "demonstration", "Riots": "demonstration"}

_INCIDENT = (r"(?:attacks?|assaults?|raids?|incidents?|(?:air|drone\s+)?strikes?|airstrikes?|bombings?|blasts?|"
             r"explosions?|ambush(?:es)?|massacres?|killings?|shootings?|clash(?:es)?|fighting|violence|siege|"
             r"gunfire|protests?|demonstrations?|riots?|unrest)")
# "the attack", "the Monday clash", "the 29 August strike", "this assault"
_MODIFIER = r"(?:(?!(?:said|says|told|reported|had|has|have|was|were|is|are)\b)[\w'’-]+\s+)"
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+" + _MODIFIER + r"{0,2}?" + _INCIDENT + r"\b", re.I)
# the same, as the sentence's subject: "The attack, by two bombers, struck ...", "“The attack took place ..."
_SUBJECT = re.compile(r"^\W*(?:(?:but|and|however|yet)\W+)?(?:the|this)\s+" + _MODIFIER + r"?" + _INCIDENT + r"\b",
                      re.I)
# a day attached to the incident named: "the Monday clash", "the 29 August strike", "the
# attack on Sunday", "The fighting began on Wednesday" (a battle's days are rows of their own)
_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+night|"
        r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b)")
_OWN_DAY = re.compile(r"\b(?:the|this)\s+" + _DAY + r"['’]?s?\s+" + _INCIDENT + r"|\b" + _INCIDENT +
                      r"\s+(?:[\w,]+\s+){0,3}?(?:on|since|from|until|early|late|last)\s+(?:\w+\s+)?" + _DAY, re.I)
# a source telling what happened: "X said ...", "X told reporters that ...", "X reported how ..."
_FRAME = re.compile(r"\b(?:said|says|told|tells|reported|reports|confirmed|added|stated|recounted|explained|"
                    r"according\s+to)\b", re.I)
# what had happened before the moment the report stands at: "had on Wednesday stormed"
_BACKSTORY = re.compile(r"\bhad\s+(?:[\w,]+\s+){0,3}?(?:attacked|stormed|raided|killed|ambushed|abducted|kidnapped|"
                        r"occupied|seized|burn(?:ed|t)|torched|invaded|struck|bombed|shelled|looted|opened\s+fire)\b",
                        re.I)
_OPENS_DEFINITE = re.compile(r"^\W*(?:the|these|those)\s", re.I)
# the sentence tells another incident, or one before the first
_ANOTHER = re.compile(r"\b(?:another|separate(?:ly)?|second|third|other|similar|fresh|new|again|elsewhere|"
                      r"meanwhile|also|latest|previous(?:ly)?|earlier|prior|series|string|spate|wave|"
                      r"last\s+(?:week|month|year)|a\s+(?:week|month|year)\s+(?:ago|before|earlier)|"
                      # a response is an incident of its own: the forces' counter-offensive, a reprisal
                      r"counter[- ]?(?:offensive|attack|assault|operation)s?|retaliat\w*|reprisals?)\b", re.I)
# an ordinal names one of several: "The first attack came at dusk", "the second raid"
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|last|final)\s+(?:[\w-]+\s+)?" + _INCIDENT + r"\b", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# "The attack came two days after gunmen ...": the sentence goes on to an earlier incident
_SEQUEL = re.compile(r"\b(?:came|comes|come|follows|followed|following)\s+(?:[\w-]+\s+){0,4}?(?:after|on the heels)\b",
                     re.I)
_LENIENT_DAYS = 7   # a re-telling dated only by the report, or by a stray weekday


def family(event_type: str) -> str | None:
    """The family of types one incident may be read as: political violence or demonstrations."""
    return _FAMILY.get(event_type)


def retelling_cue(sentence: str) -> str | None:
    """How the sentence refers back to an incident already told: 'subject' (it opens
    with "The attack ..."), 'definite' ("survived the attack"), 'backstory' ("The
    bandits had stormed ..."), 'frame' ("Police said protests erupted ..."), or None
    (no cue, or a cue of another incident)."""
    if _ANOTHER.search(sentence) or _SEQUEL.search(sentence) or _ORDINAL.search(sentence):
        return None
    if _SUBJECT.search(sentence):
        return "subject"
    if _DEFINITE.search(sentence):
        return "definite"
    framed = _FRAME.search(sentence) is not None
    if _BACKSTORY.search(sentence) and (framed or _OPENS_DEFINITE.search(sentence)):
        return "backstory"
    return "frame" if framed else None


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def same_area(first, later) -> bool:
    """Is the later mention placed where the first event is: the same town (or point),
    or an area and a place inside it (the same first-level region, one of the two
    placed only at the region)?"""
    a, b = first.place, later.place
    if a.country != b.country:
        return False
    if a.location and _fold(a.location) == _fold(b.location or ""):
        return True
    if a.latitude is not None and (a.latitude, a.longitude) == (b.latitude, b.longitude):
        return True
    return bool(a.admin1) and a.admin1 == b.admin1 and 3 in (a.geo_precision, b.geo_precision)


def _spans(d, day) -> bool:
    """Does an approximate date ("earlier this week") cover the day?"""
    return d.precision > 1 and d.day <= day <= d.latest


# a verb between the speech verb and the date: "said protests erupted on Monday" dates the act
_SPEECH_THEN_ACT = re.compile(r"\b(?:said|says|told|reported|confirmed|added|stated)\b(?:\s+[\w'’-]+){0,4}?"
                              r"\s+\w+(?:ed|t)\s+(?:[\w'’-]+\s+){0,2}?(?:on\s+)?$", re.I)


def _act_dated(sentence: str, d) -> bool:
    """Is a date read as the statement's day the act's after all ("X said protests
    erupted on Monday": a verb of the act stands between the speech verb and the date)?"""
    return d.explicit and _SPEECH_THEN_ACT.search(sentence, max(0, d.start - 60), d.start) is not None


def _approximate(first, later) -> bool:
    """Is one of the two dated by the text, but only approximately ("late on Saturday",
    "between Tuesday and Wednesday")? A date taken from the report is no such date."""
    return any(c.date.precision > 1 and c.date.explicit and not c.weak for c in (first, later))


def dates_agree(first, later, cue: str, sentence: str) -> bool:
    """Can the two mentions be of one incident by their dates (see the module docstring)?
    A frame must date the act itself (not the day a statement was made) to its day; a
    mention read as another type of act must fall on the same day."""
    a, b = first.date, later.date
    gap = abs((a.day - b.day).days)
    if gap == 0 or _spans(a, b.day) or _spans(b, a.day) or gap == 1 and _approximate(first, later):
        return cue != "frame" or not later.weak or _act_dated(sentence, b)
    if gap > _LENIENT_DAYS or cue == "frame":
        return False
    if cue == "subject" and not _OWN_DAY.search(sentence):
        return True   # "The attack ... before the withdrawal set for Tuesday": the weekday is another thing's
    if first.coded.event_type != later.coded.event_type:
        return False
    if first.weak or later.weak:
        return True
    return cue == "backstory" and b.day < a.day   # "had on Wednesday stormed": the act before the aftermath


def retelling_of(first, later) -> str | None:
    """The cue by which the later event re-tells the first one (see ``retelling_cue``), or None."""
    if later.passage is first.passage or later.passage.primary.start <= first.passage.primary.start:
        return None
    kind = family(later.coded.event_type)
    if kind is None or kind != family(first.coded.event_type):
        return None
    sentence = later.passage.primary.text
    if first.date.precision == 1 and len({w.lower() for w in _WEEKDAY.findall(sentence)}) > 1:
        return None   # "launched the attacks late Friday and early Saturday": more than the one day told
    cue = retelling_cue(sentence)
    if cue is None or not same_area(first, later) or not dates_agree(first, later, cue, sentence):
        return None
    return cue


def fold_into(first, later, cue: str = "") -> None:
    """The first event takes what the re-telling adds: its own date when the first had
    only the report's (or the act's day, when the first told its aftermath: "bodies were
    buried on Friday" ... "the gunmen had on Wednesday stormed the village"), a finer
    place inside the same region, and a toll when it had none."""
    if first.weak and not later.weak or cue == "backstory" and not later.weak and later.date.day < first.date.day:
        first.date, first.weak = later.date, False
    a, b = first.place, later.place
    if (b.geo_precision or 3) < (a.geo_precision or 3) and a.admin1 == b.admin1:
        first.place = b
    if not first.fatalities:
        first.fatalities = later.fatalities
    first.told.append(later.passage.text)
    first.told.extend(later.told)


def fold_retellings(found: list) -> list:
    """The article's events without those that re-tell an earlier one (folded into it)."""
    kept: list = []
    for c in found:
        first, cue = next(((k, cue) for k in reversed(kept) if (cue := retelling_of(k, c))), (None, None))
        if first is None:
            kept.append(c)
        else:
            fold_into(first, c, cue)
    return kept
