"""Error analysis of the extractor against an ACLED export (terminal only).

Prints the event_type and sub_event_type confusion (gold -> predicted, most
frequent first) and, per field, the top misses with the note text. The note
text comes from the user's licensed export and is printed, never written to
the repository.

Run: .venv/bin/python bench/errors_extract.py --acled FILE.csv [--limit N]
     [--field event_type|sub_event_type|event_date|fatalities] [--show 20]
     [--gold-sub "Armed clash"] [--pred-sub "Attack"] [--no-country-hint]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.evaluation.acled import read_acled, row_article  # noqa: E402
from etl.extract import extract_events  # noqa: E402


def _pred(row, hint: bool):
    events = extract_events(row_article(row, hint))
    return events[0] if events else None


def _per_class_f1(pairs) -> None:
    """Per gold sub_event_type: support, precision, recall, F1 (the macro-F1's terms)."""
    gold = Counter(r.sub_event_type for r, _ in pairs)
    pred = Counter(e.sub_event_type for _, e in pairs if e)
    tp = Counter(r.sub_event_type for r, e in pairs if e and e.sub_event_type == r.sub_event_type)
    print("\n== sub_event_type per class: support precision recall f1")
    scores = []
    for lab, n in gold.most_common():
        p = tp[lab] / pred[lab] if pred[lab] else 0.0
        r = tp[lab] / n
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores.append(f)
        print(f"{n:5d}  {lab:40s} p={p:.2f} r={r:.2f} f1={f:.2f}")
    print(f"macro-F1 {sum(scores) / len(scores):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--acled", required=True)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--field", default="event_type")
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--gold-sub", help="only misses whose gold sub_event_type is this")
    ap.add_argument("--pred-sub", help="only misses whose predicted sub_event_type is this")
    ap.add_argument("--no-country-hint", action="store_true")
    ap.add_argument("--confusion", type=int, default=25, help="confusion pairs to print")
    ap.add_argument("--no-places", action="store_true",
                    help="skip the gazetteer (the hint country is the place): faster, and isolates type/date errors")
    args = ap.parse_args()
    if args.no_places:
        import etl.extract as ex
        from etl.extract.places.resolve import Place
        # the hint country as a country-level place: type, date and fatality errors only
        ex._resolve_place = lambda passage, context, hint, *_: Place(hint or "", None, "", "", "", "", "", None, None, 3)
        ex._named_in = lambda place, text: True

    rows = read_acled(args.acled, args.limit)
    pairs = [(r, _pred(r, not args.no_country_hint)) for r in rows]
    for field in ("event_type", "sub_event_type"):
        conf = Counter((getattr(r, field), getattr(e, field) if e else "<none>")
                       for r, e in pairs if not e or getattr(e, field) != getattr(r, field))
        print(f"\n== {field}: {sum(conf.values())} misses of {len(rows)}")
        for (g, p), n in conf.most_common(args.confusion):
            print(f"{n:5d}  {g:40s} -> {p}")
    _per_class_f1(pairs)
    field = args.field
    misses = []
    for r, e in pairs:
        got = getattr(e, field) if e else None
        if got == getattr(r, field):
            continue
        if args.gold_sub and r.sub_event_type != args.gold_sub:
            continue
        if args.pred_sub and (e.sub_event_type if e else "<none>") != args.pred_sub:
            continue
        misses.append((r, e, got))
    print(f"\n== {field}: {len(misses)} misses shown up to {args.show}")
    for r, e, got in misses[:args.show]:
        extra = f" prec={e.time_precision}" if e and field == "event_date" else ""
        print(f"- gold={getattr(r, field)} ({r.sub_event_type}) pred={got} "
              f"({e.sub_event_type if e else '-'}){extra}\n    {r.notes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
