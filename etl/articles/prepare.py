"""Articles: clean text, detect language, merge duplicates.

Duplicates are merged, not dropped: one article keeps every URL it was seen
under, and each merge is recorded so the warehouse explains it.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

from etl.articles.dedup import merge_near_duplicates
from etl.records import Article, Reject, StageResult
from etl.sources.urls import canonical_url

MIN_TEXT_CHARS = 80


def clean_text(text: str) -> str:
    """Normalize Unicode and whitespace; keep paragraph breaks (they bound sentences)."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\r\n", "\n")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(" ".join(p.split("\n")) for p in paragraphs if p)


def detect_language(text: str) -> str | None:
    import py3langid

    sample = text[:2000]
    if len(sample.strip()) < 20:
        return None
    lang, _score = py3langid.classify(sample)
    return lang


def prepare_articles(articles: list[Article]) -> StageResult:
    """Merge near-duplicates (one wire story on several sites), then clean, detect
    the language and merge exact duplicates (same canonical URL or same text)."""
    merged = merge_near_duplicates(articles)
    articles = merged.items
    result = StageResult(rejects=list(merged.rejects))
    by_url: dict[str, int] = {}
    by_hash: dict[str, int] = {}
    kept: list[Article] = []
    for article in articles:
        text = clean_text(article.text)
        url = canonical_url(article.url)
        if len(text) < MIN_TEXT_CHARS:
            result.rejects.append(Reject("clean", "no_text",
                                         f"article text has {len(text)} characters (< {MIN_TEXT_CHARS})",
                                         article.raw_ref or article.url, article.source))
            continue
        article = dataclasses.replace(
            article, text=text, canonical_url=url,
            language=article.language or detect_language(text),
        )
        index = by_url.get(url, by_hash.get(article.content_hash))
        if index is not None:
            first = kept[index]
            seen = (first.url, *first.extra_urls)
            urls = first.extra_urls + ((article.url,) if article.url not in seen else ())
            kept[index] = dataclasses.replace(first, extra_urls=urls)
            result.rejects.append(Reject("dedup", "duplicate",
                                         f"same story as article {first.article_id} ({first.url})",
                                         article.url, article.source))
            continue
        by_url[url] = by_hash[article.content_hash] = len(kept)
        kept.append(article)
    result.items = kept
    return result
