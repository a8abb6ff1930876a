"""The command line, `python -m etl`: the pipeline's stages without Airflow.

Only wiring: each subcommand is a module here (run, extract, export, sql) that
parses arguments and calls the library. May import every other part of etl.
The shared argument type `iso_day` is in etl.cli.args.
"""
from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, configure function, run function, help)
COMMANDS = {
    "init": ("etl.cli.run", "configure_init", "run_init", "create or migrate the warehouse"),
    "run": ("etl.cli.run", "configure_run", "run_run", "run the pipeline, one interval per day"),
    "extract": ("etl.cli.extract", "configure_extract", "run_extract", "extract events from a JSONL file"),
    "evaluate": ("etl.cli.extract", "configure_evaluate", "run_evaluate", "score the extractor on an ACLED export"),
    "train": ("etl.cli.extract", "configure_train", "run_train", "fit a classifier on your own ACLED export"),
    "export": ("etl.cli.export", "configure_export", "run_export", "write an ACLED-compatible CSV or Parquet file"),
    "sql": ("etl.cli.sql", "configure_sql", "run_sql", "run a read-only SQL query on the warehouse"),
    "summary": ("etl.cli.run", "configure_summary", "run_summary", "print what the warehouse holds"),
}


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__.split("\n\n")[0])
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
