"""Admin2 areas and seats from geo/admin2_areas.csv and geo/admin2_seats.csv, read
into the gazetteer while it is built (etl.extract.places.build): an area of
admin2_areas.csv the gazetteer lacks is added under its admin1 (South Sudan's
counties, Ethiopia's zones: GeoNames has few of them); then the town that is each
listed area's seat, linked to its area (or added from the row's point when the
gazetteer lacks it), and GeoNames' misspelt area names corrected. etl.extract.places.admin3 finds its rows'
admin2 areas the same way (admin2_areas_of_row).
"""
from __future__ import annotations

from etl.extract.places.index import Gazetteer, add_key, add_place, bare_admin_key, fold, geo_rows


def admin2_seat_rows():
    """The rows of geo/admin2_seats.csv and geo/admin2_areas.csv (same columns;
    the second adds alt_names)."""
    yield from geo_rows("admin2_seats.csv")
    yield from geo_rows("admin2_areas.csv")


# "West Wellega" is written "Western Wellega" as often
_POINTS = {"west": "western", "east": "eastern", "north": "northern", "south": "southern"}


def add_admin2_areas(g: Gazetteer) -> int:
    """Adds each area of geo/admin2_areas.csv the gazetteer lacks (its point is
    set later, from its seat), and indexes the rows' other spellings
    (alt_names, |-separated) of every listed area; returns how many were added."""
    admin1 = {(g.sub_cc[s], fold(g.sub_name[s])): s for s in range(len(g.sub_name)) if g.sub_level[s] == 1}
    added = 0
    for row in geo_rows("admin2_areas.csv"):
        areas = admin2_areas_of_row(g, row)
        if not areas:
            parent = admin1.get((row["iso2"], fold(row["admin1"])))
            if parent is None:
                continue
            areas = [len(g.sub_name)]
            g.sub_name.append(row["admin2"])
            g.sub_cc.append(row["iso2"])
            g.sub_level.append(2)
            g.sub_parent.append(parent)
            g.sub_lat.append(float("nan"))
            g.sub_lon.append(float("nan"))
            g.sub_seat.append("")
            added += 1
        for name in (row["admin2"], *(row.get("alt_names") or "").split("|")):
            key = fold(name)
            first, _, rest = key.partition(" ")
            keys = (key, f"{_POINTS[first]} {rest}") if first in _POINTS and rest else (key,)
            for key, area in ((k, a) for k in keys for a in areas):
                add_key(g.admin_index, key, area)
                add_key(g.admin_index, bare_admin_key(key), area)
    return added


def admin2_areas_of_row(g: Gazetteer, row: dict) -> list[int]:
    """The admin2 areas a seat row names: by its GeoNames spelling (column
    geonames_admin2, for names GeoNames misspells) or its own, within its
    admin1 (GeoNames keeps some areas twice: all get the seat), else the
    only area so named in the country (Menaka is an admin1 of its own in
    GeoNames, a cercle of Gao in the row)."""
    cc = row["iso2"]
    parent = fold(row["admin1"])
    for name in (row.get("geonames_admin2") or "", row["admin2"]):
        if not name:
            continue
        found = [s for s in g.admins(fold(name)) if g.sub_cc[s] == cc and g.sub_level[s] == 2]
        named = [s for s in found if fold(g.sub_name[s]) in (fold(name), fold(row["admin2"]))] or found
        inside = [s for s in named if g.sub_parent[s] >= 0 and fold(g.sub_name[g.sub_parent[s]]) == parent]
        if inside:
            return inside
        if len(named) == 1:
            return named
    return []


def admin2_seat_town(g: Gazetteer, row: dict, area: int) -> int | None:
    """The gazetteer town a row names as the area's seat: in the area, else in
    its admin1, else the only one so named in the country when GeoNames links
    it to no admin1 (one linked elsewhere is another town: Chad's Ngouri)."""
    cc = row["iso2"]
    a1 = g.sub_parent[area]
    towns = [p for p in g.places(fold(row["seat"])) if g.pl_cc[p] == cc]
    inside = [p for p in towns if g.pl_a2[p] == area] or [p for p in towns if g.pl_a1[p] == a1] \
        or (towns if len(towns) == 1 and g.pl_a1[towns[0]] < 0 else [])
    return max(inside, key=lambda p: g.pl_pop[p]) if inside else None


def admin2_seats(g: Gazetteer) -> dict[int, tuple]:
    """Seats from geo/admin2_seats.csv: the town so named (linked to its area
    when GeoNames left it unlinked); a seat the gazetteer lacks, given with its
    point, is added as a town of the area. A row correcting GeoNames' spelling
    of an area renames it (and keeps the old spelling as an alias)."""
    seats: dict[int, tuple] = {}
    for row in admin2_seat_rows():
        areas = admin2_areas_of_row(g, row)
        for area in areas:
            a1 = g.sub_parent[area]
            t = admin2_seat_town(g, row, area)
            if t is not None:
                if g.pl_a2[t] < 0 and g.pl_a1[t] in (a1, -1):
                    g.pl_a1[t], g.pl_a2[t] = a1, area
            elif row["latitude"] and row["longitude"]:
                t = add_place(g, 0, row["seat"], row["iso2"], float(row["latitude"]), float(row["longitude"]), 0,
                               a1, area)
            if row.get("geonames_admin2"):
                g.sub_name[area] = row["admin2"]
                key = fold(row["admin2"])
                add_key(g.admin_index, key, area)
                add_key(g.admin_index, bare_admin_key(key), area)
            if t is not None:
                seats[area] = (g.pl_lat[t], g.pl_lon[t], g.pl_name[t])
    return seats
