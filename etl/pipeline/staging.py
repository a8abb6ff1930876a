"""Parquet staging between stages: one folder per data interval.

Tasks hand each other paths to these files (through XCom), never the data.
Each file has a declared Arrow schema from etl.records.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.records import (
    ARTICLE_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA, Article, Event, Interval, Reject,
    article_from_row, article_row, event_row, reject_row,
)


@dataclass
class StageMeta:
    """Counts and timings a stage reports, stored beside its Parquet file."""

    stage: str
    interval_start: str
    interval_end: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    sources: list[str] = field(default_factory=list)


def interval_dir(staging_root: Path, interval: Interval) -> Path:
    path = staging_root / interval.key
    path.mkdir(parents=True, exist_ok=True)
    return path


def _write(rows: list[dict], schema: pa.Schema, path: Path) -> Path:
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # atomic: a crashed task never leaves half a file behind
    return path


def write_articles(articles: list[Article], path: Path) -> Path:
    return _write([article_row(a) for a in articles], ARTICLE_SCHEMA, path)


def read_articles(path: Path) -> list[Article]:
    return [article_from_row(r) for r in pq.read_table(path).to_pylist()]


def write_events(events: list[Event], path: Path) -> Path:
    return _write([event_row(e) for e in events], EVENT_SCHEMA, path)


STATUS_SCHEMA = pa.schema([("article_id", pa.string()), ("extraction_status", pa.string())])


def write_status(status: dict[str, str], path: Path) -> Path:
    """Each article's extraction outcome: extracted, no_events, skipped_language, failed."""
    return _write([{"article_id": k, "extraction_status": v} for k, v in status.items()],
                  STATUS_SCHEMA, path)


def write_rejects(rejects: list[Reject], path: Path) -> Path:
    return _write([reject_row(r) for r in rejects], REJECT_SCHEMA, path)


def read_table(path: Path) -> pa.Table:
    return pq.read_table(path)


def write_meta(meta: StageMeta, path: Path) -> Path:
    path.write_text(json.dumps(asdict(meta), indent=2), encoding="utf-8")
    return path


def read_meta(path: Path) -> StageMeta | None:
    if not path.exists():
        return None
    return StageMeta(**json.loads(path.read_text(encoding="utf-8")))
