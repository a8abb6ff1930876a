"""Several sites of one act in one sentence: ACLED codes one event per location.

"Protesters were killed in A, B and C", "the army took control of A, B and C towns",
"attacks on the villages of A and B", "six were killed in A, one in B and two in C":
the places are listed as separate sites of the act, and each is its own event, on the
passage's day. A place and the area it lies in ("in A, B district", "in A, near B")
are one site; so are the two ends of a road or a stretch ("between A and B", "the A-B
road"). Tolls go to the sites the text gives them to ("six in A, one in B"); a toll
given for all of them is divided evenly, the first site taking the remainder (the
codebook's rule for a total reported over several days or places).

``listed_sites(text)`` finds the names and their own tolls; the caller places them.
``own_town(sentence, where, known)`` is the town a follow-up sentence names as the site of
an act, when it is none of the places already known ("In the city of X, protesters set
fire to a police station" after a report on the capital).
May import: etl.extract.dates_fatalities, etl.extract.places.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from etl.extract.dates_fatalities.fatalities import NUMBER, parse_number
from etl.extract.places.resolve import resolve_location

# a place name as written: capitalised words ("Maidali Dansha", "Khartoum"), and a
# town noun after it ("Khartoum city")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|de|du)[- ])?[A-Z][\w'’-]+){0,3}(?:\s+(?:city|town|village))?"
_PLACE_NOUN = r"(?:towns?|villages?|cities|city|communities|community|localities|settlements|hamlets|camps|areas)"
_SEP = r"(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|&)\s+)"
_LAST_SEP = r"(?:\s*,?\s+(?:and|as well as|&)\s+)"   # a list ends with "and": "A, B" is a place and its area
_ITEM = rf"(?:the\s+(?:town|city|village|community|locality)\s+of\s+)?{_NAME}"
# a list of places after a word that makes them the act's sites: "in", "at", "the
# villages of", "took control of", "freed" ...
_LEAD = (rf"(?:\b(?:in|at|on|into)\s+(?:the\s+)?(?:{_PLACE_NOUN}\s+of\s+)?|"
         rf"\bin\s+(?:other\s+)?(?:{_PLACE_NOUN}|places|neighbou?rhoods|suburbs|estates|districts)\s+(?:such\s+as|including|like)\s+|"
         rf"\b(?:control\s+of|{_PLACE_NOUN}\s+of)\s+|"
         r"\b(?:freed|liberated|captured|recaptured|seized|retook|overran|overrun|stormed|raided|attacked|"
         r"entered|shelled|bombed|struck|targeted)\s+(?:the\s+)?(?:" + _PLACE_NOUN + r"\s+of\s+)?)")
_LIST = re.compile(rf"{_LEAD}(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*{_LAST_SEP}{_ITEM})(?P<tail>\s+{_PLACE_NOUN}\b)?")
# one site with its own toll: "six were killed in A", "one in B", "two others in C"
_TOLL_ITEM = re.compile(
    rf"(?<![\w-])(?i:(?P<num>{NUMBER})\s+(?:(?:more|others?|people|persons|civilians|protesters|demonstrators|"
    r"soldiers|policemen|officers|villagers|residents|fighters|militants|of them)\s+)?"
    r"(?:(?:were|was|had been|have been|are)\s+)?(?:(?:reportedly|also)\s+)?(?:(?:killed|died|dead|shot dead|murdered)\s+)?"
    rf"(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)(?P<name>{_NAME})")
_TOLL_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|with)\s+|\s*;\s*)$")
# what makes the names one site, or no sites of the act
_ONE_SITE_BEFORE = re.compile(r"\b(?:between|linking|connecting|joining|from)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# where the victims were, not the act's sites: "attacked farmers who were harvesting in A, B and C"
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+){0,3}$")
_ONE_SITE_AFTER = re.compile(r"\s*(?:road|highway|axis|route|corridor|border|roads|highways|axes|routes|"
                             r"states|regions|provinces|counties|districts|state|region|province|county|district|"
                             r"local government|lgas?|zones?|departments?|prefectures?|governorates?|sectors?|communes?|"
                             r"wards?|municipalit(?:y|ies)|chiefdoms?|sub-?count(?:y|ies)|woredas?|kebeles?|localit(?:y|ies))\b", re.I)
_AREA_NAME = re.compile(r"\s(?:States?|Regions?|Provinces?|Districts?|Count(?:y|ies)|LGAs?|Local Government|Zones?|"
                        r"Departments?|Prefectures?|Governorates?|Sectors?|Communes?|Wards?)\b")
_ITEM_SPLIT = re.compile(_SEP)
# the act the list gives sites to, in its sentence before it ("Its fighters control much of
# the countryside in A, B and C" reports no act)
_ACT = re.compile(r"\b(?:(?:kill|attack|clash|raid|storm|shell|bomb|burn|torch|loot|abduct|kidnap|seiz|captur|recaptur|"
                  r"liberat|protest|demonstrat|march|riot|explod|ambush|massacr|behead|murder|fight|gather|rall)"
                  r"(?:e?d|ing|e?s|ied)?|fought|struck|hit|took|retook|freed|overr[au]n|entered|died|dead|deaths|shot|"
                  r"executed|explosions?)\b", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“])")
_ITEM_PREFIX = re.compile(r"^the\s+(?:town|city|village|community|locality)\s+of\s+", re.I)
_TOWN_WORD = re.compile(r"\s+(?:city|town|village)$")
# capitalised words that open a clause or name no place
_NOT_A_NAME = {"the", "a", "an", "he", "she", "they", "it", "but", "and", "on", "in", "at", "state", "police",
               "army", "government", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}


@dataclass(frozen=True)
class Site:
    name: str            # as written, without "the town of" or a trailing "city"
    fatalities: int | None   # the toll the text gives this site, if any
    start: int           # offset in the text


def _clean(item: str) -> str:
    return _TOWN_WORD.sub("", _ITEM_PREFIX.sub("", item.strip())).strip()


def _named(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].lower() not in _NOT_A_NAME and not name.isupper()


def _toll_sites(text: str) -> list[Site]:
    """Sites with their own tolls, listed one after another."""
    items = list(_TOLL_ITEM.finditer(text))
    best: list[re.Match] = []
    run: list[re.Match] = []
    for m in items:
        if run and _TOLL_GAP.match(text[run[-1].end():m.start()]):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    out = []
    for m in best:
        n = parse_number(m.group("num").lower())
        name = _clean(m.group("name"))
        if n is None or not _named(name):
            return []
        out.append(Site(name, n, m.start("name")))
    return out


def listed_sites(text: str) -> list[Site]:
    """The sites of the act the text lists (two or more), else []."""
    if " and " not in text and "," not in text:
        return []
    tolls = _toll_sites(text)
    if tolls:
        return tolls
    for m in _LIST.finditer(text):
        if _ONE_SITE_BEFORE.search(text, max(0, m.start() - 25), m.start()) \
                or _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _ONE_SITE_AFTER.match(text, m.end()) or text[m.end():m.end() + 1] == "-" \
                or _AREA_NAME.search(m.group("items")):
            continue   # two ends of a road, or areas ("Kaduna and Katsina States", "A and B LGAs")
        opening = max((b.end() for b in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
        if not _ACT.search(text, opening, m.end("items")):
            continue
        sites, pos = [], m.start("items")
        for piece in _ITEM_SPLIT.split(m.group("items")):
            name = _clean(piece)
            if name and _named(name):
                sites.append(Site(name, None, m.start("items") + m.group("items").find(piece, pos - m.start("items"))))
        if len(sites) >= 2:
            return sites
    return []


def share(total: int, parts: int) -> list[int]:
    """A toll divided evenly over ``parts`` sites, the first taking the remainder."""
    if parts <= 0:
        return []
    base, rest = divmod(total, parts)
    return [base + rest] + [base] * (parts - 1)


def place_sites(sites: list[Site], where) -> list[tuple[object, int | None]]:
    """Each listed site's place in the country of ``where`` (the passage's place), one per
    distinct place. A site the gazetteer lacks is coded near the first listed town it
    knows (precision 2), under its own name; nothing when it knows none of them."""
    placed: list[tuple[object, Site]] = []
    for s in sites:
        p = resolve_location(f"in {s.name}", "", where.country)
        # a city's district is written "City - District"
        known = p is not None and p.geo_precision <= 2 and p.country == where.country and _fold(s.name) in (
            _fold(p.location), _fold(p.location.split(" - ")[-1]), _fold(p.admin2), _fold(p.admin3))
        placed.append((p if known else None, s))
    anchor = next((p for p, _ in placed if p is not None and p.geo_precision == 1), None)
    if anchor is None and where.geo_precision <= 2 and any(_fold(s.name) == _fold(where.location) for s in sites):
        anchor = where   # villages the gazetteer lacks, placed by the area the text gives ("in X district")
    if anchor is None:
        return []
    out, seen = [], set()
    for p, s in placed:
        if p is None:
            p = replace(anchor, location=s.name, geo_precision=2, from_sentence="")
        if (p.location, p.latitude, p.longitude) in seen:
            continue
        seen.add((p.location, p.latitude, p.longitude))
        out.append((p, s.fatalities))
    return out


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode().strip()


def with_own_site(sites: list[Site], placed: list, lead: str, place, toll: int) -> list:
    """Sites a follow-up sentence lists ("Others were killed in areas such as A, B and C")
    after a lead naming its own town ("... in X, where three people were shot dead"): the
    lead's town is a site too, with the lead's toll."""
    if not placed or sites[0].start < len(lead) or place.geo_precision != 1 or not place.location:
        return placed
    if any((p.location, p.latitude) == (place.location, place.latitude) for p, _ in placed):
        return placed
    return [(place, toll), *placed]


# a town named as where the sentence's act happened: "in X", "at X", "in the city of X"
_SITE_NAME = re.compile(rf"\b(?i:in|at)\s+(?i:the\s+)?(?:(?:\w+\s+)?(?:town|city|village|locality|community)\s+of\s+)?"
                        rf"(?P<name>{_NAME})")


# a town that is not where the act happened: the speaker's ("a source in X told"), a trip's
# start ("driving back from a ceremony in X to Y"), or a past event recalled ("reminds Somalis
# of the bombings in X months ago")
_SPEAKER_BEFORE = re.compile(r"\b(?:sources?|officials?|spokes(?:man|woman|person)|correspondents?|journalists?|"
                             r"residents?|reporters?|ceremony|meeting|conference|hospitals?|based)\s+(?:\w+\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"^(?:\s*,)?\s+(?:told|said|says|reported|to\s+[A-Z])\b")
_RECALLED = re.compile(r"\b(?:ago|reminds?|reminded|recalls?|recalled|recalling|previous(?:ly)?|earlier|last\s+(?:year|month)|"
                       r"since)\b", re.I)


def own_town(sentence: str, where, known: list) -> object | None:
    """The first town (a precise place in the country of ``where``) the sentence names as
    a site ("in X", "in the city of X") that is none of the ``known`` places; else None.
    None for a sentence that recalls past events, lists several sites, or names the town as
    its speaker's or a trip's start."""
    if _RECALLED.search(sentence) or listed_sites(sentence):
        return None
    for m in _SITE_NAME.finditer(sentence):
        name = _clean(m.group("name"))
        if not _named(name):
            continue
        if _SPEAKER_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) \
                or _SPEAKER_AFTER.match(sentence[m.end():m.end() + 20]):
            return None
        if _ONE_SITE_AFTER.match(sentence, m.end()) or any(_fold(name) == _fold(k.admin1 or "") for k in known):
            return None   # an area ("in X state"), or the region already told
        p = resolve_location(f"in {name}", "", where.country)
        if p is None or p.geo_precision != 1 or p.country != where.country or not p.location \
                or _fold(name) not in (_fold(p.location), _fold(p.location.split(" - ")[-1]), _fold(p.admin2)):
            continue
        if any(k.location == p.location or (k.latitude, k.longitude) == (p.latitude, p.longitude) for k in known):
            return None   # the sentence names a place already told first: it elaborates that one
        return p
    return None
