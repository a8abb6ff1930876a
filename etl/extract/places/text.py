"""Reading place names out of text: tokens, capitalised runs matched against
the gazetteer, the cue words around them and the qualifiers attached to them
(parentheses, ", X State"). Used by etl.extract.places.resolve."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.extract.places import gazetteer as gz
from etl.extract.places.gazetteer import fold
from etl.extract.places.admin3 import admin3_areas
from etl.extract.places.relations import reference_km, route_end_km, told_outlet


_WORDS = tomllib.loads((Path(__file__).with_name("geo") / "place_words.toml").read_text(encoding="utf-8"))
LOCATIVE = frozenset(_WORDS["locative"])
VICINITY = frozenset(_WORDS["vicinity"])
SETTLEMENT = frozenset(_WORDS["settlement"])
ADMIN1_WORDS = frozenset(_WORDS["admin_level1"])
ADMIN2_WORDS = frozenset(w for w in _WORDS["admin_level2"] if " " not in w)
STOP = frozenset(_WORDS["stop"])
SPEECH = frozenset(_WORDS["speech"])
AUDIENCE = frozenset(_WORDS["audience"])
TELLING = frozenset(_WORDS["telling"])
OFFICE = frozenset(_WORDS["office"])
PORTFOLIO = OFFICE | frozenset(_WORDS["portfolio_body"])
PEOPLE_REGIONS = frozenset(_WORDS["people_regions"])
REGION_CUES = frozenset(_WORDS["region_cues"])
PERSON_TITLES = frozenset(_WORDS["person_titles"])
CONNECTORS = frozenset("da de do dos das du des el al ar as ash ad an la le les es of di del wa bin ibn".split())

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|[(),;:.]")
# "Deir ez-Zor", "Ras al-Ain", "al-Fashir": an Arabic article joined to a
# capitalised word by a hyphen is part of the name although written lower-case
_ARTICLE_JOINED = re.compile(r"^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|ez|ed|es|et|en|er|ul|ud|ur|us)-[^\W\d_]", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+s?$")  # MPP, G5, IDPs: bodies and groups, not villages
# Words of the coders' own asides ("(Coded as Djibo at geoprecision 2)"):
# never part of a name, even inside parentheses where other stop words can be
ANNOTATION = frozenset(["coded", "geoprecision", "approximate", "approximately", "size", "fatalities"])
MAX_NGRAM = 5
FUZZY_MIN_LEN = 6
FUZZY_CUTOFF = 90
NAME_WEIGHT = 2.5      # country prior for a country named in the sentence (demonyms: 0.6 of it)


@dataclass
class Mention:
    start: int            # token index
    end: int              # one past the last token
    text: str
    key: str
    places: tuple[int, ...]
    admins: tuple[int, ...]
    country: str | None
    cue: str              # "locative", "vicinity" or ""
    settlement: bool      # "X village", "village of X"
    admin_word: int       # 1/2 when a type word follows ("X State", "X LGA"), else 0
    attached: list        # admin/town parts given in parentheses or after a comma
    in_parens: bool
    office: bool = False  # the seat of an office named just before it ("Commissioner of X in Marka")
    ref_km: float = -1.0  # "30 km south of X", "about 150km from X": the distance the text gives from it


def tokenize(text: str) -> list[str]:
    # "Mali's army" -> "Mali": possessives would hide the name
    return [t[:-2] if t.endswith(("'s", "’s")) else t for t in _TOKEN.findall(text)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (bool(_ARTICLE_JOINED.match(tok)) and tok[tok.index("-") + 1:][:1].isupper())


@lru_cache(maxsize=200_000)
def fold_token(tok: str) -> str:
    return fold(tok)


def scan(tokens: list[str], g: gz.Gazetteer) -> list[Mention]:
    """Capitalised runs -> longest gazetteer matches (or unknown names with a cue)."""
    out: list[Mention] = []
    heads = g.name_heads
    if not heads:  # a gazetteer built before heads were kept
        heads = g.name_heads = gz.name_heads(g)
    lowered = [t.lower() for t in tokens]
    folded = [fold_token(t) for t in tokens]
    cap = [_is_cap(t) for t in tokens]
    depth = 0
    i = 0
    n = len(tokens)
    office_end = -2
    while i < n:
        tok = tokens[i]
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        if not cap[i] or lowered[i] in ANNOTATION or (lowered[i] in STOP and depth == 0
                                                      and not _admin_follows(lowered, i + 1)
                                                      and not _particle_name(folded, cap, i, g)
                                                      and not _people_region(lowered, i, g)):
            i += 1
            continue
        if len(tok) == 1 and i + 1 < n and tokens[i + 1] == ".":
            i += 1  # an initial: "U.S. troops", "the U.N.", "John F. Kennedy"
            continue
        if i and lowered[i - 1] in PERSON_TITLES and depth == 0 \
                and (tokens[i - 1][:1].isupper() or lowered[i - 1] != "general"):
            # "Prime Minister Abiy Ahmed", "Governor Babagana Zulum": a person's name
            while i < n and cap[i]:
                i += 1
            continue
        # the run of capitalised words (with inner connectors: "Mocimbo da Praia")
        run = i + 1
        while run < n and run - i < MAX_NGRAM:
            if cap[run]:
                run += 1
            elif lowered[run] in CONNECTORS and run + 1 < n and cap[run + 1]:
                run += 2
            else:
                break
        best = None
        if run < n and lowered[run] in ("in", "at") and told_outlet(lowered, cap, tokens, run):
            i = run  # "confirmed this to Sunday Tribune in Jos": the outlet told, not a place
            continue
        longest = heads.get(folded[i].split(" ", 1)[0], 0)  # no name starts with this word: skip the look-ups
        for j in range(min(run, i + longest), i, -1):
            if not cap[j - 1]:
                continue
            key = " ".join(folded[i:j])
            places = g.places(key)
            admins = g.admins(key)
            country = g.country_index.get(key)
            if places or admins or country:
                best = (j, key, places, admins, country)
                break
        if best is not None and best[0] == i + 1 and not best[4] and folded[i][:2] in ("el", "al") \
                and len(folded[i]) >= 5 and folded[i][2] not in " -'":
            # "Elwak" for El Wak: the Arabic article written solid
            split = g.places(folded[i][:2] + " " + folded[i][2:])
            if split:
                best = (best[0], best[1], tuple(dict.fromkeys(best[2] + split)), best[3], best[4])
        elif best is None and run == i + 1 and folded[i][:2] in ("el", "al") and len(folded[i]) >= 5 \
                and folded[i][2] not in " -'" and g.places(folded[i][:2] + " " + folded[i][2:]):
            key = folded[i][:2] + " " + folded[i][2:]
            best = (i + 1, key, g.places(key), g.admins(key), None)
        if best is not None and best[0] > i + 1 and lowered[best[0] - 1] in _TYPE_WORDS and not best[2]:
            # "Bassa Local Government Area", "Borno State": the name, then its type words
            # (read as for a lower-case type word: the whole run would leave "Area" behind)
            j = best[0]
            while j > i + 1 and lowered[j - 1] in _TYPE_WORDS:
                j -= 1
            key = " ".join(folded[i:j])
            if g.admins(key):
                best = (j, key, g.places(key), g.admins(key), g.country_index.get(key))
        if best is not None and best[0] == i + 1 and best[2] and len(tok) <= 4 and ACRONYM.match(tok):
            # "BBC", "ICRC": an acronym is a town only under the town's own name ("JOS"), not an alias
            own = tuple(p for p in best[2] if fold(g.pl_name[p]) == best[1])
            best = (best[0], best[1], own, best[3], best[4]) if own or best[3] or best[4] else None
            if best is None:
                i += 1
                continue
        if best is not None and best[4] and neighbour(tokens, i, best[0]):
            # "near the Niger border": the neighbouring country, not a place (nor
            # the hinted country's area so named)
            i = best[0]
            continue
        if best is not None and best[1] in g.demonyms and not best[3] and not best[4]:
            # "the Chadian army": a people's adjective, though a town abroad be so named
            i = best[0]
            continue
        if best is None and "-" in tok and run == i + 1 and not _ARTICLE_JOINED.match(tok) \
                and not ACRONYM.match(tok.split("-", 1)[0]):
            # "Galadimawa-Zaria road", "Pulka-Firgi junction": a route named by
            # its towns is coded to its first one (not "al-Shabaab", "SPLM-IO")
            head = fold_token(tok.split("-", 1)[0])
            places = g.places(head)
            if places:
                best = (i + 1, head, places, (), None)
        if best is None:
            # an unknown capitalised run: kept as a possible village name
            # ("Residents of Onitsha": an unknown name never spans English
            # "of", so the known town after it is still read)
            j = i + 1
            while j < run and (not cap[j] or lowered[j] not in STOP) and lowered[j] != "of":
                j += 1
            while j > i + 1 and (not cap[j - 1] or _admin_follows(lowered, j - 1)):
                j -= 1  # "Gujiba LGA": the type word is read after the name
            key = " ".join(folded[i:j])
            if i >= 2 and lowered[i - 1] == "of" and lowered[i - 2] in PORTFOLIO:
                # "the Commissioner of Administration (and Finance)": a portfolio, not a
                # village; the name after an office holder's ("... in Marka district") is
                # the office's seat
                while j + 1 < n and lowered[j] in ("and", "&") and cap[j + 1]:
                    j += 2
                if lowered[i - 2] in OFFICE:
                    office_end = j
                i = j
                continue
            if key in g.demonyms or all(ACRONYM.match(t) for t in tokens[i:j]):
                # "Burkinabe soldiers", "the MPP party": a people or an acronym, not a village
                i = j
                continue
            best = (j, key, (), (), None)
        j, key, places, admins, country = best
        if j < n and lowered[j] in ("city", "town") and g.places(key + " " + lowered[j]):
            # "Benin city": the town, not the country
            key = key + " " + lowered[j]
            j, places, admins, country = j + 1, g.places(key), (), None
        if i >= 2 and lowered[i - 1] in ("in", "at") and (
                lowered[i - 2] in SPEECH or lowered[i - 2] in AUDIENCE and i >= 3 and lowered[i - 3] in TELLING):
            i = j  # "told reporters in Maputo": where the statement was made
            continue
        if i >= 3 and lowered[i - 1] in ("in", "at") and told_outlet(lowered, cap, tokens, i - 1):
            i = j  # "confirmed the attack to LEADERSHIP in Maiduguri": where the outlet heard it
            continue
        out.append(_make_mention(tokens, lowered, i, j, key, places, admins, country, depth > 0))
        if i == office_end + 1 and lowered[office_end] in ("in", "for", "of"):
            out[-1].office = True   # where the office holder serves, not where the event was
        i = j
    return out


BORDER_WORDS = frozenset(["border", "borders", "frontier", "frontiers", "boundary"])


def neighbour(tokens: list[str], i: int, j: int) -> bool:
    """'near the Niger border', 'on the border with Uganda', 'bordering Chad': the
    country named (tokens i..j) is the neighbour of the event's place, not its country."""
    if j < len(tokens) and tokens[j].lower() in BORDER_WORDS:
        return True
    before = [t.lower() for t in tokens[max(0, i - 2):i]]
    return before[-1:] == ["bordering"] or len(before) == 2 and before[0] in BORDER_WORDS and before[1] in ("with", "of")


