"""JSONL and CSV dumps of articles, from a local file or a URL.

Columns follow the extract contract: `id` and/or `url`, `title`, `text`,
`published` (ISO date or timestamp; empty for none), and optionally `source`
(the outlet), `country` (a hint) and `language`. A row that cannot be read is
a reject naming its line; the other rows go on.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import datetime
from pathlib import Path

from etl.records import Article, Reject, StageResult
from etl.sources.config import SourceConfig
from etl.sources.context import FetchContext, fetch_document, source_limit
from etl.sources.http import decode_body
from etl.sources.pages import parse_moment

csv.field_size_limit(50_000_000)  # article bodies exceed csv's 128 KiB default


class RowError(ValueError):
    pass


def _rows(text: str, kind: str):
    """(line number, dict) per row; a JSON syntax error is yielded as the exception."""
    if kind == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, RowError(f"not JSON ({exc})")
                continue
            yield number, row if isinstance(row, dict) else RowError("a JSON line that is not an object")
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        for row in reader:
            yield reader.line_num, row


def row_article(row: dict, source: SourceConfig, ref: str, fetched_at, raw_ref: str) -> Article:
    text = str(row.get("text") or "").strip()
    url = str(row.get("url") or "").strip()
    ident = str(row.get("id") or "").strip()
    if not text:
        raise RowError("the row has no text")
    if not url and not ident:
        raise RowError("the row has neither url nor id")
    published_raw = row.get("published") or row.get("published_at")
    published = parse_moment(str(published_raw)) if published_raw else None
    if published_raw and published is None:
        raise RowError(f"unreadable published date {published_raw!r}")
    return Article(
        # A row without a URL gets a stable one from the dump and its id.
        url=url or f"urn:dump:{source.name}:{ident}",
        source=str(row.get("source") or source.options.get("outlet") or source.name),
        title=str(row.get("title") or "").strip(), text=text,
        published_at=published, fetched_at=fetched_at,
        language=row.get("language") or None,  # else detected by etl.articles
        country_hint=row.get("country") or source.country,
        source_scale=source.source_scale, raw_ref=raw_ref,
    )


def fetch_dump(ctx: FetchContext, source: SourceConfig, base: Path) -> StageResult:
    """Rows of the dump published in the interval (undated rows: first seen in it)."""
    if source.location.startswith(("http://", "https://")):
        limit = source_limit(source, "max_dump_bytes", 200_000_000)
        doc = fetch_document(ctx, source.location, limit, source.kind)
        text, raw_ref, ref = decode_body(doc.body, doc.content_type), doc.raw_ref, source.location
    else:
        path = source.resolve_path(base)
        body = path.read_bytes()  # a missing dump fails the source
        text, raw_ref, ref = decode_body(body), str(path), str(path)
    fetched_at = ctx.state.first_seen(ref, ctx.now)  # stable across re-runs
    result = StageResult()
    for number, row in _rows(text, source.kind):
        where = f"{ref}#line={number}"
        try:
            if isinstance(row, Exception):
                raise row
            article = row_article(row, source, where, fetched_at, f"{raw_ref}#line={number}")
        except RowError as exc:
            result.rejects.append(Reject("fetch", "malformed_row", str(exc), where, source.name))
            continue
        if article.published_at is None:
            # Undated rows: attributed to the interval that first saw them, kept in state.
            first_seen = _claim_undated(ctx, source, article)
            if first_seen is None:
                continue
            article = dataclasses.replace(article, fetched_at=first_seen)
        elif not ctx.interval.contains(article.published_at):
            continue
        result.items.append(article)
    return result


def _claim_undated(ctx: FetchContext, source: SourceConfig, article: Article) -> datetime | None:
    """The row's first-seen time when it belongs to this interval, else None."""
    from etl.sources.urls import canonical_url
    from etl.sources.state import PageState

    canon = canonical_url(article.url)
    page = ctx.state.page(canon, source.name)
    if page is None:
        page = PageState(canon, source.name, article.url, ctx.now, None, ctx.claim_key(ctx.now),
                         "ok", "undated dump row", None, None)
        ctx.state.save_page(page)
    elif page.interval_key is None and ctx.claim_key(page.first_seen):
        page.interval_key = ctx.interval.key
        ctx.state.save_page(page)
    if page.interval_key is not None:
        return page.first_seen if page.interval_key == ctx.interval.key else None
    return page.first_seen if ctx.claims_undated(page.first_seen) else None
