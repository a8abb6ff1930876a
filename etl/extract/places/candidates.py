"""Candidate places for an event sentence, scored: each name the text gives
(a gazetteer town, an admin area, or a village the gazetteer lacks, placed by
its stated areas), weighed by the country the source and the text favour, the
qualifiers that agree with it, and the cue words around it. Used by
etl.extract.places.resolve, which turns the best candidate into a Place."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from etl.extract.places import gazetteer as gz
from etl.extract.places.gazetteer import fold
from etl.extract.places.index import great_circle_km as haversine_km
from etl.extract.places.admin3 import admin3_areas, admin3_name
from etl.extract.places.text import ACRONYM, FUZZY_CUTOFF, FUZZY_MIN_LEN, NAME_WEIGHT, Mention


NEAR_DISTRICT_KM = 12.0
ANCHOR_KM = 60.0  # of namesakes, one this close to another town the text names is pulled towards it
OFFICE_PENALTY = 3.0
ALIAS_ABROAD_POP = 50_000
UNNAMED_COUNTRY_POP = 500_000  # a city this large is named without its country ("in Lagos")
WIDE_PRIOR = 5  # an actor prior wider than this (countries) is no ground for a fuzzy match
# "X is about 150km from the state capital, Y": a town measured from, farther than this,
# is where the event was not (it places the event only when nothing else does)
FAR_REFERENCE_KM, FAR_REFERENCE_PENALTY = 50.0, 6.0


class Resolver:
    def __init__(self, g: gz.Gazetteer, hint: str | None, sent_cc: dict[str, float], ctx_cc: dict[str, float],
                 bound: set[str] | None = None):
        self.g = g
        self.hint = hint
        self.sent_cc = sent_cc
        self.ctx_cc = ctx_cc
        self.ctx_admin1: frozenset[int] = frozenset()  # admin1 areas the context names
        self.bound = bound  # countries of a multi-country actor prior, or None
        self.names_country = False  # the text names a country outright (set by resolve)
        if hint is None:
            # with no hint, a country named outright in the sentence (not a
            # demonym, which often names foreign forces) bounds the search;
            # failing that, `bound` (the countries a multi-country actor prior
            # allows) does
            named = {c for c, w in sent_cc.items() if w >= NAME_WEIGHT}
            self._allowed = named or bound or None   # None: every country
        else:
            self._allowed = {hint, *sent_cc, *ctx_cc}

    def allowed(self, cc: str) -> bool:
        return self._allowed is None or cc in self._allowed

    def country_prior(self, cc: str) -> float:
        prior = (3.0 if cc == self.hint else 0.0) + self.sent_cc.get(cc, 0.0) + self.ctx_cc.get(cc, 0.0)
        if prior == 0.0 and (self.sent_cc or self.ctx_cc):
            prior = -3.0  # the text names its countries and this is none of them
        return prior

    def has_places(self, m: Mention) -> bool:  # a town of an allowed country ("in Bam": not Iran's)
        return any(self.allowed(self.g.pl_cc[p]) for p in m.places)

    def admin_ids(self, m: Mention) -> tuple[int, ...]:
        """Admin areas a mention names, in allowed countries, by level preference."""
        ids = [s for s in m.admins if self.allowed(self.g.sub_cc[s])]
        dept = admin3_areas(self.g, m.key)
        if dept:
            # a real area so named ("Bama LGA") outranks a department read as an area
            ids = [s for s in ids if s not in dept] or ids
        if not ids and m.key and (m.admin_word or m.in_parens) and not self.has_places(m):
            ids = self._fuzzy_admins(m.key)
        if m.admin_word and ids:
            pref = [s for s in ids if self.g.sub_level[s] == m.admin_word]
            ids = pref or ids
        return tuple(ids)

    def _fuzzy_admins(self, key: str) -> list[int]:
        """Spelling variants of admin names ('Zango-Kataf'), only in the hinted/named countries."""
        ccs = [self.hint] if self.hint else list(self.sent_cc)
        out: list[int] = []
        for cc in ccs:
            keys = _admin_keys(cc)
            if not keys or len(key) < 4:
                continue
            hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=85)
            if hit:
                out.extend(s for s in self.g.admins(hit[0]) if self.g.sub_cc[s] == cc)
        return out

    def consistent(self, place: int, sub: int) -> bool:
        g = self.g
        if g.sub_level[sub] == 1:
            return g.pl_a1[place] == sub
        if g.pl_a1[place] != g.sub_parent[sub]:
            return False
        if g.pl_a2[place] < 0 or g.pl_a2[place] == sub:
            return True
        # a city spread over several districts is linked to one of them only
        # ("Taiz (Al Qahirah, Taizz)"): close to the named district is inside it
        return haversine_km(g.pl_lat[place], g.pl_lon[place], g.sub_lat[sub], g.sub_lon[sub]) < NEAR_DISTRICT_KM


def _admin_keys(cc: str) -> list[str]:
    return gz.load().admin_keys_by_cc.get(cc, [])


def _place_score(r: Resolver, m: Mention, p: int, free_admins: list[int]) -> float | None:
    g = r.g
    cc = g.pl_cc[p]
    if not r.allowed(cc):
        return None
    prior = r.country_prior(cc)
    if prior < 0 and not (m.cue or m.attached or m.settlement or m.in_parens):
        # a town of a country the text never names, given without a cue: a
        # person ("spokesman Orlando ..."), a body's name ("Union for Peace") or
        # a filing place ("JOHANNESBURG (AP)"), not the event's place
        return None
    if prior < 0 and g.pl_pop[p] < UNNAMED_COUNTRY_POP and not m.attached and r.names_country:
        # "cooking in Mandela village" in a report naming Mozambique (not by a demonym only, which
        # is often foreign forces'): a town of a country never named is a namesake of a missing village
        return None
    if r.hint and cc != r.hint and cc not in r.sent_cc and fold(g.pl_name[p]) != m.key \
            and g.pl_pop[p] < ALIAS_ABROAD_POP and not m.attached:
        # "speaking in Boni" in a report from Mali: a small town abroad known by
        # that name only as an alternate spelling is a village the gazetteer lacks,
        # even when the article names that other country somewhere
        return None
    score = prior + 0.5 * math.log10(g.pl_pop[p] + 10)
    # the town and its stated admin2 agreeing outvote a state name that
    # disagrees with both ("Iwo (Iwo LGA, Ogun)": a slip of the writer's)
    agree2 = any(g.sub_level[s] == 2 and r.consistent(p, s)
                 for part in m.attached for s in r.admin_ids(part) if g.sub_cc[s] == cc)
    for part in m.attached:
        subs = [s for s in r.admin_ids(part) if g.sub_cc[s] == cc]
        if subs:
            if any(r.consistent(p, s) for s in subs):
                score += 4.0
            else:
                score -= 1.0 if agree2 and all(g.sub_level[s] == 1 for s in subs) else 6.0
            continue
        towns = [t for t in part.places if g.pl_cc[t] == cc]
        if towns:
            near = min(_km(g, p, t) for t in towns)
            score += 2.0 if near < 60 else -2.0
        elif r.admin_ids(part):
            score -= 4.0  # its qualifier names areas of other countries only
    for s in free_admins:
        if g.sub_cc[s] == cc:
            score += 2.0 if r.consistent(p, s) else -1.0
    if g.pl_a1[p] in r.ctx_admin1:
        score += 1.0  # of namesakes, the one in the state the title or lead names
    if m.cue:
        score += 1.5
    if m.settlement:
        score += 0.5
    if not (m.cue or m.attached or m.settlement):
        # a name with no cue is often an adjective ("a Katsina communal militia"),
        # a person or a group; small towns so named are rarely the place
        score -= 3.0 if g.pl_pop[p] >= 20000 else 5.0
    return score


def _km(g: gz.Gazetteer, a: int, b: int) -> float:
    return haversine_km(g.pl_lat[a], g.pl_lon[a], g.pl_lat[b], g.pl_lon[b])

# ---- choosing the event's place ---------------------------------------------
@dataclass
class PlaceCandidate:
    score: float
    place: int = -1        # gazetteer town, or -1 for an area point
    area: int = -1         # admin area whose point is used
    near_town: int = -1    # a town given beside a missing village
    name: str = ""         # location as written, for missing villages
    precision: int = 1
    admin3: str = ""       # the department a name was read as (coded to its admin2)
    written: str = ""      # the town's name as the text writes it (see places._location_name)


@lru_cache(maxsize=4096)
def _fuzzy_bucket(cc: str, first: str) -> tuple[str, ...]:
    """A country's folded place names starting with a letter (fuzzy pairs share it)."""
    return tuple(k for k in gz.load().places_by_cc_keys.get(cc, ()) if k[:1] == first and len(k) >= FUZZY_MIN_LEN - 1)


