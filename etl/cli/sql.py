"""`python -m etl sql`: one read-only query, or an interactive prompt with history.

Each statement opens its own short-lived read-only connection (etl.warehouse.query),
so a prompt left open never blocks the loader.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from etl.config import load_settings
from etl.warehouse.load import WarehouseLocked
from etl.warehouse.query import read_query, write_result

HISTORY_FILE = Path.home() / ".conflict_warehouse_sql_history"


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
