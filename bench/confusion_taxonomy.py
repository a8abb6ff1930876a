"""Event type / sub-event type confusion of the extractor on ACLED exports (terminal only).

For each export: the event_type and sub_event_type confusion (gold -> predicted, most
frequent first) and the per-class F1 that sub-event macro-F1 averages, side by side
for all exports given. With --pair GOLD=PRED it prints the notes of that confusion
(sub-event names; PRED may be "<none>"). Notes come from the user's licensed
exports and are printed, never written to the repository. Places are not resolved
(the hint country stands for the place): the type is independent of them.

Run: .venv/bin/python bench/confusion_taxonomy.py /work/shared/eval/acled/*.csv
     [--top 25] [--pair "Other=Attack"] [--show 30]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import etl.extract as ex  # noqa: E402
from etl.evaluation.acled import read_acled, row_article  # noqa: E402
from etl.extract import extract_events  # noqa: E402
from etl.extract.places.resolve import Place  # noqa: E402


def _no_places() -> None:
    """The hint country as a country-level place: only type, date and fatality vary."""
    ex._resolve_place = lambda passage, context, hint, *_: Place(hint or "", None, "", "", "", "", "", None, None, 3)
    ex._named_in = lambda place, text: True


def _f1(pairs, lab: str) -> float:
    tp = sum(g == lab and p == lab for g, p in pairs)
    fp = sum(g != lab and p == lab for g, p in pairs)
    fn = sum(g == lab and p != lab for g, p in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("exports", nargs="+")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--pair", action="append", default=[], help="GOLD=PRED sub-event pair whose notes to print")
    ap.add_argument("--show", type=int, default=30)
    args = ap.parse_args()
    _no_places()
    per_class: dict[str, dict[str, tuple[int, float]]] = {}
    for path in args.exports:
        rows = read_acled(path)
        preds = []
        for r in rows:
            events = extract_events(row_article(r, True))
            preds.append(events[0] if events else None)
        name = Path(path).stem
        et = [(r.event_type, e.event_type if e else "<none>") for r, e in zip(rows, preds)]
        sub = [(r.sub_event_type, e.sub_event_type if e else "<none>") for r, e in zip(rows, preds)]
        acc = sum(g == p for g, p in et) / len(et)
        labels = sorted({g for g, _ in sub})
        macro = sum(_f1(sub, lab) for lab in labels) / len(labels)
        print(f"\n##### {name}: {len(rows)} notes, event type {acc:.4f}, sub-event macro-F1 {macro:.4f}")
        for title, pairs in (("event_type", et), ("sub_event_type", sub)):
            conf = Counter((g, p) for g, p in pairs if g != p)
            print(f"== {title}: {sum(conf.values())} misses")
            for (g, p), n in conf.most_common(args.top):
                print(f"{n:5d}  {g:40s} -> {p}")
        gold_n = Counter(g for g, _ in sub)
        per_class[name] = {lab: (gold_n[lab], _f1(sub, lab)) for lab in labels}
        for spec in args.pair:
            g_want, p_want = spec.split("=", 1)
            hits = [(r, e) for r, e in zip(rows, preds) if r.sub_event_type == g_want
                    and (e.sub_event_type if e else "<none>") == p_want]
            print(f"\n== {g_want} -> {p_want}: {len(hits)}")
            for r, _ in hits[:args.show]:
                print(f"- {r.notes}")
    names = list(per_class)
    labels = sorted({lab for d in per_class.values() for lab in d},
                    key=lambda lab: -sum(d.get(lab, (0, 0))[0] for d in per_class.values()))
    print("\n== sub-event F1 per class (support f1) " + " | ".join(names))
    for lab in labels:
        cells = [f"{per_class[n][lab][0]:5d} {per_class[n][lab][1]:.2f}" if lab in per_class[n] else "    -    "
                 for n in names]
        print(f"{lab:40s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