gz.on_reset(_fuzzy_bucket.cache_clear)


def _fuzzy_places(r: Resolver, key: str) -> tuple[int, ...]:
    """'Mocimbo da Praia' -> 'Mocimboa da Praia': guarded by length, a high cutoff, the
    same first letter, and only among the text's own countries (no wide actor prior's)."""
    if len(key) < FUZZY_MIN_LEN:
        return ()
    ccs = [cc for cc in {r.hint, *r.sent_cc, *r.ctx_cc} if cc]
    if r.hint is None and r.bound is not None and len(r.bound) > WIDE_PRIOR:
        # a continent-wide actor ("IS posted pictures of the Mandela raid") names no country
        ccs = [cc for cc in ccs if cc in r.sent_cc]
    out: list[int] = []
    for cc in ccs:
        keys = _fuzzy_bucket(cc, key[0])
        if not keys:
            continue
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if hit:
            out.extend(p for p in r.g.places(hit[0]) if r.g.pl_cc[p] == cc)
    return tuple(out)


def _area_of(r: Resolver, parts: list[Mention]) -> tuple[int, int, float]:
    """Most specific admin area (and any town) named by qualifier parts that
    agree with each other: (area, town, score)."""
    g = r.g
    areas: list[int] = []
    towns: list[int] = []
    score = 0.0
    for part in parts:
        subs = r.admin_ids(part)
        if subs:
            areas.append(subs)
            score += 4.0
        elif part.places:
            towns.append(part.places)
    if not areas:
        # only towns given ("near Balliata (Gorom-Gorom)"): the first allowed one
        for ts in towns:
            for t in ts:
                if r.allowed(g.pl_cc[t]) and g.pl_a1[t] >= 0:
                    return (g.pl_a2[t] if g.pl_a2[t] >= 0 else g.pl_a1[t]), t, 3.0
        return -1, -1, score
    # areas of one country only: the one the text favours ("Comoe" is a
    # province of Burkina Faso and a district of Cote d'Ivoire)
    votes: dict[str, float] = {}
    for subs in areas:
        for c in {g.sub_cc[s] for s in subs}:
            votes[c] = votes.get(c, 0.0) + 1.0
    # ties go to the country where a part is an admin1 (a bare name after the
    # admin2 is the state: "(Ughelli LGA, Delta)")
    top1 = {g.sub_cc[s] for subs in areas for s in subs if g.sub_level[s] == 1}
    cc = max(sorted(votes), key=lambda c: (votes[c] + r.country_prior(c), c == r.hint, c in top1))
    areas = [kept for kept in ([s for s in subs if g.sub_cc[s] == cc] for subs in areas) if kept]
    # pick, per part, the area consistent with the others (a level-2 inside the named level-1)
    level1 = {s for subs in areas for s in subs if g.sub_level[s] == 1}
    best = -1
    for subs in areas:
        # of namesake areas, one in an admin1 the title or lead names ("Bassa LGA" of Plateau)
        for s in sorted(subs, key=lambda s: g.sub_parent[s] not in r.ctx_admin1):
            if g.sub_level[s] == 2 and (not level1 or g.sub_parent[s] in level1):
                if best < 0 or g.sub_level[best] == 1:
                    best = s
    if best < 0 and level1 and any(g.sub_level[s] == 2 for subs in areas for s in subs):
        # the named admin2 lies in another admin1 than the one named: the more
        # specific name wins when it is unambiguous in the country ("Ojoto
        # (Idemili South LGA, Delta)"), and the parts' agreement counts less
        score -= 4.0
        only2 = [subs for subs in areas if all(g.sub_level[s] == 2 for s in subs)]
        ccs = {g.sub_cc[s] for s in level1}
        for subs in only2:
            inside = [s for s in subs if g.sub_cc[s] in ccs]
            if len(inside) == 1:
                best = inside[0]
                break
    if best < 0:
        best = _first_preferred(r, level1) if level1 else areas[0][0]
    town = -1
    for ts in towns:
        for t in ts:
            if g.pl_cc[t] == g.sub_cc[best] and (g.pl_a1[t] == g.admin1_of(best)):
                if g.sub_level[best] == 1 or g.pl_a2[t] in (best, -1):
                    town = t
                    break
    return best, town, score


