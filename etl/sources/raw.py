"""Raw responses of accepted articles (and of feeds, lists, dumps), kept gzip-compressed.

Files are named by the SHA-256 of their bytes, so keeping the same response
twice writes nothing new, and a re-run re-reads them instead of fetching.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path


class RawStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def put(self, body: bytes, suffix: str = "html") -> str:
        """Keep `body`; returns its raw_ref (the absolute path of the .gz file)."""
        digest = hashlib.sha256(body).hexdigest()
        path = self.root / digest[:2] / f"{digest}.{suffix}.gz"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename: a crash never leaves a truncated file under the final name.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as gz:
                gz.write(body)
            os.replace(tmp, path)
        return str(path)

    @staticmethod
    def get(raw_ref: str) -> bytes | None:
        """The kept bytes, or None when the file is gone (the caller fetches again)."""
        try:
            with gzip.open(raw_ref, "rb") as handle:
                return handle.read()
        except (OSError, EOFError):
            return None
