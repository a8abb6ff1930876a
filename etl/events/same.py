"""Do two reports describe the same real-world event? `same_event(a, b) -> PairDecision`.

Hard rules first (any one keeps the reports apart, whatever else agrees):

* never two reports of one article (the extractor already separates its incidents);
* the same country and calendar month of event_date. The month bound keeps every
  possible merge inside one (country, month), so a day's load re-decides at most the
  months its reports fall in, and two reports on either side of a month's end stay apart;
* dates whose windows meet: a known day is that day, a week or "around" a day
  (time_precision 2) reaches 7 days either side, a month (3) is the whole month; a
  toll update ("the death toll rose to 100 on Tuesday") reaches 7 days back;
* places within a radius that widens with the coarser geo_precision (1 town 15 km,
  2 district 60 km, 3 region 200 km), or the same location name in one admin1;
* compatible event types: the political violence types (battles, explosions/remote
  violence, violence against civilians) with each other, protests with riots, a
  strategic development only with another;
* compatible actors: two different named non-state groups are two events, and so are
  an attack on civilians and an attack on state forces of different kinds, a strike or
  attack by state forces and one by an armed group, and demonstrations of different
  crowds (protesters' or rioters' associated actors: teachers, students, ...). Two
  perpetrators are a hard rule only when both reports name theirs in their own sentence
  or the reports differ in day or event type; otherwise (same event type, same day, one
  perpetrator unidentified or lent from elsewhere in the article, as when the police
  who rescued the victims are read as the abductors) it is a penalty: no actor similarity.

Then a similarity in 0..1: date (same day 1, overlapping windows 0.7), place (same
name 1; within the radius 1 - d/2r, or 0.8 (1 - d/r) for two differently named towns),
type (same sub-event 1, same type 0.75; related types 0.4, but 0.75 for two political
violence types with the same kind of attacker, state forces or an armed group: one
incident told as a bombing and as a shooting, or as a massacre and as the fight with
those who resisted), actors (a shared named group 1, one side unnamed 0.6, none named
0.7) and fatalities (equal 1, else the ratio
of the lower to the higher figure, 0.5 when one gives none), weighted 0.28 / 0.28 / 0.24 /
0.15 / 0.05.
The pair is the same event when no hard rule holds and the score reaches SAME_SCORE.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from etl.events.records import PairDecision, Report

SAME_SCORE = 0.7
DATE_WINDOW_DAYS = {1: 0, 2: 7}          # days either side; precision 3 is the whole month
TOLL_WINDOW_DAYS = 7                     # a toll update's event may be this many days earlier
RADIUS_KM = {1: 15.0, 2: 60.0, 3: 200.0}
UNKNOWN_RADIUS_KM = 200.0
WEIGHTS = {"date": 0.28, "place": 0.28, "type": 0.24, "actors": 0.15, "fatalities": 0.05}

FAMILY = {
    "Battles": "political violence", "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations", "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
NON_STATE = (2, 3, 4)                    # rebel groups, political and identity militias
_REGIME = re.compile(r"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)")
_UNNAMED = re.compile(r"^unidentified\b", re.I)
_GENERIC = re.compile(r"^(?:unidentified|civilians|protesters|rioters|women|students)\b", re.I)


def month_bounds(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


# "the death toll has risen to 24", "toll rose to 100 on Tuesday", "the number of dead climbed to"
TOLL_UPDATE = re.compile(
    r"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|victims|people killed|fatalities|casualties)|"
    r"fatalities|deaths|casualty figures?)\s+(?:from [^.,;]{0,60}?\s+)?(?:has |had |have |now )?"
    r"(?:risen|rose|rises|climbed|climbs|increased|increases|jumped|jumps|reached|reaches|hit|hits|"
    r"soared|soars|mounted|grew|now stands|stood|went up)\b", re.I)
# A superset of TOLL_UPDATE's verbs, as sql/load/merge_events.sql's candidate look-up tests them
TOLL_VERBS_SQL = "ris|rose|climb|increas|jump|reach|hit|soar|mount|grew|stand|stood|went up"


def toll_sentence(r: Report) -> bool:
    """Is the report's sentence about the death toll rising (whatever figure was read)?"""
    return bool(TOLL_UPDATE.search(r.evidence or ""))


