"""Quality checks: each SQL file in sql/checks/ selects the rows that fail it.

A file's first line names its severity ("-- severity: error" or "warn"); an
interval fails when an error-level check finds rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.warehouse.load import SQL_DIR
from etl.records import Interval

CHECKS_DIR = SQL_DIR / "checks"


@dataclass(frozen=True)
class CheckResult:
    name: str
    severity: str
    failing_rows: int
    sample: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return self.failing_rows == 0


def check_files() -> list[Path]:
    return sorted(CHECKS_DIR.glob("*.sql"))


def _severity(sql: str) -> str:
    first = sql.lstrip().splitlines()[0].lower()
    return "error" if "error" in first else "warn"


def run_checks(con: duckdb.DuckDBPyConnection, interval: Interval) -> list[CheckResult]:
    results = []
    for path in check_files():
        sql = path.read_text(encoding="utf-8")
        rows = con.execute(sql, {"interval_start": interval.start}).fetchall()
        results.append(CheckResult(path.stem, _severity(sql), len(rows),
                                   tuple(str(r[0]) for r in rows[:5])))
    return results


def summarize(results: list[CheckResult]) -> tuple[str, str]:
    """Status for pipeline_runs and a message naming what failed."""
    errors = [r for r in results if not r.passed and r.severity == "error"]
    warns = [r for r in results if not r.passed and r.severity == "warn"]
    status = "failed" if errors else ("warn" if warns else "ok")
    message = "; ".join(f"{r.name}: {r.failing_rows} rows (e.g. {', '.join(r.sample)})"
                        for r in errors + warns)
    return status, message