def _first_preferred(r: Resolver, subs) -> int:
    """Among areas of several countries, one in the country the text favours."""
    return max(sorted(subs), key=lambda s: r.country_prior(r.g.sub_cc[s]))


def _acronym(text: str) -> bool:  # 'MPP', 'ABC': a party or a body, never a village's name as written
    return all(ACRONYM.match(w) for w in text.split())


def _qualified_elsewhere(r: Resolver, m: Mention) -> bool:
    """A country's name used for a town ("Tonga (Gorgadji, Seno)", "Benin city
    (Oredo, Edo)"): its qualifiers name areas of another country the text allows."""
    g = r.g
    return any(g.sub_cc[s] != m.country and r.allowed(g.sub_cc[s]) for part in m.attached for s in part.admins)


def _country_only(r: Resolver, m: Mention) -> bool:
    """A country's name, not a place in it (save a hinted country's area or a town elsewhere)."""
    g = r.g
    return bool(m.country) and not (m.admins and r.hint and any(g.sub_cc[s] == r.hint for s in m.admins)) \
        and not _qualified_elsewhere(r, m)


def _near_anchor(g: gz.Gazetteer, p: int, anchors: list, m: Mention) -> bool:
    return any(other is not m and t != p and _km(g, p, t) < ANCHOR_KM for other, t in anchors)


