"""Measure ``assign_actors`` against ACLED exports.

Each row's notes go in with the row's own event type, sub-event type, country
and date (so this isolates actor coding from classification). Reports:
actor-name F1 (actor1+actor2 as a set, regime years stripped), actor1
accuracy, inter1/inter2 accuracy, associated-actor F1, and microseconds per call.

    .venv/bin/python bench/eval_actors.py ../shared/eval/acled/*.csv [--limit N] [--errors K]
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.extract.actors.assign import assign_actors  # noqa: E402

YEARS = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?)\)")
INTER_TEXT = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
              "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8}


def strip_years(name: str) -> str:
    return " ".join(YEARS.sub("", name).split())


def parse_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%Y%m%d", "%d-%b-%y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(text)


def parse_inter(value: str) -> int:
    value = (value or "").strip()
    if value.isdigit():
        return int(value)
    return INTER_TEXT.get(value, 0)


def names(*values: str) -> set[str]:
    return {strip_years(v) for v in values if v and v.strip()}


def assoc_set(value: str) -> set[str]:
    return {strip_years(v) for v in (value or "").split("; ") if v.strip()}


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    if n_pred + n_gold == 0:
        return 1.0
    return 2 * tp / (n_pred + n_gold) if (n_pred + n_gold) else 0.0


def evaluate(path: str, limit: int | None, errors: int, seed: int = 0) -> dict:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if limit:
        random.Random(seed).shuffle(rows)
        rows = rows[:limit]
    tp = n_pred = n_gold = 0
    atp = an_pred = an_gold = 0
    a1_ok = i1_ok = i2_ok = 0
    elapsed = 0.0
    cpu = 0.0
    bad: list[tuple] = []
    misses: Counter = Counter()
    by_type: dict[str, list[int]] = {}
    for row in rows:
        day = parse_date(row["event_date"])
        t0, c0 = time.perf_counter(), time.process_time()
        got = assign_actors(row["notes"], row["event_type"], row["sub_event_type"], row["country"], day)
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        gold = names(row["actor1"], row["actor2"])
        pred = names(got.actor1, got.actor2)
        tp += len(gold & pred)
        bt = by_type.setdefault(row["event_type"], [0, 0, 0])
        bt[0] += len(gold & pred)
        bt[1] += len(pred)
        bt[2] += len(gold)
        n_pred += len(pred)
        n_gold += len(gold)
        ga, pa = assoc_set(row["assoc_actor_1"]) | assoc_set(row["assoc_actor_2"]), assoc_set(got.assoc_actor_1) | assoc_set(got.assoc_actor_2)
        atp += len(ga & pa)
        an_pred += len(pa)
        an_gold += len(ga)
        a1_ok += strip_years(row["actor1"]) == strip_years(got.actor1)
        i1_ok += parse_inter(row["inter1"]) == got.inter1
        i2_ok += parse_inter(row["inter2"]) == got.inter2
        for g in gold - pred:
            misses[g] += 1
        if gold != pred:
            bad.append((row["event_type"], row["sub_event_type"], row["actor1"], row["actor2"], got.actor1, got.actor2, row["notes"][:260]))
    n = len(rows)
    result = {
        "file": Path(path).name, "rows": n,
        "actor_name_f1": f1(tp, n_pred, n_gold),
        "actor1_acc": a1_ok / n, "inter1_acc": i1_ok / n, "inter2_acc": i2_ok / n,
        "assoc_f1": f1(atp, an_pred, an_gold),
        "us_per_call": elapsed / n * 1e6,
        "cpu_us_per_call": cpu / n * 1e6,   # steadier than wall time on a shared machine
        "f1_by_event_type": {k: round(f1(*v), 3) for k, v in sorted(by_type.items())},
    }
    if errors:
        for b in random.Random(seed).sample(bad, min(errors, len(bad))):
            print(" | ".join(b))
        print("most missed:", misses.most_common(25))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=int, default=0, help="print K random mismatches")
    args = ap.parse_args()
    assign_actors("warm-up", "Battles", "Armed clash", "Nigeria", date(2020, 1, 1))  # build the lexicon once
    for path in args.files:
        r = evaluate(path, args.limit, args.errors)
        print(f"{r['file']}: rows={r['rows']} actor-name F1={r['actor_name_f1']:.3f} actor1 acc={r['actor1_acc']:.3f} "
              f"inter1 acc={r['inter1_acc']:.3f} inter2 acc={r['inter2_acc']:.3f} assoc F1={r['assoc_f1']:.3f} "
              f"{r['us_per_call']:.0f} us/call wall, {r['cpu_us_per_call']:.0f} us/call CPU")
        print("   F1 by event type:", r["f1_by_event_type"])


if __name__ == "__main__":
    main()
