"""The error a source raises when it cannot be read at all (its feed, list or dump)."""
from __future__ import annotations


class SourceError(Exception):
    """A whole source failed; `reason` becomes the Reject's reason."""

    def __init__(self, reason: str, detail: str, ref: str = ""):
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail, self.ref = reason, detail, ref
