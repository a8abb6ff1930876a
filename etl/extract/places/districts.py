"""City districts and neighbourhoods (geo/city_districts.csv), read into the
gazetteer while it is built (etl.extract.places.build).

ACLED codes an event placed in a quarter of a large city as "City - District"
at the city's point, geo_precision 1 ("Mogadishu - Hodan", "Bujumbura -
Musaga"). Each row becomes a town of the gazetteer named so, at the city's
point and in its admin areas, found by the district's own names ("Hodan",
"Hodan district", "Mogadishu's Hodan"). Where GeoNames has the quarter as an
admin2 area of the city's admin1 (Mogadishu's Hodan), that reading of the
name is dropped: the quarter is a place of the city, not a region.
"""
from __future__ import annotations

from etl.extract.places.index import Gazetteer, add_place, as_ids, fold, geo_rows

# a quarter is a place of some size: it outweighs a hamlet abroad so named, not a town
DISTRICT_POP = 50_000
SEPARATOR = " - "


def is_district(name: str) -> bool:
    """A gazetteer name of the form "City - District"."""
    return SEPARATOR in name


def _city(g: Gazetteer, cc: str, name: str) -> int | None:
    towns = [p for p in g.places(fold(name)) if g.pl_cc[p] == cc]
    return max(towns, key=lambda p: g.pl_pop[p]) if towns else None


def _drop_area_reading(g: Gazetteer, key: str, admin1: int) -> None:
    """The name no longer reads as an admin2 of the city's admin1 (it stays one elsewhere)."""
    ids = as_ids(g.admin_index.get(key))
    kept = tuple(s for s in ids if not (g.sub_level[s] == 2 and g.sub_parent[s] == admin1))
    if len(kept) == len(ids):
        return
    if kept:
        g.admin_index[key] = kept[0] if len(kept) == 1 else kept
    else:
        del g.admin_index[key]


def add_city_districts(g: Gazetteer) -> dict[str, int]:
    """Reads the table into ``g``; returns counts (rows, added)."""
    counts = {"rows": 0, "added": 0}
    for row in geo_rows("city_districts.csv"):
        counts["rows"] += 1
        cc, district = row["iso2"], row["district"]
        city = _city(g, cc, row["city"])
        if city is None:
            continue
        alts = [a for a in (row.get("alt_names") or "").split("|") if a]
        name = f"{g.pl_name[city]}{SEPARATOR}{district}"
        add_place(g, 0, name, cc, g.pl_lat[city], g.pl_lon[city], DISTRICT_POP, g.pl_a1[city], g.pl_a2[city],
                  alts=(district, *alts))
        for n in (district, *alts):
            _drop_area_reading(g, fold(n), g.pl_a1[city])
        counts["added"] += 1
    return counts
