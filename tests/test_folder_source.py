"""The folder source (the bundled corpus's kind) and the sources file."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from etl.records import Interval
from etl.sources import SourceFailed, fetch_articles, load_sources
from etl.sources.config import SourcesFileError

DAY = Interval(datetime(2026, 10, 6, tzinfo=timezone.utc), datetime(2026, 10, 7, tzinfo=timezone.utc))

GOOD = """Title: Clashes near Konna
URL: https://courier.example/konna
Published: 2026-10-06T08:00:00Z
Source: Courier
Country: Mali

KONNA, Mali - Soldiers clashed with militants on Sunday.
"""


def _write_sources(tmp_path, body: str):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_folder_source_reads_interval_and_rejects_bad_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "001-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "002-other-day.txt").write_text(GOOD.replace("2026-10-06", "2026-10-09"), encoding="utf-8")
    (folder / "003-no-header.txt").write_text("just a body without header\n", encoding="utf-8")
    (folder / "004-latin1.txt").write_bytes(GOOD.replace("Konna", "Ségou").encode("latin-1"))
    sources = load_sources(_write_sources(tmp_path, '[[source]]\nname="c"\nkind="folder"\nlocation="articles"\n'))
    result = fetch_articles(sources, DAY, tmp_path)
    assert [a.url for a in result.items] == ["https://courier.example/konna"]
    article = result.items[0]
    assert article.country_hint == "Mali" and article.published_at == datetime(2026, 10, 6, 8, tzinfo=timezone.utc)
    assert article.raw_ref.endswith("001-good.txt")
    reasons = sorted((r.reason, r.ref.rsplit("/", 1)[-1]) for r in result.rejects)
    assert reasons == [("malformed_file", "003-no-header.txt"), ("malformed_file", "004-latin1.txt")]


def test_every_source_failing_fails_the_fetch(tmp_path):
    sources = load_sources(_write_sources(tmp_path, '[[source]]\nname="gone"\nkind="folder"\nlocation="nowhere"\n'))
    with pytest.raises(SourceFailed, match="every source failed: gone: FileNotFoundError"):
        fetch_articles(sources, DAY, tmp_path)
    both = load_sources(_write_sources(tmp_path, '[[source]]\nname="gone"\nkind="folder"\nlocation="nowhere"\n'
                                                 '[[source]]\nname="here"\nkind="folder"\nlocation="."\n'))
    result = fetch_articles(both, DAY, tmp_path)  # one failing source is recorded, the other goes on
    assert [(r.reason, r.source) for r in result.rejects] == [("source_failed", "gone")]


def test_sources_file_errors_are_clear(tmp_path):
    with pytest.raises(SourcesFileError, match="unknown kind"):
        load_sources(_write_sources(tmp_path, '[[source]]\nname="x"\nkind="fax"\nlocation="y"\n'))
    with pytest.raises(SourcesFileError, match="not valid"):
        load_sources(_write_sources(tmp_path, '[[source]\nname='))
    with pytest.raises(SourcesFileError, match="unknown source"):
        load_sources(_write_sources(tmp_path, '[[source]]\nname="x"\nkind="folder"\nlocation="y"\n'), only=["z"])


def test_bundled_sources_file_loads():
    from etl.config import SAMPLE_SOURCES

    [source] = load_sources(SAMPLE_SOURCES)
    assert source.kind == "folder" and source.resolve_path(SAMPLE_SOURCES.parent).is_dir()
