"""Event assembly within one article: which passages report the same incident.

An article tells one incident in several places (lead, details, a quote, a claim);
an ACLED coder makes one row of it, and a row per separate incident, place or day.
``Found`` is an event found in a passage before it becomes a row; ``same_incident``
finds the earlier event a passage mentions again; ``lend_lead`` gives a lead that
names no place its toll and type to the sentence that places the incident.

May import: etl.extract.text, etl.extract.dates_fatalities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from etl.extract.dates_fatalities.dates import DateMatch
from etl.extract.dates_fatalities.fatalities import count_fatalities
from etl.extract.text.taxonomy import Classification, classify


@dataclass
class Found:
    """An event found in a passage, before it becomes a row (later mentions of the
    same incident are folded into it)."""

    passage: object   # the passage (etl.extract) whose first sentence reports it
    coded: Classification
    date: DateMatch
    place: object
    fatalities: int
    weak: bool        # dated only by publication or by a statement's day
    key: tuple
    more: list = field(default_factory=list)   # later passages that elaborate it

    def settle(self) -> None:
        """Read the elaborating passages too: how the incident unfolded tells its type
        ("a suicide bomber detonated ..."), and they give the toll the lead lacks."""
        if not self.more:
            return
        extra = " ".join(p.text for p in self.more)
        coded = classify(self.passage.text + " " + extra, self.passage.primary.text)
        if coded is not None and coded.event_type != "Strategic developments" and not _support_fire(self.coded, coded):
            self.coded = coded
        if not self.fatalities:
            self.fatalities = count_fatalities(extra)

    def absorb(self, place, d: DateMatch, weak: bool, fatalities: int) -> None:
        """Another mention of this incident: its own date and a finer place win; of two
        tolls the lowest stands (the codebook's lowest credible figure: "seven killed"
        and later "at least eight dead" is 7; a lead's running total, "16 killed" since
        Friday, gives way to the day's own "four died"), a later one fills a lead without one."""
        if self.weak and not weak:
            self.date, self.weak = d, False
        if _finer(place, self.place):
            self.place = place
        if fatalities and (not self.fatalities or fatalities < self.fatalities):
            self.fatalities = fatalities


_SUPPORT = ("Air/drone strike", "Shelling/artillery/missile attack")


def _support_fire(lead: Classification, told: Classification) -> bool:
    """Air strikes or shelling told after a ground battle ("jets attacked the attackers as
    they fled"): the codebook keeps one Battles event, the strikes do not retype it."""
    return lead.event_type == "Battles" and told.sub_event_type in _SUPPORT


# a sentence that names the incident already reported: "The attack took place in ...",
# "These hostages were executed in ..."
_BACK_REFERENCE = re.compile(r"^(?:[\w\s,]{0,20}\b)?(?:the|these|this|those)\s+(?:\w+\s+)?(?:attacks?|incident|raid|assault|"
                             r"massacre|killings?|ambush|bombing|blast|explosion|hostages|victims|clash(?:es)?)\b", re.I)


def lend_lead(found: list[Found], passage, coded: Classification, d: DateMatch) -> None:
    """A lead that names no place below the country ("Seventeen hostages were murdered on
    Sunday in Congo") gives its toll, and its type, to the later sentence that places
    the same incident ("On Sunday, these hostages were executed in X village")."""
    for c in found:
        if c.passage.primary.start < passage.primary.start:
            continue
        back = _BACK_REFERENCE.search(c.passage.primary.text) is not None
        if c.coded.event_type != coded.event_type and not back:
            continue
        if not (c.date.day == d.day or (c.weak or not d.explicit) and abs((c.date.day - d.day).days) <= 7):
            continue
        if back and coded.event_type != "Strategic developments":
            c.coded = coded
        if not c.fatalities:
            c.fatalities = count_fatalities(passage.text)
        return


def _finer(a, b) -> bool:
    return (a.geo_precision or 3) < (b.geo_precision or 3) and a.admin1 == b.admin1


# words that open a different incident ("In a separate attack", "a similar raid",
# "fresh clashes"): never folded into an earlier event
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|similar|fresh|again|elsewhere|meanwhile)\b", re.I)
# "also", "another", "earlier"... open one only next to a word of an incident ("another
# attack", "also attacked", "also found the bodies"); "six people were also missing"
# or "two attackers were also killed" tell more of the same one
_EVENT_WORD = (r"(?:attack\w*|raid\w*|assault\w*|ambush\w*|clash\w*|bomb\w*|blast|explosions?|incidents?|"
               r"massacres?|(?:air)?strikes?|stormed|struck|targeted|protests?|demonstrations?|kidnapp\w*|"
               r"abduct\w*|bodies|violence|fighting)")
_NEAR_EVENT = re.compile(r"\b(?:also|another|second|other|earlier|previous(?:ly)?|later)\s+(?:[\w-]+\s+){0,2}?"
                         + _EVENT_WORD + r"\b|\b" + _EVENT_WORD + r"\s+(?:[\w-]+\s+){0,2}?(?:also|another|"
                         r"earlier|previously|later)\b", re.I)


def opens_another(sentence: str) -> bool:
    """Does the sentence say it tells another incident than the one before it?"""
    return _SEPARATE.search(sentence) is not None or _NEAR_EVENT.search(sentence) is not None


def same_incident(found: list[Found], event_type: str, place, day: date, weak: bool, sentence: str):
    """The event already found that this passage mentions again: same type, same
    place (or the same area named more coarsely), and the same day, or within a
    week when one of the two is dated only by the report."""
    if opens_another(sentence):
        return None
    for c in found:
        if c.coded.event_type != event_type or c.place.country != place.country:
            continue
        if not (_same_place(c.place, place) and (c.date.day == day or (weak or c.weak) and abs((c.date.day - day).days) <= 7)):
            continue
        return c
    return None


def _same_place(a, b) -> bool:
    if a.location and a.location == b.location:
        return True
    if a.latitude is not None and a.latitude == b.latitude and a.longitude == b.longitude:
        return True
    # a region or its seat named for the incident, and a place inside it
    return bool(a.admin1) and a.admin1 == b.admin1 and 3 in (a.geo_precision, b.geo_precision)
