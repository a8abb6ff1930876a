"""Why gold events are missed on hand-coded news: for each missed required gold event, the
extracted event of the same article that comes closest, and which match criteria it fails
(country, event type, month, distance). Prints counts per failed criterion and the pairs.

    .venv/bin/python bench/news_near_misses.py eval/news/dev [eval/clusters ...]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from etl.evaluation.acled import km_between  # noqa: E402
from etl.evaluation.articles import country_key, read_gold, score_article  # noqa: E402


def failures(ev, g) -> list[str]:
    out = []
    if country_key(ev.country) != country_key(g["country"]):
        out.append("country")
    if ev.event_type not in g["event_type"]:
        out.append("type")
    if "event_date" in g and ev.event_date.strftime("%Y-%m") != g["event_date"][:7]:
        out.append("month")
    if ev.latitude is None:
        out.append("no point")
    elif km_between(ev.latitude, ev.longitude, *g["point"]) > g["max_km"]:
        out.append(f"distance")
    return out


def main(folders: list[str]) -> None:
    counts: Counter = Counter()
    lines = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.gold.json")):
            score = score_article(path)
            gold = {g["id"]: g for g in read_gold(path).gold["events"]}
            candidates = score.extra
            for gid in score.missed:
                g = gold[gid]
                best = min(candidates, key=lambda ev: len(failures(ev, g)), default=None)
                if best is None:
                    counts["nothing extracted"] += 1
                    lines.append(f"{score.name[:40]:<40} {gid:<28} nothing left to match")
                    continue
                fails = failures(best, g)
                counts[" + ".join(fails)] += 1
                km = km_between(best.latitude, best.longitude, *g["point"]) if best.latitude is not None else -1
                lines.append(f"{score.name[:40]:<40} {gid:<28} fails {'+'.join(fails):<22} got {best.event_type[:12]}/"
                             f"{best.location} {best.event_date} ({km:.0f} km; gold {g['event_type']} {g.get('location')})")
    print("\n".join(lines))
    print("\nclosest extra event fails on:")
    for k, n in counts.most_common():
        print(f"  {n:>3}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
