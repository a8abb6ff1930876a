"""Articles: the second stage. Fetched articles are cleaned, their language detected,
and duplicates merged (exact: same canonical URL or text; near: one wire story on
several sites), each merge recorded as a reject that explains it.

May import: etl.records, etl.sources (canonical URLs). Public: `prepare_articles`.
"""
from etl.articles.dedup import merge_near_duplicates
from etl.articles.prepare import clean_text, detect_language, prepare_articles
from etl.sources.urls import canonical_url

__all__ = ["prepare_articles", "merge_near_duplicates", "clean_text", "detect_language", "canonical_url"]
