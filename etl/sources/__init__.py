"""Sources: every kind returns the same Article record, and rejects what it can't read.

`fetch_articles` is the stage's public function; one module per kind of source:
folder (the bundled corpus), jsonl/csv dumps, rss/atom feeds, page lists and
GDELT exports. Network kinds share one polite HTTP client, an incremental
state file and a raw store (see etl/sources/context.py and docs/sources.md).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from etl.records import Interval, Reject, StageResult
from etl.sources.config import SourceConfig, SourcesFileError, load_sources
from etl.sources.folder import fetch_folder
from etl.sources.http import FetchError
from etl.sources.sourcefail import SourceError

__all__ = ["fetch_articles", "load_sources", "SourceConfig", "SourcesFileError", "SourceFailed"]
log = logging.getLogger(__name__)
STATE_FILE = "sources_state.sqlite"


class SourceFailed(RuntimeError):
    """Every configured source failed: the fetch task fails with their reasons."""


def fetch_source(source: SourceConfig, interval: Interval, base: Path, ctx=None) -> StageResult:
    if source.kind == "folder":
        return fetch_folder(source, interval, base)
    if source.kind in ("jsonl", "csv"):
        from etl.sources.dumps import fetch_dump
        return fetch_dump(ctx, source, base)
    if source.kind in ("rss", "atom"):
        from etl.sources.feeds import fetch_feed
        return fetch_feed(ctx, source, base)
    if source.kind == "page":
        from etl.sources.pages import fetch_page_list
        return fetch_page_list(ctx, source, base)
    if source.kind == "gdelt":
        from etl.sources.gdelt import fetch_gdelt
        return fetch_gdelt(ctx, source, base)
    raise NotImplementedError(f"source kind {source.kind!r} is not supported yet")


def _context(interval: Interval, settings):
    from etl.config import load_settings
    from etl.sources.context import FetchContext

    settings = settings or load_settings()
    return FetchContext.open(interval, settings.raw_dir, settings.warehouse_dir / STATE_FILE)


def fetch_articles(sources: list[SourceConfig], interval: Interval, base: Path,
                   settings=None) -> StageResult:
    """Fetch every source for the interval. One source failing does not stop the others.

    `settings` (etl.config.Settings) gives where raw responses and the sources'
    state are kept; by default they are read from the environment.
    """
    started = time.perf_counter()
    result = StageResult()
    failures: list[str] = []
    ctx = _context(interval, settings) if any(s.kind != "folder" for s in sources) else None
    try:
        for source in sources:
            try:
                part = fetch_source(source, interval, base, ctx)
            except (SourceError, FetchError) as exc:  # the source itself could not be read
                ref = getattr(exc, "ref", "") or getattr(exc, "url", "") or source.location
                result.rejects.append(Reject("fetch", exc.reason, exc.detail, ref, source.name))
                failures.append(f"{source.name}: {exc.reason}: {exc.detail}")
                continue
            except Exception as exc:  # a source's failure is recorded, the others go on
                reason = f"{type(exc).__name__}: {exc}"
                result.rejects.append(Reject("fetch", "source_failed", reason, source.location, source.name))
                failures.append(f"{source.name}: {reason}")
                continue
            result.items.extend(part.items)
            result.rejects.extend(part.rejects)
    finally:
        requests = ctx.client.requests if ctx else 0
        if ctx:
            ctx.close()
    if sources and len(failures) == len(sources):
        raise SourceFailed("every source failed: " + "; ".join(failures))
    log.info("fetched %d articles from %d sources with %d HTTP requests in %.1f s (%d rejects)",
             len(result.items), len(sources), requests, time.perf_counter() - started, len(result.rejects))
    return result
