"""Event assembly within one article: which passages report the same incident.

An article tells one incident in several places (lead, details, a quote, a claim);
an ACLED coder makes one row of it, and a row per separate incident, place or day.
``Found`` is an event found in a passage before it becomes a row; ``same_incident``
finds the earlier event a passage mentions again; ``lend_lead`` gives a lead that
names no place its toll and type to the sentence that places the incident;
``add_sites`` makes one event per site a passage lists (etl.extract.sites);
``counter_attack`` makes the forces' counter-offensive after an attack on civilians
a battle of its own.

May import: etl.extract.text, etl.extract.dates_fatalities, etl.extract.sites.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from etl.extract.dates_fatalities.dates import DateMatch
from etl.extract.dates_fatalities.fatalities import count_fatalities, extend_toll, reports_no_deaths
from etl.extract.sites import share
from etl.extract.text.taxonomy import DISORDER_BY_SUB, Classification, classify


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
    counted: list = field(default_factory=list)   # later passages that tell only its toll
    told: list = field(default_factory=list)   # texts of the later mentions folded into it
    shared: bool = False   # its toll is a share of one the text gave for several sites

    def settle(self) -> None:
        """Read the elaborating passages too: how the incident unfolded tells its type
        ("a suicide bomber detonated ..."), and they give the toll the lead lacks."""
        if not self.more and not self.counted:
            return
        extra = " ".join(p.text for p in self.more)
        coded = classify(self.passage.text + " " + extra, self.passage.primary.text) if extra else None
        if coded is not None and coded.event_type != "Strategic developments" and not _support_fire(self.coded, coded):
            self.coded = coded
        extra = " ".join([extra, *(p.text for p in self.counted)]).strip()
        if not self.shared:
            self.fatalities = extend_toll(self.fatalities, self.passage.text, extra)
        else:   # a site's own paragraph tells its toll: it replaces the even share
            own = count_fatalities(extra)
            if own or reports_no_deaths(extra):
                self.fatalities = own

    def absorb(self, place, d: DateMatch, weak: bool, fatalities: int, text: str = "") -> None:
        """Another mention of this incident: its own date and a finer place win; of two
        tolls the lowest stands (the codebook's lowest credible figure: "seven killed"
        and later "at least eight dead" is 7; a lead's running total, "16 killed" since
        Friday, gives way to the day's own "four died"), a later one fills a lead without one."""
        if self.weak and not weak:
            self.date, self.weak = d, False
        if text:
            self.told.append(text)
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


_DAY_REFERENCE = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last night)['’]s\s+"
                            r"(?:[\w-]+\s+)?(?:attacks?|strikes?|bombings?|blasts?|explosions?|raids?|assault|ambush|"
                            r"incident|killings?|massacre)\b", re.I)


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
    # "Sunday's attack came after ...": the day's incident named again, whatever its wording's type
    told_again = _DAY_REFERENCE.search(sentence) is not None
    for c in found:
        if c.coded.event_type != event_type and not told_again or c.place.country != place.country:
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


def _covering(found: list[Found], event_type: str, places: list, day: date, weak: bool, total: int | None) -> Found | None:
    """The event found earlier whose sites the passage lists: the same type (or the toll
    the sites' own tolls add up to) and day (or within a week when one of the two is
    dated by the report), placed at the area the sites lie in or at one of them ("nine
    were killed in X state" before "six in A, one in B and two in C")."""
    admin1s = {p.admin1 for p in places}
    for c in reversed(found):
        if c.coded.event_type != event_type and not (total and c.fatalities == total) \
                or c.place.country != places[0].country:
            continue
        if not (c.date.day == day or (weak or c.weak) and abs((c.date.day - day).days) <= 7):
            continue
        if any(_same_place(c.place, p) and c.place.geo_precision == p.geo_precision for p in places) \
                or (c.place.geo_precision or 3) >= 2 and (not c.place.admin1 or c.place.admin1 in admin1s):
            return c
    return None


def add_sites(found: list[Found], passage, coded: Classification, d: DateMatch, weak: bool,
              placed: list[tuple[object, int | None]], toll: int) -> None:
    """One event per site the passage lists, on its day: an event found earlier for
    all of them (the region, or one of the sites) is broken down into them, and lends
    its day to a passage that gives none, and its toll when the passage has none.
    Tolls the text gives per site stand; a toll for all is shared evenly."""
    own = [n for _, n in placed]
    cover = _covering(found, coded.event_type, [p for p, _ in placed], d.day, weak,
                      sum(n or 0 for n in own) if any(n is not None for n in own) else None)
    if cover is not None:
        found.remove(cover)
        if cover.coded.event_type != coded.event_type:
            coded = cover.coded   # the lead's reading of the act: a breakdown of its toll may only count deaths
        if weak and not cover.weak:
            d, weak = cover.date, False
        toll = toll or cover.fatalities
    tolls = own if any(n is not None for n in own) else share(toll, len(placed))
    earlier = list(found)   # the sites are separate events: one is never folded into another
    for i, ((place, _), n) in enumerate(zip(placed, tolls)):
        same = same_incident(earlier, coded.event_type, place, d.day, weak, passage.primary.text)
        if same is not None:
            same.absorb(place, d, weak, n or 0)
            continue
        key = (place.country, place.admin1, place.location, d.day, coded.event_type)
        if any(c.key == key for c in found):
            continue
        c = Found(passage, coded, d, place, n or 0, weak, key, shared=all(x is None for x in own) and len(placed) > 1)
        if i == 0 and cover is not None:
            c.more = cover.more
        found.append(c)


_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset("""said says that with were have been from they their this which also after about when there
would into more other than what while where them these those some will could being over under""".split())


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _COMMON}


