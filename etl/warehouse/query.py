"""Read-only SQL on the warehouse (`python -m etl sql` and its prompt live in etl.cli.sql).

DuckDB lets one process write or many read a file. Every query here opens a
read-only connection (waiting with backoff, up to ETL_LOCK_WAIT seconds, while a
load holds the write lock) and closes it as soon as its rows are fetched, so an
analyst's prompt left open between queries never blocks the loader.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.config import load_settings
from etl.warehouse.load import WarehouseLocked, connect

MAX_CELL = 48  # characters shown per cell in table output


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]


def read_query(sql: str, params: dict | list | None = None, warehouse: Path | None = None,
               wait_s: float | None = None) -> Result:
    """Run one read-only query and return its columns and rows (connection closed after)."""
    settings = load_settings()
    path = warehouse or settings.warehouse
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `make run` or `python -m etl init` first")
    con = connect(path, read_only=True, wait_s=settings.lock_wait_s if wait_s is None else wait_s)
    try:
        cursor = con.execute(sql, params) if params else con.execute(sql)
        if cursor.description is None:
            return Result([], [])
        return Result([d[0] for d in cursor.description], cursor.fetchall())
    finally:
        con.close()


def _cell(value) -> str:
    if isinstance(value, float):
        text = f"{value:.6g}"  # REAL columns would print as 0.8999999761581421
    else:
        text = "NULL" if value is None else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_table(result: Result, max_rows: int = 100) -> str:
    """A plain aligned table, numbers right-aligned, with a row count footer."""
    shown = result.rows[:max_rows]
    cells = [[_cell(v) for v in row] for row in shown]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in shown) and shown
               for i in range(len(result.columns))]

    def line(values):
        return " | ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric))

    out = [line(result.columns), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    more = f" (showing {max_rows})" if len(result.rows) > max_rows else ""
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}{more})")
    return "\n".join(out)


def write_result(result: Result, fmt: str, max_rows: int, stream=sys.stdout) -> None:
    if fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    elif fmt == "json":
        for row in result.rows:
            stream.write(json.dumps(dict(zip(result.columns, row)), default=str, ensure_ascii=False) + "\n")
    else:
        stream.write(format_table(result, max_rows) + "\n")
