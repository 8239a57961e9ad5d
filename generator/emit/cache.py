"""Formatted sources remembered by key, in one SQLite file, so regeneration formats only what
changed.

One file, not one per entry: a large SDK has thousands of sources, and creating, renaming and
opening thousands of small files costs seconds on a busy disk, where one query costs
milliseconds. SQLite's transactions keep the file whole when a run is interrupted and let runs
share it. The cache is only ever a shortcut: deleted, unreadable or unwritable, it costs time,
never a wrong byte (an entry is the formatter's output for exactly the source its key hashes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from contextlib import closing
from pathlib import Path

FILE_NAME = "formatted.sqlite3"
_CHUNK = 500  # keys per query, far below SQLite's limit on parameters
_WAIT_S = 30.0  # for another run writing the same cache


class FormatCache:
    """The cache in `folder` (created when first written)."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / FILE_NAME

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """The entries held for `keys` (those it holds)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted or not self.file.is_file():
            return {}
        found: dict[str, str] = {}
        try:
            with closing(self._connect()) as connection:
                for start in range(0, len(wanted), _CHUNK):
                    chunk = wanted[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = connection.execute(
                        f"SELECT key, text FROM formatted WHERE key IN ({marks})", chunk
                    )
                    found.update((key, text) for key, text in rows)
        except sqlite3.Error:
            return {}  # unreadable (not a database, locked too long): formatted again
        return found

    def put_many(self, entries: Mapping[str, str]) -> None:
        """Remember `entries`, all or none."""
        if not entries:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as connection, connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO formatted (key, text) VALUES (?, ?)",
                    entries.items(),
                )
        except (sqlite3.Error, OSError):
            pass  # a cache that cannot be written only makes the next run slower

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.file, timeout=_WAIT_S)
        connection.execute(
            "CREATE TABLE IF NOT EXISTS formatted (key TEXT PRIMARY KEY, text TEXT NOT NULL)"
        )
        return connection
