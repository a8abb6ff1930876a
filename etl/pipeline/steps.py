"""The pipeline's steps as the DAG and the CLI run them: one function per task.

Each step reads its input from Parquet staging, calls its stage module and
writes its output beside it, returning the path (the DAG passes it via XCom).
Only `load_step` and `check_step` open the warehouse, through etl.warehouse.load.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from etl.pipeline import staging
from etl.articles import prepare_articles
from etl.warehouse.checks import run_checks, summarize
from etl.config import Settings
from etl.warehouse.load import RunRecord, StagedInterval, load_interval, record_checks, record_run, update_run_status, writer
from etl.records import REJECT_SCHEMA, Article, Event, Interval, Reject
from etl.sources import fetch_articles, load_sources

class QualityCheckFailed(RuntimeError):
    """An error-level quality check found bad rows in the loaded interval."""


def fetch_step(interval: Interval, settings: Settings, source_names: list[str] | None = None) -> str:
    """Fetch, clean and deduplicate the interval's articles; returns articles.parquet's path."""
    started = time.perf_counter()
    sources = load_sources(settings.sources, only=source_names)
    fetched = fetch_articles(sources, interval, settings.sources.parent, settings=settings)
    prepared = prepare_articles(fetched.items)
    folder = staging.interval_dir(settings.staging_dir, interval)
    staging.write_rejects(fetched.rejects + prepared.rejects, folder / "rejects_fetch.parquet")
    path = staging.write_articles(prepared.items, folder / "articles.parquet")
    staging.write_meta(staging.StageMeta(
        "fetch", interval.start.isoformat(), interval.end.isoformat(),
        counts={"articles_fetched": len(fetched.items), "articles_kept": len(prepared.items),
                "rejects": len(fetched.rejects) + len(prepared.rejects)},
        seconds=time.perf_counter() - started, sources=[s.name for s in sources],
    ), folder / "fetch.meta.json")
    return str(path)


def extract_articles(articles: list[Article], languages: tuple[str, ...]
                     ) -> tuple[list[Event], dict[str, str], list[Reject]]:
    """Extract every article's events; an article that can't be read is kept and explained."""
    from etl.extract import extract_events

    events: list[Event] = []
    status: dict[str, str] = {}
    rejects: list[Reject] = []
    for article in articles:
        if article.language not in languages:
            status[article.article_id] = "skipped_language"
            rejects.append(Reject("extract", "unsupported_language",
                                  f"language {article.language!r} is not one the extractor reads "
                                  f"({', '.join(languages)}); the article is stored for a later re-run",
                                  article.article_id, article.source))
            continue
        try:
            found = extract_events(article)
        except Exception as exc:  # one bad article must not stop the interval
            status[article.article_id] = "failed"
            rejects.append(Reject("extract", "extractor_error", f"{type(exc).__name__}: {exc}",
                                  article.article_id, article.source))
            continue
        status[article.article_id] = "extracted" if found else "no_events"
        events.extend(found)
    return events, status, rejects


def extract_step(articles_path: str, settings: Settings) -> str:
    """Extract events from the staged articles; returns events.parquet's path."""
    started = time.perf_counter()
    path = Path(articles_path)
    articles = staging.read_articles(path)
    events, status, rejects = extract_articles(articles, settings.languages)
    folder = path.parent
    staging.write_status(status, folder / "status.parquet")
    staging.write_rejects(rejects, folder / "rejects_extract.parquet")
    out = staging.write_events(events, folder / "events.parquet")
    fetch_meta = staging.read_meta(folder / "fetch.meta.json")
    staging.write_meta(staging.StageMeta(
        "extract", fetch_meta.interval_start if fetch_meta else "", fetch_meta.interval_end if fetch_meta else "",
        counts={"articles_extracted": sum(v in ("extracted", "no_events") for v in status.values()),
                "events_extracted": len(events), "rejects": len(rejects)},
        seconds=time.perf_counter() - started,
    ), folder / "extract.meta.json")
    return str(out)


@dataclass(frozen=True)
class LoadResult:
    interval_start: str
    articles: int
    events: int
    rejects: int
    seconds: float
    warehouse: str


def load_step(events_path: str, interval: Interval, settings: Settings, run_id: str) -> LoadResult:
    """Replace the interval's rows in the warehouse with the staged ones and log the run."""
    started_at = datetime.now(timezone.utc)
    folder = Path(events_path).parent
    rejects = pa.concat_tables([
        staging.read_table(p) if p.exists() else REJECT_SCHEMA.empty_table()
        for p in (folder / "rejects_fetch.parquet", folder / "rejects_extract.parquet")
    ])
    staged = StagedInterval(
        articles=staging.read_table(folder / "articles.parquet"),
        status=staging.read_table(folder / "status.parquet"),
        events=staging.read_table(Path(events_path)),
        rejects=rejects,
    )
    fetch_meta = staging.read_meta(folder / "fetch.meta.json")
    extract_meta = staging.read_meta(folder / "extract.meta.json")
    with writer(settings.warehouse, settings.lock_wait_s) as con:
        summary = load_interval(con, interval, staged)
        record_run(con, RunRecord(
            run_id=run_id, data_interval_start=interval.start, data_interval_end=interval.end,
            sources=", ".join(fetch_meta.sources) if fetch_meta else "",
            articles_fetched=fetch_meta.counts["articles_fetched"] if fetch_meta else 0,
            articles_kept=staged.articles.num_rows,
            articles_extracted=extract_meta.counts["articles_extracted"] if extract_meta else 0,
            events_extracted=staged.events.num_rows, events_loaded=summary.events,
            rejects=summary.rejects, status="loaded",
            fetch_seconds=fetch_meta.seconds if fetch_meta else 0.0,
            extract_seconds=extract_meta.seconds if extract_meta else 0.0,
            load_seconds=summary.seconds, started_at=started_at,
            finished_at=datetime.now(timezone.utc),
        ))
    return LoadResult(interval.start.isoformat(), summary.articles, summary.events,
                      summary.rejects, summary.seconds, str(settings.warehouse))


def check_step(interval: Interval, settings: Settings, run_id: str) -> str:
    """Run the quality checks on the loaded interval; an error-level failure fails the step."""
    with writer(settings.warehouse, settings.lock_wait_s) as con:
        results = run_checks(con, interval)
        record_checks(con, interval, results)
        status, message = summarize(results)
        update_run_status(con, run_id, interval, status,
                          sum(1 for r in results if not r.passed), message)
    if status == "failed":
        raise QualityCheckFailed(f"interval {interval.start:%Y-%m-%d}: {message}")
    return status
