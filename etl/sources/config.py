"""The sources file: which news sources a run reads (TOML or YAML)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = ("folder", "jsonl", "csv", "rss", "atom", "page", "gdelt")


class SourcesFileError(ValueError):
    """The sources file is missing, unreadable or describes an invalid source."""


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    location: str                    # a path (relative to the sources file) or a URL
    country: str | None = None       # country hint for place resolution
    language: str | None = None      # expected language; detection still runs
    source_scale: str = ""           # ACLED source_scale for this outlet
    limits: dict = field(default_factory=dict)  # kind-specific caps (max_articles, ...)
    options: dict = field(default_factory=dict)  # kind-specific settings

    def resolve_path(self, base: Path) -> Path:
        path = Path(self.location).expanduser()
        return path if path.is_absolute() else (base / path)


def load_sources(path: Path, only: list[str] | None = None) -> list[SourceConfig]:
    """Read the sources file; `only` keeps the named sources (unknown names are an error)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesFileError(f"cannot read sources file {path}: {exc}") from exc
    try:
        data = yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise SourcesFileError(f"sources file {path} is not valid: {exc}") from exc
    entries = (data or {}).get("source") or (data or {}).get("sources") or []
    sources = [_source(entry, path) for entry in entries]
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise SourcesFileError(f"sources file {path} repeats a source name: {names}")
    if only:
        unknown = sorted(set(only) - set(names))
        if unknown:
            raise SourcesFileError(f"unknown source(s) {unknown}; the file has {names}")
        sources = [s for s in sources if s.name in only]
    return sources


def _source(entry: dict, path: Path) -> SourceConfig:
    known = {"name", "kind", "location", "country", "language", "source_scale", "limits"}
    if entry.get("kind") == "page" and not entry.get("location") and entry.get("urls"):
        entry = {**entry, "location": "inline:urls"}  # a page list may live in the sources file
    missing = [k for k in ("name", "kind", "location") if not entry.get(k)]
    if missing:
        raise SourcesFileError(f"{path}: a source lacks {missing}: {entry}")
    if entry["kind"] not in KINDS:
        raise SourcesFileError(f"{path}: source {entry['name']!r} has unknown kind "
                               f"{entry['kind']!r}; kinds are {KINDS}")
    return SourceConfig(
        name=str(entry["name"]), kind=entry["kind"], location=str(entry["location"]),
        country=entry.get("country"), language=entry.get("language"),
        source_scale=entry.get("source_scale", ""), limits=dict(entry.get("limits") or {}),
        options={k: v for k, v in entry.items() if k not in known},
    )
