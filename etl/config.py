"""Settings from environment variables, with defaults that work on a fresh clone.

Every variable is documented in README.md ("Configuration").
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCES = Path(__file__).resolve().parent / "sample_corpus" / "sources.toml"


@dataclass(frozen=True)
class Settings:
    warehouse: Path          # the DuckDB file
    sources: Path            # the sources file (TOML or YAML)
    staging_dir: Path        # Parquet staging, one folder per interval
    raw_dir: Path            # compressed raw responses of accepted articles
    lock_wait_s: float       # how long a writer/reader waits for DuckDB's file lock
    languages: tuple[str, ...]  # languages the extractor reads; others are stored and skipped

    @property
    def warehouse_dir(self) -> Path:
        return self.warehouse.parent


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    path = Path(value) if value else default
    return path if path.is_absolute() else (Path.cwd() / path)


def load_settings() -> Settings:
    warehouse = _path("ETL_WAREHOUSE", PROJECT_ROOT / "warehouse" / "conflict.duckdb")
    return Settings(
        warehouse=warehouse,
        sources=_path("ETL_SOURCES", SAMPLE_SOURCES),
        staging_dir=_path("ETL_STAGING_DIR", warehouse.parent / "staging"),
        raw_dir=_path("ETL_RAW_DIR", warehouse.parent / "raw"),
        lock_wait_s=float(os.environ.get("ETL_LOCK_WAIT", "60")),
        languages=tuple(
            x.strip() for x in os.environ.get("ETL_LANGUAGES", "en,fr").split(",") if x.strip()
        ),
    )
