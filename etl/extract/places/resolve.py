"""Place resolution: an event sentence to ACLED's country/admin/location/point.

How a sentence is read (the way ACLED notes and news name places):
- names are the capitalised runs of the sentence, looked up (folded) in the
  gazetteer's towns, admin areas and countries;
- admin areas come from a type word ("Borno State", "Batsari LGA", "the Djenne
  circle"), from parentheses after a name ("in Boula (Coalla, Gnagna)",
  "in Owerri (Owerri-Municipal LGA, Imo)") or from a comma after it ("in
  Maiduguri, Borno State"); they decide between namesakes and place villages
  that the gazetteer lacks;
- the country comes from the source's hint, country names and demonyms in the
  sentence and its context (dateline); towns of other countries are only
  considered when the text names those countries (or when there is no hint);
- qualifiers that disagree are weighed: a town and its stated admin2 outvote a
  state name that fits neither; one country is chosen for a qualifier set.
Scoring lives in etl.extract.places.candidates, reading in etl.extract.places.text.

geo_precision: 1 the named town; 2 "near" a town, or a village missing from the
gazetteer coded to its stated admin2 area (its seat, else the centre of its
towns) or to the town given beside it; 3 a region coded to its capital.
When a named village is missing, ``location`` keeps the village's name as
written (ACLED's location is the named place) and the point is the area's.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from etl.extract.places import gazetteer as gz
from etl.extract.places.countries import admin1_named, countries_in
from etl.extract.places.districts import SEPARATOR, is_district
from etl.extract.places.text import (
    NAME_WEIGHT, attach, scan, tokenize, countries_of_places, join_split_names,
)
from etl.extract.places.candidates import place_candidates, PlaceCandidate, Resolver, haversine_km

__all__ = ["Place", "haversine_km", "resolve_location"]


@dataclass(frozen=True)
class Place:
    country: str
    iso: int | None
    region: str
    admin1: str
    admin2: str
    admin3: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    # the later sentence of the article whose name placed the event (see resolve_location):
    # that sentence reports the same incident, and no second row should be made of it
    from_sentence: str = ""


def _location_name(canonical: str, written: str) -> str:
    """The town's name to print: the text's own spelling when it matched one
    of the town's other names ("Jowhar" for GeoNames' Jawhar, "Gondar" for
    Gonder, "El Geneina" for Al-Junaynah, "Kobani" for 'Ayn al 'Arab).
    ACLED's location names are the common English or local forms news
    writes, and GeoNames' main names are often scholarly transliterations
    (or another language's name) that no writer or analyst uses; the text's
    form is also what a reader of the event looks for. When the two differ
    only in case, accents, spacing marks or hyphens the gazetteer's form is
    kept (one spelling per town across articles), except that transliteration
    apostrophes the text leaves out ("Nek'emte", "Samarra'") are dropped with it.
    Fuzzy matches (a misspelt name) never reach here: they keep the gazetteer's."""
    if not written or is_district(canonical):
        return canonical  # "Mogadishu - Hodan", however the text names the quarter
    text = gz.ascii_name(written)
    if not text or text.isupper() or text.islower():
        return canonical  # "MAIDUGURI": a headline's capitals say nothing of the spelling
    if gz.fold(text) != gz.fold(canonical):
        return text
    if "'" in canonical and "'" not in text:
        return text
    return canonical


def _to_place(r: Resolver, c: PlaceCandidate) -> Place:
    g = r.g
    if c.place >= 0:
        p = c.place
        a1, a2 = g.pl_a1[p], g.pl_a2[p]
        cc, lat, lon, loc = g.pl_cc[p], g.pl_lat[p], g.pl_lon[p], _location_name(g.pl_name[p], c.written)
    else:
        area = c.area
        a1 = g.admin1_of(area)
        a2 = area if g.sub_level[area] == 2 else -1
        cc = g.sub_cc[area]
        if c.near_town >= 0:
            lat, lon = g.pl_lat[c.near_town], g.pl_lon[c.near_town]
            seat = g.pl_name[c.near_town]
            if a2 < 0 and g.pl_a2[c.near_town] >= 0:
                a2 = g.pl_a2[c.near_town]
        else:
            lat, lon, seat = g.sub_lat[area], g.sub_lon[area], g.sub_seat[area]
            par = g.sub_parent[area]
            if a2 >= 0 and par >= 0 and seat and seat == g.sub_seat[par] \
                    and (lat, lon) == (g.sub_lat[par], g.sub_lon[par]):
                # a district with no town in the gazetteer borrows its province's
                # point: its seat is still the town named like it, not the capital
                seat = ""
        loc = c.name or seat or g.sub_name[area]
        if math.isnan(lat):
            lat = lon = None
    name, iso, region = g.country_info.get(cc, (cc, None, ""))
    return Place(country=name, iso=iso, region=region,
                 admin1=g.sub_name[a1] if a1 >= 0 else "", admin2=g.sub_name[a2] if a2 >= 0 else "",
                 admin3=c.admin3, location=loc,
                 latitude=round(lat, 4) if lat is not None else None,
                 longitude=round(lon, 4) if lon is not None else None,
                 geo_precision=c.precision)


def _best(r: Resolver, tokens: list[str], mentions: list | None = None) -> PlaceCandidate | None:
    if mentions is None:
        mentions = scan(tokens, r.g)
        attach(tokens, mentions)
    cands = place_candidates(r, join_split_names(mentions, r.allowed))
    _prefer_districts(r.g, cands)
    return max(cands, key=lambda c: c.score) if cands else None


def _prefer_districts(g: gz.Gazetteer, cands: list[PlaceCandidate]) -> None:
    """'in Hodan district of Mogadishu', 'Musaga, a neighbourhood of Bujumbura': the
    quarter named beside its city is the finer reading of the same place."""
    districts = [c for c in cands if c.place >= 0 and is_district(g.pl_name[c.place])]
    for d in districts:
        city = g.pl_name[d.place].split(SEPARATOR, 1)[0]
        for c in cands:
            if c.place >= 0 and c.place != d.place and g.pl_name[c.place] == city \
                    and (g.pl_lat[c.place], g.pl_lon[c.place]) == (g.pl_lat[d.place], g.pl_lon[d.place]):
                d.score = max(d.score, c.score + 0.01)


def _unplaced_name(tokens: list[str], g: gz.Gazetteer) -> str:
    """The sentence's own place name (after a cue) that nothing could place."""
    for m in scan(tokens, g):
        if m.cue and not m.country and not m.admin_word:
            return m.text
    return ""


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = r"%s +\d{1,2}(?:, *\d{2,4})?" % _MONTH
_CAPS = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"          # BUJUMBURA, ADDIS ABABA
_TITLE = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*"          # Beni, DR Congo
_AGENCY = r"\([A-Za-z][\w'’ .\-]{1,30}\)"                  # (AP), (NNN-XINHUA), (KHARTOUM)
# A dateline opening the sentence: where the reporter filed from, not where the
# event was ("JOHANNESBURG (AP) —", "ADDIS ABABA, April 1 —", "June 30, 2022
# (KHARTOUM) –", "Beni, DR Congo | AFP |"): a city in capitals or "City,
# Country", a date, a bracketed agency or city, then a dash or a bar.
DATELINE = re.compile(
    r"^\s*(?:(?:{caps}|{title}, +{title})(?:,? +{date})?(?: *{agency})?|{date},? *{agency})"
    r" *(?:[-–—]{{1,2}} |\| *[A-Za-z][\w .\-]{{0,20}}\| *)".format(
        caps=_CAPS, title=_TITLE, date=_DATE, agency=_AGENCY))


# a wire dateline inside the context ("... northern Cameroon town YAOUNDE, Cameroon (AP) --
# Suicide bombers ...", "... raid April 3, 14 (BOR) – Five people ..."): an earlier sentence's filing place
_INNER_DATELINE = re.compile(
    r"(?:(?<![\w,]){caps}(?:, +{title}(?:,? +{date})?(?: *{agency})?|,? +{date}(?: *{agency})?| *{agency})"
    r"|\b{date},? *{agency}) *[-–—]{{1,2}} ".format(
        caps=r"[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+)*", title=_TITLE, date=_DATE, agency=_AGENCY))
NATIONAL = "national"  # a coarse place that stands for the whole country


def lift_datelines(context: str) -> tuple[str, str]:
    """(context without its datelines, the datelines): where reporters filed from."""
    if "-" not in context and "–" not in context and "—" not in context:
        return context, ""
    found = [m.group().strip(" -–—") for m in _INNER_DATELINE.finditer(context)]
    if not found:
        return context, ""
    return _INNER_DATELINE.sub(" ", context), " ".join(found)


def split_dateline(sentence: str) -> tuple[str, str]:
    """(dateline, rest) when the sentence opens with a dateline, else ("", sentence)."""
    m = DATELINE.match(sentence)
    if not m or m.end() > 80 or not m.group().strip(" -–—|"):
        return "", sentence
    return m.group().strip(), sentence[m.end():]


LATER_SENTENCES = 6      # how far after the event a sentence saying where it happened is looked for
LATER_MIN_SCORE = 3.0    # a later name must be given as a place (a cue, a type word, a qualifier)


def _refined(g: gz.Gazetteer, coarse: Place, later: Sequence[str],
             national: bool = False) -> tuple[Resolver, PlaceCandidate, str] | None:
    """A town or district inside the coarse place (a region, or only a country) that a
    later sentence gives ("At least 16 militiamen were killed in North Kivu province..."
    then "The fighting took place in the village of X in Lubero"): the first one found.
    ``national``: the coarse place only stands for the country (its capital, or the
    dateline's city), so a town anywhere in the country refines it."""
    cc = g.country_code(coarse.country)
    if cc is None:
        return None
    if national:
        coarse = replace(coarse, admin1="", admin2="", location="")
    for text in later[:LATER_SENTENCES]:
        tokens = tokenize(split_dateline(text)[1])
        sent_cc = countries_in(tokens, g, NAME_WEIGHT)
        if sent_cc.get(cc, 0.0) < NAME_WEIGHT and any(c != cc and w >= NAME_WEIGHT for c, w in sent_cc.items()):
            continue  # a sentence about another country ("shared by Chad, Niger and Nigeria" still counts)
        r = Resolver(g, cc, {c: w for c, w in sent_cc.items() if c == cc}, {})
        mentions = scan(tokens, g)
        attach(tokens, mentions)
        for c in sorted(place_candidates(r, join_split_names(mentions, r.allowed)), key=lambda c: -c.score):
            if c.score < LATER_MIN_SCORE:
                break
            place = _to_place(r, c)
            # a village the coarse place already names within its admin2 ("Rijiya village in
            # Gusau") is as fine as an area can be: only a town refines it
            finer = c.place >= 0 or (g.sub_level[c.area] == 2 or c.near_town >= 0) \
                and not (coarse.admin2 and coarse.location not in ("", coarse.admin2))
            if finer and place.country == coarse.country and (not coarse.admin1 or place.admin1 == coarse.admin1) \
                    and _inside_admin2(coarse, place):
                return r, c, text
    return None


INSIDE_KM = 50.0  # a town with no admin2 this close to an area's point may lie in it


def _inside_admin2(coarse: Place, place: Place) -> bool:
    """Is the finer place inside the coarse place's admin2, when it has one? ("in Kankara
    LGA" then "many people in Katsina": the state capital is another LGA's town). A town
    named like its state ("students kidnapped in Katsina") may stand for the state."""
    if not coarse.admin2 or place.admin2 == coarse.admin2 or gz.fold(coarse.location) == gz.fold(coarse.admin1):
        return True
    return not place.admin2 and None not in (coarse.latitude, place.latitude) \
        and haversine_km(coarse.latitude, coarse.longitude, place.latitude, place.longitude) < INSIDE_KM


def resolve_location(sentence: str, context: str = "", country_hint: str | None = None,
                     country_prior: Mapping[str, float] | None = None, later: Sequence[str] = ()) -> Place | None:
    """The event's place (see `resolve`); when it is only a region or a country and
    ``later`` (the sentences after the event's) names a town or district inside it,
    that one, at precision 2 at least (``from_sentence`` then holds that sentence)."""
    place, coarse = _resolve(sentence, context, country_hint, country_prior)
    if place is None or not later or not coarse:
        return place
    found = _refined(gz.load(), place, later, national=coarse == NATIONAL)
    if found is None:
        return place
    r, c, text = found
    c.precision = max(c.precision, 2)
    return replace(_to_place(r, c), from_sentence=text)


def _resolve(sentence: str, context: str = "", country_hint: str | None = None,
             country_prior: Mapping[str, float] | None = None) -> tuple[Place | None, bool | str]:
    """The event's place from its sentence, with the context's and the source's
    country as hints (None when nothing can be placed), and whether it is coarse:
    a region, or taken from the context, or only the country (NATIONAL: the
    capital or a dateline's city standing for the country).

    ``country_prior`` (country name -> weight, e.g. from the actors an article
    names) is a soft hint used only when there is no hint and the text names
    no country: it weighs like a country named in the context, so a place named
    elsewhere still wins; it places a sentence with no placeable name only
    when it is one country."""
    g = gz.load()
    hint = g.country_code(country_hint)
    dateline, sentence = split_dateline(sentence)
    # the filing place (the sentence's dateline, or one an earlier sentence of the
    # context opens with) is the last resort: after the title and the sentences around
    context, filed = lift_datelines(context)
    if dateline:
        filed = f"{filed} {dateline}".strip()
    tokens = tokenize(sentence)
    own_ctx = tokenize(context) if context else []
    filed_tokens = tokenize(filed) if filed else []
    ctx_tokens = own_ctx + filed_tokens
    sent_cc = countries_in(tokens, g, NAME_WEIGHT)
    ctx_cc = countries_in(ctx_tokens, g, 1.0) if ctx_tokens else {}
    outright = any(w >= NAME_WEIGHT for w in sent_cc.values()) or any(w >= 1.0 for w in ctx_cc.values())
    prior = {}
    if hint is None and country_prior and not any(w >= NAME_WEIGHT for w in sent_cc.values()) \
            and not any(w >= 1.0 for w in ctx_cc.values()):
        prior = {cc: w for cc, w in ((g.country_code(c), w) for c, w in country_prior.items()) if cc}
    mentions = None
    if hint is None and not sent_cc and not ctx_cc:
        # no country given or named: the one the named places agree on
        mentions = scan(tokens, g)
        attach(tokens, mentions)
        sent_cc = countries_of_places(mentions, g)
    fallback_cc = {**ctx_cc, **sent_cc}
    # "Rwandan forces brought back a boat ...": a demonym often names foreign forces, so a
    # country named outright in the sentence, else in the context, outranks it as the place's
    named = {c: w for c, w in sent_cc.items() if w >= NAME_WEIGHT} \
        or {c: NAME_WEIGHT for c, w in ctx_cc.items() if w >= 1.0 and c not in sent_cc} or sent_cc
    if prior:
        ctx_cc = {**ctx_cc, **{cc: max(w, ctx_cc.get(cc, 0.0)) for cc, w in prior.items()}}
        if len(prior) == 1 and not fallback_cc:
            fallback_cc = dict(prior)
    # a group of several countries gives a prior only where the text's places
    # agree with one of them: a town elsewhere counts when the places agree on
    # its country (one country's actors stay soft: a town named abroad,
    # "Nigerian troops in Maroua", still wins)
    bound = {*prior, *sent_cc} if len(prior) > 1 else None
    r = Resolver(g, hint, sent_cc, ctx_cc, bound)
    r.names_country = outright
    if ctx_tokens:
        r.ctx_admin1 = frozenset(s for subs in admin1_named(ctx_tokens, g) for s in subs if r.allowed(g.sub_cc[s]))
    best = _best(r, tokens, mentions)
    if best is None and ctx_tokens:
        # dateline, title or earlier sentences; when the sentence names its
        # country, only that country's places count there
        if sent_cc:
            top = max({**sent_cc, **named}.items(), key=lambda kv: kv[1])[0]
            r = Resolver(g, top, sent_cc, {})
        best = _best(r, own_ctx) if own_ctx else None
        level: bool | str = True
        if best is None and filed_tokens:
            best, level = _best(r, filed_tokens), NATIONAL  # the reporter's city stands for the country
        if best is not None:
            best.precision = max(best.precision, 2)
            if best.place < 0 or best.precision == 3:
                named = _unplaced_name(tokens, g)
                if named:
                    best.name = named
        if best is not None:
            return _to_place(r, best), level
    if best is not None:
        return _to_place(r, best), best.precision == 3
    cc = hint or max({**fallback_cc, **named}.items(), key=lambda kv: kv[1], default=(None, 0))[0]
    if cc is None:
        return None, True
    if cc in g.capital and not _unplaced_name(tokens, g):
        # no place named at all: a national-level event, coded to the capital (a sentence that
        # names another country, "killed in Afghanistan", is refined by no town of this one)
        abroad = any(c != cc and w >= NAME_WEIGHT for c, w in sent_cc.items())
        return _to_place(r, PlaceCandidate(0.0, place=g.capital[cc], precision=3)), True if abroad else NATIONAL
    name, iso, region = g.country_info.get(cc, (cc, None, ""))
    return Place(country=name, iso=iso, region=region, admin1="", admin2="", admin3="", location="",
                 latitude=None, longitude=None, geo_precision=3), True