def toll_update(r: Report) -> bool:
    """Does the report give an explicit update of the death toll, with a figure?"""
    return bool(r.fatalities) and toll_sentence(r)


def date_span(r: Report) -> tuple[date, date]:
    """The days the report's date may mean, within its calendar month. A toll update is
    dated by the update ("rose to 100 on Tuesday"): the event may be up to a week before."""
    first, last = month_bounds(r.event_date)
    if r.time_precision not in DATE_WINDOW_DAYS:
        return first, last
    w = timedelta(days=DATE_WINDOW_DAYS[r.time_precision])
    lo = r.event_date - (timedelta(days=TOLL_WINDOW_DAYS) if toll_sentence(r) else w)
    return max(first, lo), min(last, r.event_date + w)


def radius_km(geo_precision: int | None) -> float:
    return RADIUS_KM.get(geo_precision or 0, UNKNOWN_RADIUS_KM)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def actor_key(name: str) -> str:
    """An actor's name without regime years, lowercased, for comparison."""
    return _REGIME.sub("", name or "").strip().lower()


def named_groups(r: Report) -> frozenset[str]:
    """The named non-state groups a report codes as actor 1 or 2."""
    return frozenset(actor_key(name) for name, inter in ((r.actor1, r.inter1), (r.actor2, r.inter2))
                     if name and inter in NON_STATE and not _GENERIC.match(name))


def _related(a: str, b: str) -> bool:
    """One group's name is the other's, or part of it ("X and/or Y" holds both)."""
    return a == b or a in b or b in a


def _target(r: Report) -> str:
    """Who was attacked: civilians (actor 2 civilians, or civilian targeting), state forces
    (actor 2 state forces attacked by a non-state actor 1), else '' (state forces attacking
    an armed group, two-sided riots, ...)."""
    if r.inter2 == 7 or r.civilian_targeting:
        return "civilians"
    if r.inter2 == 1 and r.inter1 not in (0, 1):
        return "state forces"
    return ""


ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")   # actor 1 is who did it


def _kind(inter: int) -> str:
    return "state forces" if inter in (1, 8) else "an armed group" if inter in NON_STATE else ""


def names_perpetrator(r: Report) -> bool:
    """Does the report name its perpetrator (actor 1) in its own sentence? Not when the
    actor is unidentified, nor when the extractor took it from elsewhere in the article."""
    if not r.actor1 or _UNNAMED.match(r.actor1):
        return False
    return actor_key(r.actor1) in _sentence_actors(r.evidence or "", r.country, r.event_date)


@lru_cache(maxsize=4096)
def _sentence_actors(sentence: str, country: str, day: date) -> frozenset[str]:
    from etl.extract.actors.candidates import read_note
    return frozenset(actor_key(c.name) for c in read_note(sentence, country, day).armed)


def _perpetrator(r: Report) -> str:
    if r.event_type not in ONE_SIDED:
        return ""
    return _kind(r.inter1)


def norm_name(name: str) -> str:
    """A place name for comparison: lowercase ASCII letters and digits, single spaces
    (sql/load/merge_events.sql's candidate look-up normalises names the same way)."""
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()


@dataclass(frozen=True)
class Profile:
    """What the rules read of a report, worked out once (a report meets many others)."""

    r: Report
    span: tuple[date, date]
    place: str
    groups: frozenset[str]
    target: str
    perpetrator: str
    family: str
    crowd: frozenset[str]     # who demonstrated (protesters' or rioters' associated actors)
    attacker: str             # the kind of actor 1 (state forces, an armed group) in political violence


def _crowd(r: Report) -> frozenset[str]:
    if r.inter1 not in (5, 6):
        return frozenset()
    return frozenset(actor_key(a) for a in (r.assoc_actor_1 or "").split(";") if a.strip())


