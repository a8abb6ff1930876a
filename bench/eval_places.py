"""Place resolution measured on ACLED exports: each row's notes -> resolve_location.

Usage: python bench/eval_places.py FILE.csv [FILE.csv ...] [--limit N] [--no-country-hint]

Reports country and admin1 accuracy (names compared case/accent/punctuation
folded), the share within 25 km of the row's point, the share placed with no admin1
(nothing below the country found: a gazetteer gap), geo_precision agreement and
microseconds per call (after the gazetteer is loaded).
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.extract.places.gazetteer import fold  # noqa: E402
from etl.extract.places.resolve import haversine_km, resolve_location  # noqa: E402


def read_rows(path: str, limit: int | None):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit and i >= limit:
                break
            yield row


def evaluate(path: str, hint: bool, limit: int | None = None, misses: int = 0) -> dict:
    n = country = admin1 = near = prec = placed = no_admin1 = 0
    elapsed = 0.0
    shown = 0
    for row in read_rows(path, limit):
        notes = row.get("notes") or ""
        t0 = time.perf_counter()
        place = resolve_location(notes, "", row["country"] if hint else None)
        elapsed += time.perf_counter() - t0
        n += 1
        if place is None:
            continue
        placed += 1
        country += fold(place.country) == fold(row["country"])
        ok_a1 = fold(place.admin1) == fold(row["admin1"])
        no_admin1 += not place.admin1  # nothing below the country placed: a gazetteer gap, not a wrong pick
        admin1 += ok_a1
        prec += str(place.geo_precision) == str(row.get("geo_precision", "")).strip()
        km = None
        if place.latitude is not None and row.get("latitude"):
            km = haversine_km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"]))
            near += km <= 25
        if misses and shown < misses and (km is None or km > 25 or not ok_a1):
            shown += 1
            print(f"  MISS {row['admin1']}/{row['admin2']}/{row['location']} p{row.get('geo_precision')} -> "
                  f"{place.admin1}/{place.admin2}/{place.location} p{place.geo_precision} "
                  f"{'' if km is None else round(km)}km :: {notes[:200]}", file=sys.stderr)
    return {
        "file": Path(path).name, "hint": hint, "rows": n,
        "placed": round(placed / n, 3), "country": round(country / n, 3), "admin1": round(admin1 / n, 3),
        "within_25km": round(near / n, 3), "no_admin1": round(no_admin1 / n, 3), "geo_precision": round(prec / n, 3),
        "us_per_call": round(elapsed / max(n, 1) * 1e6, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-country-hint", action="store_true", help="only the run without the hint")
    ap.add_argument("--misses", type=int, default=0, help="print N misses (>25 km) to stderr")
    args = ap.parse_args()
    t0 = time.perf_counter()
    resolve_location("warm-up", "", None)
    print(f"warm-up (gazetteer load) {time.perf_counter() - t0:.2f} s")
    hints = [False] if args.no_country_hint else [True, False]
    cols = ["file", "hint", "rows", "placed", "country", "admin1", "within_25km", "no_admin1", "geo_precision", "us_per_call"]
    print(" | ".join(cols))
    for path in args.files:
        for hint in hints:
            res = evaluate(path, hint, args.limit, args.misses if hint else 0)
            print(" | ".join(str(res[c]) for c in cols))
    try:
        import resource
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
