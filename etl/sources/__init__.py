"""Sources: every kind returns the same Article record, and rejects what it can't read.

`fetch_articles` is the stage's public function; one module per kind of source.
"""
from __future__ import annotations

from pathlib import Path

from etl.records import Interval, Reject, StageResult
from etl.sources.config import SourceConfig, SourcesFileError, load_sources
from etl.sources.folder import fetch_folder

__all__ = ["fetch_articles", "load_sources", "SourceConfig", "SourcesFileError", "SourceFailed"]


class SourceFailed(RuntimeError):
    """Every configured source failed: the fetch task fails with their reasons."""


def fetch_source(source: SourceConfig, interval: Interval, base: Path) -> StageResult:
    if source.kind == "folder":
        return fetch_folder(source, interval, base)
    raise NotImplementedError(f"source kind {source.kind!r} is not supported yet")


def fetch_articles(sources: list[SourceConfig], interval: Interval, base: Path) -> StageResult:
    """Fetch every source for the interval. One source failing does not stop the others."""
    result = StageResult()
    failures: list[str] = []
    for source in sources:
        try:
            part = fetch_source(source, interval, base)
        except Exception as exc:  # a source's failure is recorded, the others go on
            reason = f"{type(exc).__name__}: {exc}"
            result.rejects.append(Reject("fetch", "source_failed", reason, source.location, source.name))
            failures.append(f"{source.name}: {reason}")
            continue
        result.items.extend(part.items)
        result.rejects.extend(part.rejects)
    if sources and len(failures) == len(sources):
        raise SourceFailed("every source failed: " + "; ".join(failures))
    return result