def _particle_name(folded: list[str], cap: list[bool], i: int, g: gz.Gazetteer) -> bool:
    """'El Fasher', 'North Darfur', 'South Sudan': a stop word that starts a
    known name of two or three words is part of it."""
    if i + 1 >= len(folded) or not cap[i + 1]:
        return False
    for j in (i + 3, i + 2):
        if j <= len(folded) and cap[j - 1]:
            key = " ".join(folded[i:j])
            if key in g.place_index or key in g.admin_index or key in g.country_index \
                    or gz.bare_admin_key(key) in g.admin_index and gz.bare_admin_key(key) != folded[i]:
                return True
    return False


def _people_region(lowered: list[str], i: int, g: gz.Gazetteer) -> bool:
    """'across Amhara', 'in Tigray': a people's name after a cue of place is its region."""
    return lowered[i] in PEOPLE_REGIONS and i > 0 and lowered[i - 1] in REGION_CUES and bool(g.admins(lowered[i]))


def _admin_follows(lowered: list[str], j: int) -> bool:
    return j < len(lowered) and (lowered[j] in ADMIN1_WORDS or lowered[j] in ADMIN2_WORDS)


def _make_mention(tokens, lowered, i, j, key, places, admins, country, in_parens) -> Mention:
    prev = [w for w in lowered[max(0, i - 4):i] if w not in ("the", "a", "an")]
    cue = ""
    ref_km = max(reference_km(lowered, i), route_end_km(lowered, i))
    if ref_km >= 0:
        cue = "vicinity"  # a place measured from a town is near it at best
    elif prev[-2:] == ["coded", "as"]:
        cue = "locative"  # ACLED notes: "(coded as Djibo at geoprecision 2)"
    elif prev and (prev[-1] in VICINITY or (len(prev) >= 2 and prev[-1] in ("of", "to", "from")
                                             and prev[-2] in VICINITY)):
        cue = "vicinity"
    elif prev and (prev[-1] in LOCATIVE or prev[-1] in SETTLEMENT):
        cue = "locative"
    nxt = lowered[j] if j < len(lowered) else ""
    settlement = nxt in SETTLEMENT or (len(prev) >= 2 and prev[-1] == "of" and prev[-2] in SETTLEMENT) \
        or (prev and prev[-1] in SETTLEMENT)
    admin_word = 1 if nxt in ADMIN1_WORDS else 2 if nxt in ADMIN2_WORDS or nxt == "local" else 0
    if not admin_word and len(prev) >= 2 and prev[-1] == "of" and ref_km < 0:
        # "the home state of Katsina", "the northeastern province of Oudalan", "the
        # territory of Fizi": the type word before the name
        admin_word = 1 if prev[-2] in ADMIN1_WORDS else 2 if prev[-2] in ADMIN2_WORDS else 0
        if admin_word and cue == "vicinity":
            cue = "locative"  # "area of X" is no vicinity of X's
    return Mention(i, j, " ".join(tokens[i:j]), key, places, admins, country, cue, settlement,
                    admin_word, [], in_parens, ref_km=ref_km)