def place_candidates(r: Resolver, mentions: list[Mention]) -> list[PlaceCandidate]:
    g = r.g
    # "northern Burkina Faso (coded as Gorom-Gorom ...)": a country's name
    # takes no qualifiers, so what follows it in brackets is a place in its own right
    countries = {id(m) for m in mentions if _country_only(r, m)}
    qualifiers = {id(q) for m in mentions if id(m) not in countries for q in m.attached}
    free_admins: list[int] = []
    for m in mentions:
        if m.admin_word or (m.admins and (m.in_parens or (m.cue and not r.has_places(m)))):
            free_admins.extend(r.admin_ids(m))
    # towns the text names without ambiguity: they pull namesakes towards them
    anchors = [(m, ps[0]) for m in mentions if not m.country
               for ps in [[p for p in m.places if r.allowed(g.pl_cc[p])]] if len(ps) == 1]
    out: list[PlaceCandidate] = []
    order = 0
    for m in mentions:
        if id(m) in qualifiers:
            continue
        if id(m) in countries:
            continue  # a country name, not a place in it
        # the seat of an office ("the Commissioner of Finance in Marka district") yields
        # to a place the sentence gives for the act itself
        order_pen = 0.4 * order + (OFFICE_PENALTY if m.office else 0.0)
        as_area = m.admin_word or (m.admins and not r.has_places(m) and m.cue)
        subs = r.admin_ids(m) if as_area else ()
        # "the Sapouy district", "Tongomayel commune": an area below the
        # gazetteer's levels, named after its seat, is read as the town
        below_levels = not subs and m.admin_word and not m.attached and r.has_places(m)
        if as_area and not below_levels:
            if subs or m.attached:
                # "Tangangari zone (Boundore, Yagha)": a named locality that is
                # no admin area is placed by its qualifiers
                if not subs:
                    area, town, s = _area_of(r, m.attached)
                    if area >= 0:
                        cc = g.sub_cc[area]
                        out.append(PlaceCandidate(r.country_prior(cc) + s + (1.0 if m.cue else 0.0) - order_pen,
                                              area=area, near_town=town, name=m.text,
                                              precision=2 if g.sub_level[area] == 2 or town >= 0 else 3))
                        order += 1
                    continue
                area, town, s = _area_of(r, [m, *m.attached])
                level = g.sub_level[area]
                cc = g.sub_cc[area]
                # "in Tongomayel": a department the gazetteer lacks as a town, coded
                # to its admin2 under its own name
                dept = admin3_name(g, m.key, area)
                # "the port city of Palma": a town known only as its district
                # "near Muidumbe (Cabo Delgado)": a district named as a place is its
                # seat town, written as the text has it (the gazetteer often lacks
                # the town, and its seat may then be borrowed from the province)
                as_town = level == 2 and area in subs and m.cue and not m.admin_word
                out.append(PlaceCandidate(r.country_prior(cc) + s - order_pen - 1.0, area=area, near_town=town,
                                      name=m.text if (m.settlement and not m.admin_word) or dept or as_town
                                      else "",
                                      precision=2 if level == 2 or town >= 0 else 3, admin3=dept))
                order += 1
            continue
        places = m.places
        fuzzy = False
        allowed_places = [p for p in places if r.allowed(g.pl_cc[p])]
        if not allowed_places and (m.cue or m.settlement or m.attached):
            allowed_places = list(_fuzzy_places(r, m.key))
            if not allowed_places and fold(m.text) != m.key:
                # "Bobo-Dioulassou" was read as its head "Bobo", a town abroad
                allowed_places = list(_fuzzy_places(r, fold(m.text)))
            fuzzy = bool(allowed_places)
        scored = []
        for p in allowed_places:
            s = _place_score(r, m, p, free_admins)
            if s is not None:
                if len(allowed_places) > 1 and _near_anchor(g, p, anchors, m):
                    s += 2.0  # of namesakes, the one near the other places the text names
                scored.append((s - (1.0 if fuzzy else 0.0), p))
        if scored:
            s, p = max(scored)
            if m.in_parens:
                s -= 2.0  # a name in parentheses qualifies another one
            if m.ref_km > FAR_REFERENCE_KM:
                s -= FAR_REFERENCE_PENALTY
            prec = 2 if m.cue == "vicinity" else 1
            written = m.text if not fuzzy and fold(m.text) == m.key else ""
            out.append(PlaceCandidate(s - order_pen, place=p, precision=prec, written=written))
            order += 1
        if (m.cue or m.settlement or m.attached) and not _acronym(m.text):
            # the named village may be missing from the gazetteer: its stated area
            area, town, s = _area_of(r, m.attached) if m.attached else (-1, -1, 0.0)
            if area < 0 and free_admins:
                # "between Korizena and Doumam (Gorom-Gorom, Oudalan)": the
                # bracketed commune town serves the first village too
                area, town, s = _area_of(r, [x for x in mentions
                                             if x.admin_word or x.in_parens and (x.admins or x.places)])
                if not m.settlement:  # a named village ("the villages of X in the Z district of W
                    s = min(s, 4.0)   # province") is placed by them as well as the areas, and finer
                if area >= 0 and any(g.pl_cc[p] == g.sub_cc[area] for _, p in scored):
                    # the town exists: an area named elsewhere in the sentence
                    # ("youth from Zamfara State rallied in Abuja") is no reason
                    # to think of a missing namesake
                    s -= 4.0
            if area >= 0:
                cc = g.sub_cc[area]
                prec = 2 if g.sub_level[area] == 2 or town >= 0 else 3
                out.append(PlaceCandidate(r.country_prior(cc) + s + (1.0 if m.cue else 0.0) - order_pen, area=area,
                                      near_town=town, name=m.text, precision=prec))
                order += 1
    if not out:
        # no place with a cue: an admin area named in passing ("a Jigawa imam
        # was killed") is the best guess, coded to its capital
        # a department's name alone is often a person's: it counts beside
        # another place the sentence gives with a cue ("in the areas of X and Y")
        cued = any(m.cue for m in mentions)
        for m in mentions:
            if m.admins and not m.country and not r.has_places(m) and id(m) not in qualifiers \
                    and (cued or m.key not in g.admin3 or m.admin_word):
                subs = [a for a in r.admin_ids(m) if r.country_prior(g.sub_cc[a]) > 0]  # a country the text or source gives
                if subs:
                    area = _first_preferred(r, subs)
                    out.append(PlaceCandidate(r.country_prior(g.sub_cc[area]) - 4.0, area=area, precision=3))
                    break
    return out