def profile(r: Report) -> Profile:
    return Profile(r, date_span(r), norm_name(r.location), named_groups(r), _target(r), _perpetrator(r),
                   FAMILY.get(r.event_type, r.event_type), _crowd(r), _kind(r.inter1))


# Each rule gives (similarity 0..1, "apart" when a hard rule keeps the pair apart, and the
# reason as a function: the text is only written for pairs worth keeping).
Verdict = tuple[float, bool, Callable[[], str]]


def _date_rule(pa: Profile, pb: Profile) -> Verdict:
    a, b = pa.r, pb.r
    if (a.event_date.year, a.event_date.month) != (b.event_date.year, b.event_date.month):
        return 0.0, True, lambda: f"dates in different months ({a.event_date} / {b.event_date})"
    if a.event_date == b.event_date:
        return 1.0, False, lambda: f"same date {a.event_date}"
    (lo_a, hi_a), (lo_b, hi_b) = pa.span, pb.span
    meet = lo_a <= hi_b and lo_b <= hi_a
    return (0.7 if meet else 0.0), not meet, lambda: (
        f"dates {abs((b.event_date - a.event_date).days)} days apart (precision {a.time_precision} / "
        f"{b.time_precision})" + (", windows overlap" if meet else ""))


def _place_rule(pa: Profile, pb: Profile) -> Verdict:
    a, b = pa.r, pb.r
    # one name in two regions is two towns: a name counts only within one admin1
    same_name = bool(pa.place) and pa.place == pb.place and (a.admin1 == b.admin1 or not a.admin1 or not b.admin1)
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        if same_name:
            return 1.0, False, lambda: f"same location {a.location}"
        if a.admin1 and a.admin1 == b.admin1:
            return 0.5, False, lambda: f"same admin1 {a.admin1} (no coordinates)"
        return 0.0, True, lambda: "no coordinates and different places"
    d = km_between(a.latitude, a.longitude, b.latitude, b.longitude)
    r = max(radius_km(a.geo_precision), radius_km(b.geo_precision))
    if same_name:
        return 1.0, False, lambda: f"same location {a.location} ({d:.0f} km)"
    text = lambda: f"{a.location or '?'} / {b.location or '?'} {d:.0f} km apart (radius {r:.0f} km)"  # noqa: E731
    if d > r:
        return 0.0, True, text
    if a.geo_precision == 1 and b.geo_precision == 1:
        return 0.8 * (1 - d / r), False, lambda: text() + ", two named towns"
    return 1 - d / (2 * r), False, text


def _type_rule(pa: Profile, pb: Profile) -> Verdict:
    a, b = pa.r, pb.r
    if a.sub_event_type == b.sub_event_type:
        return 1.0, False, lambda: f"same sub-event type {a.sub_event_type}"
    if a.event_type == b.event_type:
        return 0.75, False, lambda: f"same event type {a.event_type} ({a.sub_event_type} / {b.sub_event_type})"
    related = pa.family == pb.family
    if related and pa.family == "political violence" and pa.attacker and pa.attacker == pb.attacker:
        # one incident told as a bombing by one outlet and a shooting by another, or as a
        # massacre and as the fight with those who resisted: the same kind of attacker
        return 0.75, False, lambda: (f"event types {a.event_type} / {b.event_type} (related, "
                                     f"attacker {pa.attacker} in both)")
    return (0.4 if related else 0.0), not related, lambda: (
        f"event types {a.event_type} / {b.event_type} ({'related' if related else 'unrelated'})")


