"""Near-duplicates: one wire story on several sites becomes one Article with several URLs.

Exact duplicates (same canonical URL or same text) are merged later by
prepare_articles (etl.articles.prepare), which runs this first; this catches copies that differ in a headline,
a dateline or a trailing paragraph. Each text becomes a set of hashed 5-word
shingles; articles sharing one of their 24 smallest shingle hashes (a bottom-k
MinHash sketch) are compared exactly, and a Jaccard similarity at or above
`ETL_NEAR_DUP_THRESHOLD` (default 0.8) merges them.
"""
from __future__ import annotations

import dataclasses
import os
import re
import zlib
from collections import defaultdict
from datetime import datetime, timezone

from etl.records import Article, Reject, StageResult
from etl.sources.urls import canonical_url

SHINGLE_WORDS = 5
SKETCH = 24
MIN_SHINGLES = 20   # below this a text is too short to call a near-duplicate
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[int]:
    words = WORD.findall(text.lower())
    return {zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
            for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _order(article: Article) -> tuple:
    """The kept copy is the earliest published (the likely original), then the longest."""
    moment = article.published_at or article.fetched_at or datetime.max.replace(tzinfo=timezone.utc)
    return (moment, -len(article.text), article.url)


def merge_near_duplicates(articles: list[Article], threshold: float | None = None) -> StageResult:
    """Merge near-duplicate stories; exact copies (same URL or text) pass through untouched."""
    threshold = threshold if threshold is not None else float(os.environ.get("ETL_NEAR_DUP_THRESHOLD", "0.8"))
    seen_keys: set[str] = set()
    firsts: list[Article] = []
    exact_copies: list[tuple[int, Article]] = []
    for position, article in enumerate(articles):
        keys = {canonical_url(article.url), article.content_hash}
        if keys & seen_keys:  # prepare_articles merges these and records them as duplicates
            exact_copies.append((position, article))
        else:
            firsts.append(article)
        seen_keys |= keys
    result = _merge(firsts, threshold)
    result.items.extend(a for _, a in exact_copies)
    return result


def _merge(articles: list[Article], threshold: float) -> StageResult:
    sets = [shingles(a.text) for a in articles]
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        if len(s) >= MIN_SHINGLES:
            for value in sorted(s)[:SKETCH]:
                buckets[value].append(i)
    compared: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (i, j) in compared or root(i) == root(j):
                    continue
                compared.add((i, j))
                similarity = jaccard(sets[i], sets[j])
                if similarity >= threshold:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        groups[root(i)].append(i)
    result = StageResult()
    for _root, members in sorted(groups.items(), key=lambda kv: min(kv[1])):
        ranked = sorted(members, key=lambda i: _order(articles[i]))
        kept = articles[ranked[0]]
        urls = list(kept.extra_urls)
        for i in ranked[1:]:
            other = articles[i]
            urls += [u for u in (other.url, *other.extra_urls) if u != kept.url]
            result.rejects.append(Reject(
                "dedup", "near_duplicate",
                f"same story as {kept.url} (shingle Jaccard {jaccard(sets[ranked[0]], sets[i]):.2f} "
                f">= {threshold}); kept as one of its URLs", other.url, other.source))
        if len(members) > 1:
            kept = dataclasses.replace(kept, extra_urls=tuple(dict.fromkeys(urls)))
        result.items.append((min(members), kept))
    result.items = [a for _, a in sorted(result.items, key=lambda pair: pair[0])]
    return result
