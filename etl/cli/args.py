"""Argument types shared by the subcommands."""
from __future__ import annotations

import argparse
from datetime import date


def iso_day(value: str) -> date:
    """argparse type for a YYYY-MM-DD day, shared by the subcommands."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc
