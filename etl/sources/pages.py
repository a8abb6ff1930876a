"""Article pages: from a lead (a URL with hints) to an Article, fetched at most once.

Feeds, page lists and GDELT files all produce leads; `fetch_leads` turns them
into Articles of the run's interval, concurrently and politely:
- a lead whose hinted date lies outside the interval is not fetched at all;
- a page fetched before is re-read from its kept raw response (no network);
- a page that failed for good (404, no text, private address...) is not asked
  again, its reject is repeated for the interval that first recorded it;
- a page that failed for a passing reason (timeout, 5xx) is asked again.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from etl.sources.urls import canonical_url
from etl.records import Article, Reject, StageResult
from etl.sources.config import SourceConfig
from etl.sources.context import FetchContext, source_limit
from etl.sources.http import FetchError, decode_body
from etl.sources.raw import RawStore
from etl.sources.state import PageState

MIN_PAGE_TEXT = 200          # characters of article text below which a page "has no text"
DEFAULT_MAX_ARTICLES = 300   # pages fetched over the network per source and run


@dataclass(frozen=True)
class Lead:
    """A link to an article, with what the listing said about it."""

    url: str
    title: str | None = None
    published: datetime | None = None
    country: str | None = None
    outlet: str | None = None
    seen: datetime | None = None       # when the listing first saw it (GDELT's DATEADDED)


@dataclass
class PageContent:
    title: str
    text: str
    published: datetime | None
    author: str | None


META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:article:published_time|"""
    r"""datePublished|pubdate|publishdate|dc\.date\.issued|date)["'][^>]*>""", re.I)
CONTENT_ATTR = re.compile(r"""content=["']([^"']+)["']""", re.I)
JSONLD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]+)\"""")


def parse_moment(value: str | None) -> datetime | None:
    """An ISO-8601 timestamp (or date) as aware UTC; None when unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def page_published(html: str) -> datetime | None:
    """Publication time from the page's metadata, to the second when it says so."""
    head = html[:200_000]
    for tag in META_DATE.finditer(head):
        found = CONTENT_ATTR.search(tag.group(0))
        moment = parse_moment(found.group(1)) if found else None
        if moment:
            return moment
    found = JSONLD_DATE.search(head)
    return parse_moment(found.group(1)) if found else None


def extract_page(html: str, url: str) -> PageContent:
    """Clean title, text, date and author of an article page (trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return PageContent("", "", page_published(html), None)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    published = page_published(html) or parse_moment(data.get("date"))
    return PageContent((data.get("title") or "").strip(), (data.get("text") or "").strip(),
                       published, data.get("author"))


def _reject(source: SourceConfig, reason: str, detail: str, url: str) -> Reject:
    return Reject("fetch", reason, detail, url, source.name)


def _belongs(ctx: FetchContext, page: PageState) -> bool:
    moment = page.published_at or page.hint_published
    if moment is not None:
        return ctx.interval.contains(moment)
    if page.interval_key is not None:
        return page.interval_key == ctx.interval.key
    page.interval_key = ctx.claim_key(page.first_seen)
    if page.interval_key is not None:  # first claimed now (it was seen by a wide peek)
        ctx.state.save_page(page)
    return ctx.claims_undated(page.first_seen)


def _article(ctx: FetchContext, source: SourceConfig, page: PageState, outlet: str | None,
             content: PageContent | None = None) -> Article | Reject:
    """Build a page's Article; a kept page is re-read from its raw response, giving the same result."""
    if content is None:
        body = RawStore.get(page.raw_ref) if page.raw_ref else None
        if body is None:
            return _reject(source, "raw_missing", "the kept raw response is gone; it will be fetched again",
                           page.url)
        try:
            content = extract_page(decode_body(body, page.content_type or ""), page.url)
        except Exception as exc:  # an extractor crash on one page must not stop the source
            return _reject(source, "extract_error", f"the page could not be parsed ({type(exc).__name__}: "
                           f"{exc})", page.url)
    if len(content.text) < MIN_PAGE_TEXT:
        return _reject(source, "no_text", f"the page has no article text ({len(content.text)} characters "
                       f"extracted, fewer than {MIN_PAGE_TEXT})", page.url)
    # language stays None: etl.articles detects it from the text (a source's
    # configured language is what it mostly publishes, not what each page is in).
    return Article(
        url=page.url, source=outlet or source.options.get("outlet") or source.name,
        title=content.title or page.hint_title or "", text=content.text,
        published_at=page.published_at, fetched_at=page.first_seen,
        language=None, country_hint=page.hint_country or source.country,
        source_scale=source.source_scale, raw_ref=page.raw_ref or "",
    )


