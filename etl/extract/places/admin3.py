"""Admin3 areas (departments, communes) from geo/admin3_areas.csv, read into
the gazetteer while it is built (etl.extract.places.build).

The gazetteer has no admin3 level, yet writers place events by department
("in Tongomayel", "Arbinda department"). A department is named after its
seat town: when the gazetteer has that town inside the department's admin2
(or unlinked within its admin1 and near the admin2's seat, it is then linked
to the admin2) the town serves as the place. Otherwise the department's name
becomes an alias of its admin2 area, so the text's name resolves the admin1
and admin2 and the point is the admin2 seat (geo_precision 2); the alias is
kept in ``Gazetteer.admin3`` so the place reports the department's name.
"""
from __future__ import annotations

from etl.extract.places.admin2 import admin2_areas_of_row
from etl.extract.places.index import Gazetteer, add_key, add_place, bare_admin_key, fold, geo_rows, km

# A town named like the department but unlinked to an admin2 is its seat only
# this close to the admin2's own seat (provinces span ~150 km; farther away
# it is a namesake).
SEAT_NEAR_KM = 100.0
# Shorter names ("Pa", "To", "Di") are common words and initials too often
# to be read as areas; their seats are still found as towns.
MIN_ALIAS_LEN = 3


def admin3_rows():
    """The rows of geo/admin3_areas.csv."""
    return geo_rows("admin3_areas.csv")


def admin3_seat_town(g: Gazetteer, row: dict, area: int) -> int | None:
    """The gazetteer town a department is named after: in its admin2, else
    unlinked to any admin2 within its admin1 and near the admin2's seat. A
    town so named in another admin2 is a namesake, not the seat."""
    cc = row["iso2"]
    towns = [p for p in g.places(fold(row["admin3"])) if g.pl_cc[p] == cc]
    inside = [p for p in towns if g.pl_a2[p] == area]
    if not inside:
        a1 = g.sub_parent[area]
        inside = [p for p in towns if g.pl_a2[p] < 0 and g.pl_a1[p] == a1
                  and km(g.sub_lat[area], g.sub_lon[area], g.pl_lat[p], g.pl_lon[p]) < SEAT_NEAR_KM]
    return max(inside, key=lambda p: g.pl_pop[p]) if inside else None


def add_admin3_areas(g: Gazetteer) -> dict[str, int]:
    """Reads the table into ``g`` (after the admin2 points are set); returns
    counts (rows, area found, seat town found, seat added, aliased)."""
    counts = {"rows": 0, "area": 0, "seat": 0, "added": 0, "alias": 0}
    by_key: dict[str, list[tuple[int, str, int | None]]] = {}
    for row in admin3_rows():
        counts["rows"] += 1
        areas = admin2_areas_of_row(g, row)
        counts["area"] += bool(areas)
        for area in areas:
            town = admin3_seat_town(g, row, area)
            if town is not None and g.pl_a2[town] < 0:
                g.pl_a2[town] = area
            if town is None and row.get("latitude") and row.get("longitude"):
                town = add_place(g, 0, row["admin3"], row["iso2"], float(row["latitude"]),
                                  float(row["longitude"]), 0, g.sub_parent[area], area)
                counts["added"] += 1
            counts["seat"] += town is not None
            alts = [a for a in (row.get("alt_names") or "").split("|") if a.strip()]
            for name in (row["admin3"], *alts):
                by_key.setdefault(fold(name), []).append((area, row["admin3"], town))
                if town is not None and name != row["admin3"]:
                    add_key(g.place_index, fold(name), town)  # another spelling of the seat town
    for key, entries in by_key.items():
        # one department of the name without a seat town makes the name an
        # area: all departments so named are then its areas (the text's
        # other names choose between them)
        if len(key) < MIN_ALIAS_LEN or all(town is not None for _, _, town in entries):
            continue
        for area, _name, _town in entries:
            add_key(g.admin_index, key, area)
        g.admin3[key] = tuple((area, name) for area, name, _town in entries)
        counts["alias"] += len(entries)
    return counts


def admin3_name(g: Gazetteer, key: str, area: int) -> str:
    """The department a name read as an area of ``area`` is ("" if none)."""
    for a, name in g.admin3.get(key, ()):
        if a == area:
            return name
    return ""


def admin3_areas(g: Gazetteer, key: str) -> set[int]:
    """The admin2 areas a name ("Bama", "Bama LGA") names only as a department."""
    entries = g.admin3.get(key) or g.admin3.get(bare_admin_key(key)) or ()
    return {a for a, _ in entries}
