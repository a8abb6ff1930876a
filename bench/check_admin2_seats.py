"""Which rows of etl/extract/places/geo/admin2_seats.csv (and admin2_areas.csv) resolve in the installed
gazetteer: per country, how many rows found their admin2 area, and how many
have their seat as the area's point (a GeoNames town, or one added from the
row's coordinates); the unresolved rows are listed, to fix their spelling.
Then the same for etl/extract/places/geo/admin3_areas.csv: rows whose admin2 is found,
whose seat is a gazetteer town (precision 1), and the rest, read as an area of
their admin2 (coded to its seat); rows whose admin2 is not found are listed.

Run: .venv/bin/python bench/check_admin2_seats.py [ISO2 ...]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.extract.places import gazetteer as gz  # noqa: E402
from etl.extract.places.admin3 import admin3_rows, admin3_seat_town  # noqa: E402
from etl.extract.places.admin2 import admin2_areas_of_row, admin2_seat_rows, admin2_seat_town  # noqa: E402


def check(g: gz.Gazetteer, only: set[str]) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    problems: list[str] = []
    for row in admin2_seat_rows():
        cc = row["iso2"]
        if only and cc not in only:
            continue
        counts[cc, "rows"] += 1
        label = f"{cc} {row['admin1']} / {row['admin2']} -> {row['seat']}"
        areas = admin2_areas_of_row(g, row)
        if not areas:
            problems.append(f"{label}: admin2 area not found")
            continue
        counts[cc, "area"] += 1
        area = areas[0]
        t = admin2_seat_town(g, row, area)
        # the built gazetteer already holds the towns added from coordinates (GeoNames id 0)
        at_seat = t is not None and (g.sub_lat[area], g.sub_lon[area]) == (g.pl_lat[t], g.pl_lon[t])
        if not at_seat:
            where = "not in the gazetteer" if t is None else f"found ({g.pl_name[t]}) but not the area's point"
            problems.append(f"{label}: seat {where}")
            continue
        counts[cc, "seat"] += 1
        counts[cc, "added" if g.pl_gid[t] == 0 else "geonames"] += 1
    return counts, problems


def check_admin3(g: gz.Gazetteer, only: set[str]) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    problems: list[str] = []
    for row in admin3_rows():
        cc = row["iso2"]
        if only and cc not in only:
            continue
        counts[cc, "rows"] += 1
        areas = admin2_areas_of_row(g, row)
        if not areas:
            problems.append(f"{cc} {row['admin1']} / {row['admin2']} / {row['admin3']}: admin2 area not found")
            continue
        counts[cc, "area"] += 1
        if admin3_seat_town(g, row, areas[0]) is not None:
            counts[cc, "seat town"] += 1
        elif gz.fold(row["admin3"]) in g.admin3:
            counts[cc, "as area"] += 1
        else:
            counts[cc, "short"] += 1  # too short a name to be read as an area
    return counts, problems


def main() -> None:
    only = {a.upper() for a in sys.argv[1:]}
    counts, problems = check(gz.load(), only)
    print(f"{'country':8}{'rows':>6}{'area':>6}{'seat':>6}{'geonames':>10}{'added':>7}")
    for cc in sorted({cc for cc, _ in counts}):
        print(f"{cc:8}" + "".join(f"{counts[cc, k]:>{w}}" for k, w in
                                  (("rows", 6), ("area", 6), ("seat", 6), ("geonames", 10), ("added", 7))))
    print(f"\nunresolved ({len(problems)}):")
    for line in problems:
        print("  " + line)
    counts, problems = check_admin3(gz.load(), only)
    cols = (("rows", 6), ("area", 6), ("seat town", 11), ("as area", 9), ("short", 7))
    print("\nadmin3_areas.csv\n" + f"{'country':8}" + "".join(f"{k:>{w}}" for k, w in cols))
    for cc in sorted({cc for cc, _ in counts}):
        print(f"{cc:8}" + "".join(f"{counts[cc, k]:>{w}}" for k, w in cols))
    print(f"\nunresolved ({len(problems)}):")
    for line in problems:
        print("  " + line)


if __name__ == "__main__":
    main()