def _fetch_page(ctx: FetchContext, source: SourceConfig, lead: Lead, canon: str
                ) -> tuple[PageState, PageContent | None]:
    """Fetch one page over the network and remember how it ended (and what it said)."""
    content = None
    max_bytes = source_limit(source, "max_bytes", ctx.client.settings.max_bytes)
    page = PageState(canon, source.name, lead.url, ctx.now, None, None, "ok", None, None, None,
                     lead.title, lead.published or lead.seen, lead.country)
    try:
        response = ctx.client.get(lead.url, max_bytes=max_bytes,
                                  accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", robots=True)
        if response.status != 200:
            raise FetchError(f"http_{response.status}", f"the server answered {response.status}", lead.url)
        page.raw_ref = ctx.raw.put(response.body, "html")
        page.content_type = response.content_type
        try:
            content = extract_page(decode_body(response.body, response.content_type), lead.url)
        except Exception as exc:  # an extractor crash on one page must not stop the source
            raise FetchError("extract_error", f"the page could not be parsed ({type(exc).__name__}: {exc})",
                             lead.url) from exc
        page.published_at = lead.published or content.published
        if len(content.text) < MIN_PAGE_TEXT:
            page.status, page.detail = "no_text", (
                f"the page has no article text ({len(content.text)} characters extracted, "
                f"fewer than {MIN_PAGE_TEXT})")
    except FetchError as exc:
        page.status, page.detail = exc.reason, exc.detail
    if page.published_at is None and page.hint_published is None:
        # An undated page (or a failure) belongs to the run that first saw it.
        page.interval_key = ctx.claim_key(page.first_seen)
    ctx.state.save_page(page)
    return page, content


def _borrow(ctx: FetchContext, source: SourceConfig, lead: Lead, canon: str) -> PageState | None:
    """Another source fetched this page already: reuse its raw response, with this lead's hints."""
    other = ctx.state.fetched_elsewhere(canon)
    if other is None or not Path(other.raw_ref).exists():
        return None
    hint = lead.published or lead.seen
    page = PageState(canon, source.name, lead.url, other.first_seen, lead.published or other.published_at,
                     None, "ok", None, other.raw_ref, other.content_type, lead.title, hint, lead.country)
    if page.published_at is None and hint is None:
        page.interval_key = ctx.claim_key(page.first_seen)
    ctx.state.save_page(page)
    return page


def fetch_leads(ctx: FetchContext, source: SourceConfig, leads: list[Lead]) -> StageResult:
    """Articles of the interval among `leads` (and pages of this source kept from earlier runs)."""
    result = StageResult()
    max_articles = source_limit(source, "max_articles", DEFAULT_MAX_ARTICLES)
    todo: list[tuple[Lead, str]] = []
    known: dict[str, PageState] = {}
    outlets: dict[str, str | None] = {}
    skipped = 0
    for lead in dict((canonical_url(l.url), l) for l in leads).values():
        canon = canonical_url(lead.url)
        outlets[canon] = lead.outlet
        if lead.published is not None and not ctx.interval.contains(lead.published):
            continue  # another interval's article: not fetched now
        page = ctx.state.page(canon, source.name) or _borrow(ctx, source, lead, canon)
        if page is not None and (page.status == "ok" or not _is_transient(page.status)):
            if page.status != "ok" or (page.raw_ref and Path(page.raw_ref).exists()):
                known[canon] = page
                continue
        if len(todo) >= max_articles:
            skipped += 1
            continue
        todo.append((lead, canon))
    with ThreadPoolExecutor(max_workers=ctx.client.settings.concurrency) as pool:
        fetched = list(pool.map(lambda item: _fetch_page(ctx, source, *item), todo))
    contents = {page.canonical_url: content for page, content in fetched}
    for page, _content in fetched:
        known[page.canonical_url] = page
    # Pages this source gave in earlier runs stay part of their interval, even once
    # the feed has moved on: a re-run of an interval yields the same articles.
    for page in ctx.state.pages_of(source.name):
        known.setdefault(page.canonical_url, page)
    for canon, page in sorted(known.items(), key=lambda kv: (kv[1].first_seen, kv[0])):
        if not _belongs(ctx, page):
            continue
        if page.status != "ok":
            result.rejects.append(_reject(source, page.status, page.detail or page.status, page.url))
            continue
        item = _article(ctx, source, page, outlets.get(canon), contents.get(canon))
        (result.items if isinstance(item, Article) else result.rejects).append(item)
    if skipped:
        result.rejects.append(_reject(source, "over_limit", f"{skipped} more link(s) were not fetched: the "
                                      f"source's max_articles is {max_articles}; a later run takes them",
                                      source.location))
    return result


def _is_transient(status: str) -> bool:
    from etl.sources.http import TRANSIENT_REASONS

    return status in TRANSIENT_REASONS or status == "raw_missing"


def page_list_leads(source: SourceConfig, base: Path) -> list[Lead]:
    """The `page` kind: `urls = [...]` in the sources file and/or a local file of URLs (one a line)."""
    urls = [str(u) for u in source.options.get("urls") or []]
    location = source.location
    if location and not location.startswith(("http://", "https://", "inline:")):
        path = source.resolve_path(base)
        lines = path.read_text(encoding="utf-8").splitlines()  # a missing file fails the source
        urls += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    elif location.startswith(("http://", "https://")):
        urls.append(location)
    return [Lead(url) for url in urls]


def fetch_page_list(ctx: FetchContext, source: SourceConfig, base: Path) -> StageResult:
    return fetch_leads(ctx, source, page_list_leads(source, base))

