"""`python -m etl sql`: read-only SQL on the warehouse, one query or an interactive prompt.

DuckDB lets one process write or many read a file. Every query here opens a
read-only connection (waiting with backoff, up to ETL_LOCK_WAIT seconds, while a
load holds the write lock) and closes it as soon as its rows are fetched, so an
analyst's prompt left open between queries never blocks the loader.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.config import load_settings
from etl.load import WarehouseLocked, connect

HISTORY_FILE = Path.home() / ".conflict_warehouse_sql_history"
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


def configure_sql(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", help="SQL to run (read-only); omit with --file or --interactive")
    parser.add_argument("--file", "-f", type=Path, help="run the SQL in this file (e.g. sql/examples/*.sql)")
    parser.add_argument("--interactive", "-i", action="store_true", help="open a read-only SQL prompt")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument("--max-rows", type=int, default=100, help="rows shown in table format")


def run_sql(args: argparse.Namespace) -> int:
    if args.interactive:
        return interactive(args.max_rows)
    sql = args.file.read_text(encoding="utf-8") if args.file else args.query
    if not sql:
        print("give a query, --file FILE or --interactive", file=sys.stderr)
        return 2
    try:
        result = read_query(sql)
    except (WarehouseLocked, FileNotFoundError) as exc:
        print(exc, file=sys.stderr)
        return 3 if isinstance(exc, WarehouseLocked) else 1
    except duckdb.Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_result(result, args.format, args.max_rows)
    return 0


HELP = """Read-only SQL on the warehouse. End a statement with ';'. Commands:
  .tables          tables and views        .schema NAME     columns of a table or view
  .help            this text               .quit            leave (or Ctrl-D)
Start with: SELECT * FROM events_monthly ORDER BY month DESC LIMIT 20;
Views: acled_events, events_monthly, fatalities_by_admin1, actor_dyads, hotspots,
       hotspots_between(start, end), source_coverage, recent_events. Examples: sql/examples/"""

META = {
    ".tables": "SELECT table_name, table_type FROM information_schema.tables "
               "WHERE table_schema = 'main' ORDER BY table_type, table_name",
    ".schema": "SELECT column_name, data_type FROM information_schema.columns "
               "WHERE table_schema = 'main' AND table_name = $name ORDER BY ordinal_position",
}


def _run_and_print(sql: str, params: dict | None, max_rows: int) -> None:
    try:
        write_result(read_query(sql, params), "table", max_rows)
    except (WarehouseLocked, FileNotFoundError, duckdb.Error) as exc:
        print(f"error: {exc}")


def interactive(max_rows: int = 100) -> int:
    """A small REPL with readline history; one short-lived connection per statement."""
    try:
        import readline
        readline.set_history_length(1000)
        if HISTORY_FILE.exists():
            readline.read_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        readline = None
    print(f"warehouse: {load_settings().warehouse} (read-only)\n{HELP}")
    buffer: list[str] = []
    while True:
        try:
            line = input("sql> " if not buffer else "...> ")
        except EOFError:
            print()
            break
        except KeyboardInterrupt:
            print()
            buffer = []
            continue
        stripped = line.strip()
        if not buffer and stripped.startswith("."):
            command, _, arg = stripped.partition(" ")
            if command in (".quit", ".exit"):
                break
            if command == ".help":
                print(HELP)
            elif command == ".tables":
                _run_and_print(META[".tables"], None, 1000)
            elif command == ".schema" and arg:
                _run_and_print(META[".schema"], {"name": arg.strip().rstrip(";")}, 1000)
            else:
                print(f"unknown command {stripped!r}; .help lists them")
            continue
        if stripped:
            buffer.append(line)
        if stripped.endswith(";"):
            _run_and_print("\n".join(buffer), None, max_rows)
            buffer = []
    if readline is not None:
        try:
            readline.write_history_file(HISTORY_FILE)
        except OSError:
            pass
    return 0