def attach(tokens: list[str], mentions: list[Mention]) -> None:
    """Give each name the admin/town names that qualify it: '(A, B)' right after
    it, or ', B State' / ', a village in the B circle' after it."""
    by_start = {m.start: m for m in mentions}
    for idx, m in enumerate(mentions):
        j = m.end
        k = j
        while k < len(tokens) and k - j < 3 and tokens[k][:1].islower():
            k += 1  # "Kimbisawa village (...)", "the Galadimawa-Zaria road (...)"
        if k < len(tokens) and tokens[k] == "(" and not m.admin_word:
            j = k
        if m.admin_word and j < len(tokens) and tokens[j].lower() in _TYPE_WORDS:
            j += 1
            while j < len(tokens) and tokens[j].lower() in ("government", "area", "lga", "local"):
                j += 1
        if j < len(tokens) and tokens[j] == "(":
            k = j + 1
            while k < len(tokens) and tokens[k] != ")":
                if k in by_start:
                    m.attached.append(by_start[k])
                k += 1
        elif (m.cue or m.settlement) and not m.admin_word and not m.country and j < k < len(tokens) \
                and not all(ACRONYM.match(t) for t in tokens[m.start:m.end]) \
                and tokens[k - 1] == "in" \
                and all(t.lower() in SETTLEMENT for t in tokens[j:k - 1]) and k in by_start:
            # "Kipese in Lubero", "the Lulingu village in Shabunda territory", "the Sabon
            # Gari camp in Borno State's Damboa area": the area or town it lies in
            _attach_chain(tokens, by_start, m, by_start[k], any_place=m.settlement)
        elif m.admin_word and j + 1 < len(tokens) and tokens[j] == "of" and j + 1 in by_start \
                and by_start[j + 1].admin_word == 1 and m.admin_word == 2:
            # "Kankara Local Government Area of Katsina State": the area's state
            _attach_chain(tokens, by_start, m, by_start[j + 1], any_place=False)
        elif j + 2 < len(tokens) and tokens[j] == "," and tokens[j + 1].lower() == "in" and not m.admin_word \
                and j + 2 in by_start and by_start[j + 2].admin_word:
            # "Mangina, in Beni territory": a typed area after the comma still qualifies it
            _attach_chain(tokens, by_start, m, by_start[j + 2], any_place=False)
        elif j < len(tokens) and tokens[j] == "," and not (j + 1 < len(tokens) and tokens[j + 1].lower() in LOCATIVE
                                                           and tokens[j + 1].lower() != "of"):
            # ", Borno State" / ", a village in the Djenne circle": the next admin-typed name
            # (but "NANS, in Makurdi" starts a phrase of its own)
            for other in mentions[idx + 1: idx + 3]:
                if m.country and other.country and not other.admin_word:
                    break  # "shared by Chad, Niger, Cameroon and Nigeria": a list of countries
                if other.start - j <= 6 and (other.admin_word or other.admins and not other.places):
                    m.attached.append(other)
                    break


