"""`python -m etl`: the pipeline's stages without Airflow.

Subcommands live in the modules that own them; this file only wires them.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from datetime import date

# name -> (module, configure function, run function, help)
COMMANDS = {
    "init": ("etl.cli_run", "configure_init", "run_init", "create or migrate the warehouse"),
    "run": ("etl.cli_run", "configure_run", "run_run", "run the pipeline, one interval per day"),
    "extract": ("etl.extract_cli", "configure_extract", "run_extract", "extract events from a JSONL file"),
    "evaluate": ("etl.extract_cli", "configure_evaluate", "run_evaluate", "score the extractor on an ACLED export"),
    "train": ("etl.extract_cli", "configure_train", "run_train", "fit a classifier on your own ACLED export"),
    "export": ("etl.export", "configure_export", "run_export", "write an ACLED-compatible CSV or Parquet file"),
    "sql": ("etl.query", "configure_sql", "run_sql", "run a read-only SQL query on the warehouse"),
    "summary": ("etl.cli_run", "configure_summary", "run_summary", "print what the warehouse holds"),
}


def iso_day(value: str) -> date:
    """argparse type for a YYYY-MM-DD day, shared by the subcommands."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    runners = {}
    for name, (module_name, configure, run, help_text) in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # a command whose module is not part of this build
        if not hasattr(module, configure):
            continue
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        getattr(module, configure)(sub_parser)
        runners[name] = getattr(module, run)
    return parser, runners


def main(argv: list[str] | None = None) -> int:
    parser, runners = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(runners[args.command](args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
