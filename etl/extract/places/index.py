"""The gazetteer's data structure and the name primitives every part of places/ shares.

A `Gazetteer` is compact arrays of places and admin areas with folded-name indexes.
This module is the bottom of the places package: the builders (build, acled_names,
admin2, admin3), the loader (gazetteer) and the readers (text, candidates, resolve)
import it; it imports none of them. Data tables live in ``geo/`` beside it.
"""
from __future__ import annotations

import csv
import math

import re
import tomllib
import unicodedata
from array import array
from functools import lru_cache
from pathlib import Path

GEO_DIR = Path(__file__).with_name("geo")

_NON_WORD = re.compile(r"[^a-z0-9]+")
_QUOTES = str.maketrans("", "", "'’‘ʻʼ`´\u02bf\u02be")
# Words that name an admin level rather than the area itself ("Borno State",
# "Cercle de Djenne", "Circunscricao de Palma"): stripped to get the bare name.
_TYPES = tomllib.loads((GEO_DIR / "admin_types.toml").read_text(encoding="utf-8"))
ADMIN_TYPE_WORDS = frozenset(w for w in _TYPES["suffix"] if " " not in w)
_ADMIN_SUFFIX = re.compile(r"(?: (?:%s))+$" % "|".join(sorted(map(re.escape, _TYPES["suffix"]), key=len, reverse=True)))
_ADMIN_PREFIX = re.compile(
    r"^(?:%s)(?: (?:%s))? " % ("|".join(map(re.escape, _TYPES["prefix"])),
                                "|".join(sorted(map(re.escape, _TYPES["joiner"]), key=len, reverse=True)))
)


def fold(text: str) -> str:
    """Case, accent and punctuation folded form used as every index key."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub(" ", text).strip()


def ascii_name(text: str) -> str:
    """Display form as ACLED writes names: accents dropped, case kept."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return text.encode("ascii", "ignore").decode("ascii").strip()


def is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or ord(c) in (0x2BB, 0x2BC, 0x2018, 0x2019)
               for c in name)


@lru_cache(maxsize=100_000)
def bare_admin_key(key: str) -> str:
    """'cercle de djenne' / 'djenne cercle' / 'borno state' -> 'djenne' / 'borno'."""
    bare = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", key))
    return bare or key


def add_key(index: dict, key: str, value: int) -> None:
    if not key:
        return
    old = index.get(key)
    if old is None:
        index[key] = value
    elif isinstance(old, int):
        if old != value:
            index[key] = (old, value)
    elif value not in old:
        index[key] = old + (value,)


def as_ids(entry) -> tuple[int, ...]:
    if entry is None:
        return ()
    return (entry,) if isinstance(entry, int) else entry


class Gazetteer:
    """Compact arrays of places and admin areas plus folded-name indexes."""

    def __init__(self) -> None:
        # countries, by ISO alpha-2
        self.country_info: dict[str, tuple[str, int | None, str]] = {}  # iso2 -> (ACLED name, numeric, region)
        self.country_index: dict[str, str] = {}                          # folded name -> iso2
        self.demonyms: dict[str, str] = {}                               # folded demonym -> iso2
        # admin areas (levels 1 and 2)
        self.sub_name: list[str] = []
        self.sub_cc: list[str] = []
        self.sub_level = array("b")
        self.sub_parent = array("i")
        self.sub_lat = array("d")
        self.sub_lon = array("d")
        self.sub_seat: list[str] = []      # name of the town the area's point is, or ""
        self.admin_index: dict[str, int | tuple[int, ...]] = {}
        # places
        self.pl_name: list[str] = []
        self.pl_cc: list[str] = []         # interned iso2 strings
        self.pl_lat = array("d")
        self.pl_lon = array("d")
        self.pl_pop = array("I")
        self.pl_a1 = array("i")
        self.pl_a2 = array("i")
        self.place_index: dict[str, int | tuple[int, ...]] = {}
        self.places_by_cc_keys: dict[str, list[str]] = {}  # iso2 -> folded names (for guarded fuzzy matching)
        self.admin_keys_by_cc: dict[str, list[str]] = {}   # iso2 -> folded admin names
        self.capital: dict[str, int] = {}                  # iso2 -> place id of the capital
        self.gn_code_index: dict[str, int] = {}            # GeoNames admin code ("ML.04") -> area
        self.pl_gid = array("I")                           # GeoNames id of each place
        self.name_heads: dict[str, int] = {}               # first word of any key -> most words it spans
        self.admin3: dict[str, tuple[tuple[int, str], ...]] = {}  # department read as an area: key -> (admin2, name)

    # ---- queries -------------------------------------------------------
    def places(self, key: str) -> tuple[int, ...]:
        return as_ids(self.place_index.get(key))

    def admins(self, key: str) -> tuple[int, ...]:
        ids = as_ids(self.admin_index.get(key))
        if not ids:
            bare = bare_admin_key(key)
            if bare != key:
                ids = as_ids(self.admin_index.get(bare))
        return ids

    def admin1_of(self, sub: int) -> int:
        return sub if self.sub_level[sub] == 1 else self.sub_parent[sub]

    def country_code(self, name: str | None) -> str | None:
        if not name:
            return None
        if len(name) == 2 and name.upper() in self.country_info:
            return name.upper()
        return self.country_index.get(fold(name))