_TYPE_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | {"local", "government", "area", "ward"}


def _attach_chain(tokens: list[str], by_start: dict, m: Mention, first: Mention, any_place: bool) -> None:
    """Attach ``first`` (an admin-typed name, or with ``any_place`` a town) to ``m``,
    and the admin-typed name right after it ("Beni territory, North Kivu province")."""
    after = first.end
    while after < len(tokens) and after - first.end < 4 and (tokens[after].lower() in _TYPE_WORDS
                                                           or tokens[after].lower() in SETTLEMENT):
        after += 1  # "in Mangu Local Government Area (...)", "in Gora ward (...)"
    if first.country or after < len(tokens) and tokens[after] == "(" \
            or not (first.admin_word or any_place and (first.places or first.admins)):
        return  # "in Bassa LGA (Plateau)": the bracketed qualifiers are read as free admin areas
    m.attached.append(first)
    k = after
    if k < len(tokens) and tokens[k] == ",":
        k += 1
    nxt = by_start.get(k)
    if nxt is not None and not nxt.country and (nxt.admin_word or nxt.admins and (
            not nxt.places or nxt.end < len(tokens) and tokens[nxt.end].lower() == "area")):
        m.attached.append(nxt)  # "... in Borno State's Damboa area": the LGA so named


def countries_of_places(mentions: list[Mention], g: gz.Gazetteer) -> dict[str, float]:
    """The country the sentence's place names agree on, when it names no
    country ("in Pama and Fada N'gourma", "Soum Province"): each name given as
    a place (a cue, a type word, a qualifier) votes for the countries it
    exists in, an unambiguous name more than a common one, an admin area
    more than a town. A clear winner, backed by two names or by an admin
    area, is returned with a demonym's weight; else nothing."""
    votes: dict[str, float] = {}
    backers: dict[str, int] = {}
    by_admin: set[str] = set()
    for m in mentions:
        if m.country or not (m.cue or m.settlement or m.admin_word or m.attached or m.in_parens):
            continue
        dept = admin3_areas(g, m.key)  # a department read as an area votes as a town
        admin_ccs = {g.sub_cc[s] for s in m.admins if s not in dept}
        ccs = admin_ccs | {g.sub_cc[s] for s in dept} | {g.pl_cc[p] for p in m.places}
        if not ccs:
            continue
        for cc in ccs:
            w = (1.5 if cc in admin_ccs else 1.0) / len(ccs)
            votes[cc] = votes.get(cc, 0.0) + w
            backers[cc] = backers.get(cc, 0) + 1
            if cc in admin_ccs and len(admin_ccs) == 1:
                by_admin.add(cc)
    if not votes:
        return {}
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    top, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= 1.0 and score >= 2 * second and (backers[top] >= 2 or top in by_admin):
        return {top: NAME_WEIGHT * 0.6}
    return {}


def join_split_names(mentions: list[Mention], allowed) -> list[Mention]:
    """'Mir Ali' read as the towns 'Mir' and 'Ali' of other countries: two
    adjacent names, neither a place or area of a country the text allows
    (``allowed(iso2)``), are one unknown name (a village the gazetteer lacks),
    with the second one's qualifiers. A known first part stays apart
    ("Maiduguri Monday", "Kaduna Police")."""
    g = gz.load()

    def foreign(m: Mention) -> bool:
        return not m.country and not m.admin_word \
            and not any(allowed(g.pl_cc[p]) for p in m.places) and not any(allowed(g.sub_cc[s]) for s in m.admins)

    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.in_parens == m.in_parens and not prev.attached \
                and (prev.places or m.places) and foreign(prev) and foreign(m):
            out[-1] = Mention(prev.start, m.end, f"{prev.text} {m.text}", f"{prev.key} {m.key}", (), (), None,
                               prev.cue, m.settlement, m.admin_word, m.attached, prev.in_parens)
            continue
        out.append(m)
    return out
