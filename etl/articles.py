"""Articles: clean text, detect language, canonicalize URLs, deduplicate.

Duplicates are merged, not dropped: one article keeps every URL it was seen
under, and each merge is recorded so the warehouse explains it.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from etl.records import Article, Reject, StageResult

TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|igshid|at_medium|at_campaign)$", re.I)
MIN_TEXT_CHARS = 80


def canonical_url(url: str) -> str:
    """Lower-case scheme/host, drop fragments, tracking parameters and trailing slashes."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAMS.match(k)]
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or
                           (parts.scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    path = re.sub(r"/+$", "", parts.path) or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))


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
    """Clean, detect language and merge duplicates (same canonical URL or same text)."""
    result = StageResult()
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
