"""Reprocess an interval: re-extract its stored articles with the current extractor.

No source is fetched. The articles the warehouse holds for the interval are
read through a read-only connection and written to the same staging files
`fetch_step` writes (articles.parquet, rejects_fetch.parquet, fetch.meta.json),
so `extract_step` and `load_step` run unchanged and the load still replaces the
interval's rows in one transaction.
"""
from __future__ import annotations

import time
from datetime import timezone

from etl.pipeline import staging
from etl.config import Settings
from etl.warehouse.load import connect
from etl.records import Article, Interval, Reject

# The interval's articles: those whose URLs the interval's last load recorded
# (the exact set it staged), and those it loaded first (in case a URL moved on).
ARTICLES_SQL = """
WITH ids AS (
    SELECT article_id FROM article_urls WHERE data_interval_start = $start
    UNION
    SELECT article_id FROM articles WHERE data_interval_start = $start
)
SELECT a.article_id, a.url, a.canonical_url, a.source, a.source_scale, a.title,
       a.published_at, a.fetched_at, a.language, a.country_hint, a.raw_ref, a.text,
       list(u.url ORDER BY u.url) FILTER (WHERE u.url IS NOT NULL AND u.url <> a.url) AS extra_urls
FROM articles a JOIN ids USING (article_id)
LEFT JOIN article_urls u ON u.article_id = a.article_id AND u.data_interval_start = $start
GROUP BY ALL
ORDER BY a.article_id
"""

# Rejects of the stages before extraction: the load replaces the interval's
# rejects, so they are carried over or they would be lost.
FETCH_REJECTS_SQL = """
SELECT stage, reason, detail, ref, source FROM rejects
WHERE data_interval_start = $start AND stage NOT IN ('extract', 'load')
ORDER BY stage, reason, ref
"""

LAST_RUN_SQL = """
SELECT sources, articles_fetched FROM pipeline_runs
WHERE data_interval_start = $start ORDER BY run_seq DESC LIMIT 1
"""


class NothingToReprocess(RuntimeError):
    """The warehouse holds no load of this interval: fetch it first (run without reprocess)."""


def _utc(moment):
    return moment.astimezone(timezone.utc) if moment is not None else None


def stored_articles(settings: Settings, interval: Interval) -> tuple[list[Article], list[Reject], str, int]:
    """The interval's stored articles, its pre-extraction rejects, sources and fetched count."""
    if not settings.warehouse.exists():
        raise NothingToReprocess(f"reprocess {interval.start:%Y-%m-%d}: no warehouse at {settings.warehouse}")
    con = connect(settings.warehouse, read_only=True, wait_s=settings.lock_wait_s)
    try:
        params = {"start": interval.start}
        rows = con.execute(ARTICLES_SQL, params).fetchall()
        names = [d[0] for d in con.description]
        rejects = [Reject(*r) for r in con.execute(FETCH_REJECTS_SQL, params).fetchall()]
        last = con.execute(LAST_RUN_SQL, params).fetchone()
    finally:
        con.close()
    if last is None:
        raise NothingToReprocess(
            f"reprocess {interval.start:%Y-%m-%d}: the warehouse has no run of this interval; "
            "run it without reprocess first so its articles are fetched and stored")
    articles = []
    for values in rows:
        row = dict(zip(names, values))
        articles.append(Article(
            url=row["url"], source=row["source"], title=row["title"] or "", text=row["text"],
            published_at=_utc(row["published_at"]), fetched_at=_utc(row["fetched_at"]),
            canonical_url=row["canonical_url"], language=row["language"],
            country_hint=row["country_hint"], source_scale=row["source_scale"] or "",
            raw_ref=row["raw_ref"] or "", extra_urls=tuple(row["extra_urls"] or ()),
        ))
    sources, fetched = last
    return articles, rejects, sources or "", int(fetched if fetched is not None else len(articles))


def reprocess_step(interval: Interval, settings: Settings) -> str:
    """Stage the interval's stored articles as fetch_step would; returns articles.parquet's path."""
    started = time.perf_counter()
    articles, rejects, sources, fetched = stored_articles(settings, interval)
    folder = staging.interval_dir(settings.staging_dir, interval)
    staging.write_rejects(rejects, folder / "rejects_fetch.parquet")
    path = staging.write_articles(articles, folder / "articles.parquet")
    staging.write_meta(staging.StageMeta(
        "reprocess", interval.start.isoformat(), interval.end.isoformat(),
        counts={"articles_fetched": fetched, "articles_kept": len(articles), "rejects": len(rejects)},
        seconds=time.perf_counter() - started,
        sources=[s.strip() for s in sources.split(",") if s.strip()],
    ), folder / "fetch.meta.json")
    return str(path)
