"""RSS and Atom feeds (any dialect, read by feedparser) made safe with defusedxml.

feedparser is lenient, which real feeds need, but it must never see an XML
entity declaration: a "billion laughs" feed would expand in memory. So every
feed is first parsed by defusedxml, which refuses entity declarations and
external references; only then does feedparser read it. A feed that is not
well-formed is still read leniently when feedparser recovers entries, and the
breakage is recorded as a reject either way.
"""
from __future__ import annotations

import calendar
import re
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from etl.records import Reject, StageResult
from etl.sources.config import SourceConfig
from etl.sources.context import FetchContext, fetch_document, source_limit
from etl.sources.pages import Lead, fetch_leads
from etl.sources.sourcefail import SourceError

ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def check_feed_xml(body: bytes, url: str) -> str | None:
    """None when the feed is well-formed; else why not. Raises SourceError on entities."""
    try:
        safe_xml.fromstring(body)
    except DefusedXmlException as exc:
        raise SourceError("xml_entities", f"the feed declares XML entities or external references "
                          f"({type(exc).__name__}); it is refused unread", url) from exc
    except ParseError as exc:
        if ENTITY_DECL.search(body):  # broken *and* declaring entities: never hand it on
            raise SourceError("xml_entities", "the feed is malformed and declares XML entities; "
                              "it is refused unread", url) from exc
        return f"the feed is not well-formed XML ({exc})"
    return None


def _when(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc) if parsed else None


def feed_leads(body: bytes, url: str, source: SourceConfig) -> tuple[list[Lead], list[Reject]]:
    import feedparser

    rejects: list[Reject] = []
    problem = check_feed_xml(body, url)
    parsed = feedparser.parse(body, sanitize_html=True, resolve_relative_uris=False)
    outlet = source.options.get("outlet") or (parsed.feed.get("title") or "").strip() or None
    # Relative links are resolved against the feed's URL.
    leads = [Lead(urljoin(url, e.get("link").strip()), e.get("title"), _when(e), source.country, outlet)
             for e in parsed.entries if (e.get("link") or "").strip()]
    if problem:
        if not leads:
            raise SourceError("malformed_xml", f"{problem}; no entry could be read", url)
        rejects.append(Reject("fetch", "malformed_xml", f"{problem}; {len(leads)} entries were recovered "
                              "leniently and fetched", url, source.name))
    elif not parsed.entries and parsed.get("bozo"):
        raise SourceError("malformed_xml", f"not a feed ({parsed.get('bozo_exception')})", url)
    return leads, rejects


def fetch_feed(ctx: FetchContext, source: SourceConfig, base: Path) -> StageResult:
    """Entries of the feed, each followed to its article page."""
    url = source.location
    if not url.startswith(("http://", "https://")):  # a local feed file, e.g. a saved export
        body = source.resolve_path(base).read_bytes()
    else:
        body = fetch_document(ctx, url, source_limit(source, "max_feed_bytes", ctx.client.settings.max_bytes),
                              "xml").body
    leads, rejects = feed_leads(body, url, source)
    result = fetch_leads(ctx, source, leads)
    result.rejects[:0] = rejects
    return result
