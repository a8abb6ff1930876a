"""`python -m etl extract | evaluate | train`: the extractor alone, and its scoring.

extract: JSONL in ({"id","text","published","title"?,"source"?,"country"?}),
JSONL out (one line per event: doc_id, ACLED fields with ACLED values,
historical, evidence, confidence). Others measure the extractor through this
contract: keep it stable.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

from etl.records import Article, Event, interaction_label

ACLED_FIELDS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def configure_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", required=True, help="JSONL file of documents")
    parser.add_argument("--output", required=True, help="JSONL file to write events to")


def _published(value) -> datetime | None:
    if not value:
        return None
    text = str(value).replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        when = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def document_article(doc: dict) -> Article:
    """An input line as the Article the pipeline would hand the extractor."""
    now = datetime.now(timezone.utc)
    return Article(
        url=f"doc:{doc['id']}", source=doc.get("source") or "", title=doc.get("title") or "",
        text=doc.get("text") or "", published_at=_published(doc.get("published")), fetched_at=now,
        country_hint=doc.get("country") or None,
    )


def event_output(doc_id: str, e: Event, timestamp: int) -> dict:
    """One output line: ACLED names and value forms (inter codes as numbers,
    interaction as ACLED's two-digit code)."""
    row = {"doc_id": doc_id}
    for name in ACLED_FIELDS:
        if name == "event_date":
            row[name] = e.event_date.isoformat()
        elif name == "event_id_cnty":
            row[name] = e.event_id_cnty
        elif name == "year":
            row[name] = e.year
        elif name == "interaction":
            row[name] = e.interaction
        elif name == "timestamp":
            row[name] = timestamp
        else:
            row[name] = getattr(e, name)
    row["interaction_label"] = interaction_label(e.inter1, e.inter2) if e.inter1 else ""
    row.update(historical=e.historical, evidence=e.evidence, confidence=e.confidence)
    return row


def run_extract(args: argparse.Namespace) -> int:
    from etl.extract import extract_with_diagnostics

    docs = events = skipped = 0
    timestamp = int(time.time())
    with open(args.input, encoding="utf-8") as src, open(args.output, "w", encoding="utf-8") as out:
        for line_no, line in enumerate(src, start=1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                article = document_article(doc)
            except (ValueError, KeyError) as exc:
                print(f"line {line_no}: skipped, {exc}", file=sys.stderr)
                skipped += 1
                continue
            docs += 1
            found, skips = extract_with_diagnostics(article)
            for skip in skips:
                print(f"doc {doc['id']}: {skip.reason}: {skip.detail}", file=sys.stderr)
            for e in found:
                out.write(json.dumps(event_output(str(doc["id"]), e, timestamp), ensure_ascii=False) + "\n")
                events += 1
    print(f"{docs} documents, {events} events, {skipped} unreadable lines -> {args.output}", file=sys.stderr)
    return 0


def configure_evaluate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--acled", nargs="*", default=[], help="ACLED export(s), CSV, either column layout")
    parser.add_argument("--gold", nargs="*", default=[], help="gold-annotated article files (*.gold.json)")
    parser.add_argument("--news", nargs="*", default=[], metavar="DIR",
                        help="folders of hand-coded news articles (eval/news/dev, eval/news/heldout): "
                             "event recall and precision per article and overall")
    parser.add_argument("--detail", action="store_true", help="with --news: list missed and extra events")
    parser.add_argument("--clusters", nargs="*", default=[],
                        help="cluster test set folder(s) (NAME.txt + NAME.gold.json with cluster ids): "
                             "pairwise precision and recall of 'same event'")
    parser.add_argument("--limit", type=int, default=None, help="use the first N rows of each file")
    hint = parser.add_mutually_exclusive_group()
    hint.add_argument("--no-country-hint", action="store_true", help="do not pass the row's country as a hint")
    hint.add_argument("--both", action="store_true", help="score with and without the country hint")


def run_evaluate(args: argparse.Namespace) -> int:
    from etl.evaluation.acled import evaluate, format_table, read_acled

    results = {}
    for path in args.acled:
        rows = read_acled(path, args.limit)
        name = Path(path).stem
        modes = [True, False] if args.both else [not args.no_country_hint]
        for hint in modes:
            results[f"{name}{'' if hint else ' (no hint)'}"] = evaluate(rows, hint=hint)
    if results:
        print(format_table(results))
    passed = True
    if args.gold:
        from etl.evaluation.acled import check_gold_article, format_gold_check
        for path in args.gold:
            result = check_gold_article(path)
            passed &= result["passed"]
            print(format_gold_check(result))
    for folder in args.news:
        from etl.evaluation.articles import format_set, score_folder
        print(format_set(score_folder(folder), detail=args.detail))
    if args.clusters:
        from etl.evaluation.clusters import format_cluster_score, score_clusters
        for folder in args.clusters:
            score = score_clusters(folder)
            passed &= score.passed
            print(format_cluster_score(folder, score))
    if not (args.acled or args.gold or args.news or args.clusters):
        print("nothing to evaluate: give --acled, --gold, --news and/or --clusters", file=sys.stderr)
        return 2
    return 0 if passed else 1


def configure_train(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--acled", required=True, nargs="+", help="your own licensed ACLED export(s), CSV")
    parser.add_argument("--output", required=True, help="model file to write (.npz); use it with ETL_MODEL=path")
    parser.add_argument("--min-count", type=int, default=2, help="drop features seen in fewer rows")


def run_train(args: argparse.Namespace) -> int:
    """Fit the optional event-type classifier (etl/extract/text/learned.py) on the user's export."""
    from etl.evaluation.acled import read_acled
    from etl.extract.text.learned import fit

    rows = [r for path in args.acled for r in read_acled(path)]
    if not rows:
        print("train: no rows with notes in the given file(s)", file=sys.stderr)
        return 2
    model = fit([r.notes for r in rows], [r.event_type for r in rows], [r.sub_event_type for r in rows],
                min_count=args.min_count)
    out = Path(args.output)
    if out.suffix != ".npz":
        out = out.with_name(out.name + ".npz")   # numpy appends it anyway: say the real name
    model.save(out)
    correct = sum(model.predict(r.notes)[1] == r.sub_event_type for r in rows)
    print(f"trained on {len(rows)} rows, {len(model.labels)} sub-event types, {len(model.vocab)} features; "
          f"training accuracy {correct / len(rows):.3f} -> {out}\n"
          f"use it: ETL_MODEL={out} python -m etl extract|evaluate ...", file=sys.stderr)
    return 0