def _actor_rule(pa: Profile, pb: Profile) -> Verdict:
    ta, tb = pa.target, pb.target
    if ta and tb and ta != tb and pa.r.sub_event_type != pb.r.sub_event_type:
        return 0.0, True, lambda: f"different targets: {ta} / {tb}"
    if pa.perpetrator and pb.perpetrator and pa.perpetrator != pb.perpetrator:
        text = f"different perpetrators: {pa.perpetrator} / {pb.perpetrator}"
        a, b = pa.r, pb.r
        if (a.event_type, a.event_date) != (b.event_type, b.event_date):
            return 0.0, True, lambda: text
        unsure = [p.r.actor1 for p in (pa, pb) if not names_perpetrator(p.r)]
        if not unsure:
            return 0.0, True, lambda: text
        # the same kind of event on the same day, and one report's perpetrator unnamed or
        # not in its own sentence (lent from the article, or the rescuers read as the
        # abductors): a likely misreading, so a penalty (no actor similarity), not a rule
        return 0.0, False, lambda: f"{text} ({'; '.join(unsure)} not named in its sentence)"
    if pa.crowd and pb.crowd and not pa.crowd & pb.crowd:
        return 0.0, True, lambda: f"different crowds: {'; '.join(sorted(pa.crowd))} / {'; '.join(sorted(pb.crowd))}"
    ga, gb = pa.groups, pb.groups
    if ga and gb:
        shared = sorted(x for x in ga if any(_related(x, y) for y in gb))
        if not shared:
            return 0.0, True, lambda: f"different named groups: {', '.join(sorted(ga))} / {', '.join(sorted(gb))}"
        return 1.0, False, lambda: f"same group {shared[0]}"
    if ga or gb:
        return 0.6, False, lambda: f"one report names {', '.join(sorted(ga or gb))}, the other no group"
    return 0.7, False, lambda: "no named group in either"


def _fatalities_rule(pa: Profile, pb: Profile) -> Verdict:
    """A weak signal (tolls rise, outlets differ), which tells apart two otherwise alike
    incidents of one article when a third report gives one of their tolls."""
    fa, fb = pa.r.fatalities, pb.r.fatalities
    lo, hi = (fa, fb) if fa <= fb else (fb, fa)
    if lo == hi:
        return 1.0, False, lambda: f"same fatalities {lo}"
    if not lo:   # a sentence without a toll says nothing either way
        return 0.5, False, lambda: f"fatalities {fa} / {fb} (one gives none)"
    return lo / hi, False, lambda: f"fatalities {fa} / {fb}"


RULES = (("date", _date_rule), ("place", _place_rule), ("type", _type_rule), ("actors", _actor_rule),
         ("fatalities", _fatalities_rule))


def decide(pa: Profile, pb: Profile, explain: bool = True) -> PairDecision:
    """The decision on two profiled reports. Without `explain` the reasons are written
    only for pairs worth keeping (PairDecision.close)."""
    a, b = pa.r, pb.r
    if b.report_id < a.report_id:
        pa, pb, a, b = pb, pa, b, a
    if a.article_id == b.article_id:
        return PairDecision(a.report_id, b.report_id, 0.0, False, ("APART: same article",), ("article",))
    if a.country != b.country:
        return PairDecision(a.report_id, b.report_id, 0.0, False,
                            (f"APART: countries {a.country} / {b.country}",), ("country",))
    score = 0.0
    verdicts = []
    for name, rule in RULES:
        value, apart, text = rule(pa, pb)
        score += WEIGHTS[name] * value
        verdicts.append((name, apart, text))
    score = round(score, 3)
    apart = tuple(name for name, is_apart, _ in verdicts if is_apart)
    same = not apart and score >= SAME_SCORE
    decision = PairDecision(a.report_id, b.report_id, score, same, (), apart)
    if not (explain or decision.close):
        return decision
    reasons = [("APART: " if is_apart else "") + text() for _, is_apart, text in verdicts]
    if not apart and not same:
        reasons.append(f"score {score} below {SAME_SCORE}")
    return PairDecision(a.report_id, b.report_id, score, same, tuple(reasons), apart)


def same_event(a: Report, b: Report) -> PairDecision:
    """The decision on a pair of reports, with its reasons; symmetric (the same whichever
    comes first)."""
    return decide(profile(a), profile(b))


def candidate_key(r: Report) -> tuple[str, int, int]:
    """The block every report it may be the same event as shares: country and month."""
    return (r.country, r.event_date.year, r.event_date.month)