def bare_admin_name(name: str) -> str:
    """'Douentza Cercle' -> 'Douentza', 'Circunscricao de Palma' -> 'Palma' (display form)."""
    words = name.split()
    flat: list[tuple[str, int]] = []  # folded word, index of the written word it is part of
    for i, w in enumerate(words):
        flat.extend((f, i) for f in fold(w).split())
    keys = [f for f, _ in flat]
    bare = bare_admin_key(" ".join(keys)).split()
    for start in range(len(keys) - len(bare) + 1):
        if keys[start:start + len(bare)] == bare:
            first, last = flat[start][1], flat[start + len(bare) - 1][1]
            return " ".join(words[first:last + 1])
    return name


def name_heads(g: Gazetteer) -> dict[str, int]:
    """First word of every place, admin and country key -> most tokens a name
    starting with it can span (with slack for admin type words after a bare
    admin name, and for hyphenated tokens that fold to two words). Text
    scanning skips the look-ups for words that start no name."""
    heads: dict[str, int] = {}
    for index in (g.place_index, g.admin_index, g.country_index):
        for key in index:
            words = key.split(" ")
            if len(words) > heads.get(words[0], 0):
                heads[words[0]] = len(words)
    for key in g.admin_index:
        words = bare_admin_key(key).split(" ")  # "borno state" is found through "borno"
        if len(words) + 2 > heads.get(words[0], 0):
            heads[words[0]] = len(words) + 2
    return heads

def geo_rows(name: str):
    """The rows of a table in geo/ (its ``#`` comment lines skipped)."""
    with open(GEO_DIR / name, encoding="utf-8") as fh:
        yield from csv.DictReader(line for line in fh if not line.startswith("#"))


def add_place(g: Gazetteer, gid: int, name: str, cc: str, lat: float, lon: float, pop: int, a1: int, a2: int,
               alts=()) -> int:
    i = len(g.pl_name)
    g.pl_gid.append(gid)
    g.pl_name.append(ascii_name(name) or name)
    g.pl_cc.append(cc)
    g.pl_lat.append(lat)
    g.pl_lon.append(lon)
    g.pl_pop.append(min(pop, 4_000_000_000))
    g.pl_a1.append(a1)
    g.pl_a2.append(a2)
    for n in {name, *alts}:
        key = fold(n)
        if len(key) > 1:
            add_key(g.place_index, key, i)
    return i


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine on a 6,371 km sphere); NaN when a
    point is unknown (a NaN coordinate), so any comparison with it is false.
    The one formula of the code base: `km` below, the places' `haversine_km`
    and the evaluation's `km_between` are it."""
    if math.isnan(lat1) or math.isnan(lon1) or math.isnan(lat2) or math.isnan(lon2):
        return math.nan
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (NaN-safe: an unknown point is never near, and never
    far either when ordering: infinity)."""
    d = great_circle_km(lat1, lon1, lat2, lon2)
    return math.inf if math.isnan(d) else d
