"""A folder of article files: the bundled sample corpus's kind.

Each file is a small header block ("Title:", "URL:", "Published:", "Source:",
optional "Source-Scale:" and "Country:"), a blank line, then the body.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from etl.records import Article, Interval, Reject, StageResult
from etl.sources.config import SourceConfig

REQUIRED = ("title", "url")


class ArticleFileError(ValueError):
    pass


def parse_article_file(path: Path, source: SourceConfig, fetched_at: datetime) -> Article:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(f"not UTF-8: {exc}") from exc
    head, sep, body = text.replace("\r\n", "\n").partition("\n\n")
    if not sep:
        raise ArticleFileError("no blank line between header and body")
    header: dict[str, str] = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if not colon:
            raise ArticleFileError(f"header line without a colon: {line[:60]!r}")
        header[key.strip().lower()] = value.strip()
    missing = [k for k in REQUIRED if not header.get(k)]
    if missing:
        raise ArticleFileError(f"header lacks {missing}")
    if not body.strip():
        raise ArticleFileError("empty body")
    return Article(
        url=header["url"], source=header.get("source") or source.name,
        title=header["title"], text=body.strip(),
        published_at=parse_timestamp(header.get("published")),
        fetched_at=fetched_at,
        country_hint=header.get("country") or source.country,
        source_scale=header.get("source-scale") or source.source_scale,
        raw_ref=str(path),
    )


def parse_timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def fetch_folder(source: SourceConfig, interval: Interval, base: Path) -> StageResult:
    """Articles of the folder published inside the interval; bad files become rejects."""
    folder = source.resolve_path(base)
    result = StageResult()
    if not folder.is_dir():
        raise FileNotFoundError(f"folder {folder} does not exist")
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0)
    for path in sorted(folder.glob("*.txt")):
        try:
            article = parse_article_file(path, source, fetched_at)
        except (ArticleFileError, ValueError) as exc:
            result.rejects.append(Reject("fetch", "malformed_file", str(exc), str(path), source.name))
            continue
        # Undated files count as first seen now, so a daily run picks them up once.
        moment = article.published_at or fetched_at
        if interval.contains(moment):
            result.items.append(article)
    return result