def attach_detail(found: list[Found], text: str) -> Found:
    """The event an undated detail paragraph tells more of: the one whose place it names,
    else the one it shares most words with that the others lack (its target, its
    assailants, its toll: "four of the attackers were killed" after "four gunmen who
    attacked a police station"), else the event just reported."""
    if len(found) == 1:
        return found[0]
    folded = text.lower()
    named = [c for c in found if c.place.location and c.place.location.lower() in folded]
    if named:
        return named[-1]
    stems = _stems(text)
    own = [_stems(" ".join([c.passage.text, *c.told])) for c in found]
    everywhere = set.intersection(*own)
    scores = [len((stems & o) - everywhere) for o in own]
    best = max(scores)
    if best == 0 or scores.count(best) > 1 and scores[-1] == best:
        return found[-1]
    return found[scores.index(best)]


# arrests counted after an attack or a battle: "31 suspected terrorists had been arrested",
# "troops arrested 12 suspects", "dozens of people were detained"
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|several|dozens|scores|hundreds)"
_ARRESTS_MADE = re.compile(
    rf"\b{_COUNT}\b(?:\s+of)?\s+(?:[\w\"“”'’-]+\s+){{0,3}}?(?:had been|have been|has been|were|was)\s+(?:\w+\s+)?"
    r"(?:arrested|detained|apprehended|taken into custody)\b|"
    rf"\b(?:arrested|detained|apprehended)\s+(?:at least\s+|some\s+|about\s+)?{_COUNT}\b", re.I)


_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")


# the forces' response to an attack, told after it: "A counter-offensive by the army in the
# aftermath of the killings left three militants dead"
_COUNTER = re.compile(r"\bcounter[- ]?(?:offensive|attack|assault|operation)s?\b|\b(?:in|during) (?:a |the )?pursuit of\b|"
                      r"\bpursued the (?:attackers|assailants|gunmen|militants|rebels)\b", re.I)


# a reprisal told after the attack, by the other side, with an act of its own ("the reprisal by
# the vigilantes that led to the killing of ten", "a retaliatory attack left six dead"); not an
# attack that was itself the reprisal ("in reprisal for", "as a reprisal")
_REPRISAL = re.compile(r"(?<!\bin )(?<!\bas )(?<!\bas a )\b(?:reprisal|retaliatory)\b(?!\s+(?:for|over)\b)", re.I)


def counter_attack(found: list[Found], passage, coded: Classification, weak: bool) -> Found | None:
    """A detail passage telling the forces' counter-offensive after an attack on civilians
    (or a bombing): the codebook's battle of its own, at the attack's place and on its day
    (when the passage dates it no other way), with its own toll. None for a detail of a
    battle already ("the army's counterattack killed 12 of the attackers"), or of nothing.
    A reprisal told after it, with a toll of its own, is an event of its own too, and so are
    arrests the passage counts ("31 suspected militants had been arrested")."""
    if _ARRESTS_MADE.search(passage.primary.text) and not any(
            f.coded.sub_event_type == "Arrests" for f in found) \
            and (c := attach_detail(found, passage.text)).coded.event_type in _VIOLENCE:
        # (protesters arrested at a demonstration are its intervention, no event of their own)
        key = (*c.key[:4], "Strategic developments", "arrests")
        arrests = Classification("Strategic developments", "Arrests", DISORDER_BY_SUB.get("Arrests", "Strategic developments"),
                                 "", 0.55)
        return None if any(f.key == key for f in found) else Found(passage, arrests, c.date, c.place, 0, c.weak or weak, key)
    if coded.event_type != "Strategic developments" and (m := _REPRISAL.search(passage.primary.text)) is not None:
        toll = count_fatalities(passage.primary.text[m.start():])
        c = attach_detail(found, passage.text)
        if not toll or coded.event_type == c.coded.event_type == "Battles":
            return None   # no act of its own told, or the fire returned in a battle already told
        key = (*c.key[:4], coded.event_type, "reprisal")
        return None if any(f.key == key for f in found) else Found(passage, coded, c.date, c.place, toll, c.weak or weak, key)
    if coded.event_type != "Battles" or not _COUNTER.search(passage.primary.text):
        return None
    c = attach_detail(found, passage.text)
    if c.coded.event_type == "Battles":
        return None
    key = (*c.key[:4], coded.event_type)
    if any(f.key == key for f in found):
        return None
    return Found(passage, coded, c.date, c.place, count_fatalities(passage.text), c.weak or weak, key)


# who did the killing, when the text names them: then it is no demonstration's toll
_ASSAILANT = re.compile(r"\b(?:gunmen|attackers|assailants|militants|bandits|rebels|jihadists?|insurgents|"
                        r"fighters|armed men|militiam[ae]n|militias?|terrorists)\b", re.I)
_EXCESSIVE = "Excessive force against protesters"


def demonstration_deaths(found: list[Found], coded: Classification, d: DateMatch, weak: bool,
                         text: str) -> tuple[Classification, DateMatch]:
    """Deaths told by place, undated, in a report of a day's demonstrations ("Others were
    killed in areas such as A, B and C"), naming no assailant: the force used against that
    day's protesters, on its day, not an attack on civilians of its own. Else the passage's
    own type and date."""
    if not weak or coded.event_type != "Violence against civilians" or _ASSAILANT.search(text):
        return coded, d
    demo = next((c for c in reversed(found) if c.coded.event_type in ("Protests", "Riots")
                 and abs((c.date.day - d.day).days) <= 1), None)
    if demo is None:
        return coded, d
    return Classification("Protests", _EXCESSIVE, DISORDER_BY_SUB.get(_EXCESSIVE, "Political violence; Demonstrations"),
                          "", coded.confidence), demo.date
