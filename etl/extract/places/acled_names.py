"""ACLED's forms of gazetteer names, applied while building the gazetteer
(etl.extract.places.build) right after its areas and towns are read:

- regions GeoNames puts above ACLED's admin1 (geo/admin1_regions.csv) hand
  their areas up a level, and the towns in them are re-linked;
- admin1 names as ACLED writes them (geo/admin1_names.csv, keyed by ISO
  3166-2 code, or by GeoNames admin code for areas without one, e.g. Ethiopia's
  2023 regions), the GeoNames name kept as an alias;
- a town GeoNames names "<X> Town" whose alternate names include "<X>"
  (Myanmar's "Buthidaung Town") is printed as "<X>", the name writers use.
"""
from __future__ import annotations

from pathlib import Path

from etl.extract.places.index import Gazetteer, add_key, as_ids, bare_admin_key, fold, geo_rows


def acled_admin1_names() -> dict[str, str]:
    """ISO 3166-2 or GeoNames admin code -> ACLED's admin1 name."""
    return {row["iso_code"]: row["acled_name"] for row in geo_rows("admin1_names.csv")}


def regroup_regions(g: Gazetteer) -> list[int]:
    """Areas under a grouping region become admin1; returns the areas moved up."""
    moved: list[int] = []
    for row in geo_rows("admin1_regions.csv"):
        regions = [s for s in range(len(g.sub_name)) if g.sub_cc[s] == row["iso2"] and g.sub_level[s] == 1
                   and fold(g.sub_name[s]) == fold(row["region"])]
        for region in regions:
            children = [s for s in range(len(g.sub_name)) if g.sub_parent[s] == region]
            for s in children:
                grand = [t for t in range(len(g.sub_name)) if g.sub_parent[t] == s]
                g.sub_level[s] = 1
                g.sub_parent[s] = -1
                for t in grand:
                    g.sub_level[t] = 2
            moved.extend(children)
            _relink_towns(g, region, set(children))
    return moved


def _relink_towns(g: Gazetteer, region: int, children: set[int]) -> None:
    """A town linked to the region: its admin1 is the child its admin2 lies in
    (or is); a town linked to the region only goes to the child whose towns'
    centre is nearest."""
    centres: dict[int, tuple[float, float, int]] = {}
    for p in range(len(g.pl_name)):
        if g.pl_a1[p] != region:
            continue
        a2 = g.pl_a2[p]
        if a2 in children:
            g.pl_a1[p], g.pl_a2[p] = a2, -1
        elif a2 >= 0 and g.sub_parent[a2] in children:
            g.pl_a1[p] = g.sub_parent[a2]
        else:
            continue
        lat, lon, n = centres.get(g.pl_a1[p], (0.0, 0.0, 0))
        centres[g.pl_a1[p]] = (lat + g.pl_lat[p], lon + g.pl_lon[p], n + 1)
    points = {s: (lat / n, lon / n) for s, (lat, lon, n) in centres.items()}
    for p in range(len(g.pl_name)):
        if g.pl_a1[p] == region and points:
            g.pl_a1[p] = min(points, key=lambda s: (points[s][0] - g.pl_lat[p]) ** 2
                             + (points[s][1] - g.pl_lon[p]) ** 2)


def rename_admin1(g: Gazetteer, codes: list[tuple[str, str]]) -> None:
    """ACLED's admin1 names; ``codes`` holds each area's (ISO code, GeoNames code)."""
    names = acled_admin1_names()
    for s, (iso, gn_code) in enumerate(codes):
        if g.sub_level[s] != 1:
            continue
        name = names.get(iso) or names.get(gn_code)
        if name and name != g.sub_name[s]:
            g.sub_name[s] = name
            key = fold(name)
            add_key(g.admin_index, key, s)
            add_key(g.admin_index, bare_admin_key(key), s)


def bare_town_names(g: Gazetteer) -> None:
    """'Buthidaung Town' -> 'Buthidaung' when an alternate name of the town
    is the bare one (so 'Cape Town' stays whole)."""
    for p, name in enumerate(g.pl_name):
        if name.endswith(" Town") and p in as_ids(g.place_index.get(fold(name[: -len(" Town")]))):
            g.pl_name[p] = name[: -len(" Town")]


def subdivision_codes(data: Path) -> list[tuple[str, str]]:
    """(ISO code, GeoNames code) of each area, in the order the build reads them."""
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        return [(f[1], f[2]) for f in (line.rstrip("\n").split("\t") for line in fh)]


def apply_acled_names(g: Gazetteer, data: Path) -> None:
    regroup_regions(g)
    rename_admin1(g, subdivision_codes(data))
    bare_town_names(g)
