"""YAML documents remembered parsed, by their text: a regeneration reads its JSON back.

Reading YAML costs: a 2 MB spec takes a tenth of a second through rapidyaml (parse, write JSON,
read it), seconds through the careful libyaml path, where `json.loads` of the same data takes a
hundredth. So the data read from a YAML text is kept as JSON under a key over the text and over
what reads it (`load.py`'s source, the YAML libraries' versions), and a text met again is read
from there. Only data that JSON gives back exactly is kept (string keys, no NaN: anything else
is parsed every time), and only once the text was read without a problem: a text that fails
fails every time, with its message. The folder is safe to delete; a file that cannot be read is
as if absent.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

# Raise when what is kept, or how it is keyed, changes.
CACHE_VERSION = "1"
MAX_KEPT = 8  # documents (a large spec's data takes a few megabytes)
_READERS = ("load.py",)  # the modules whose rules decide what a text reads as


@functools.cache
def _salt() -> bytes:
    hasher = hashlib.sha256(f"{CACHE_VERSION}|{version('PyYAML')}|{version('rapidyaml')}".encode())
    for name in _READERS:
        hasher.update(Path(__file__).with_name(name).read_bytes())
    return hasher.digest()


class ParsedCache:
    """The data of the YAML texts read lately, in `folder` (None: nothing is kept)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _file(self, text: str) -> Path | None:
        if self.folder is None:
            return None
        hasher = hashlib.sha256(_salt())
        hasher.update(text.encode("utf-8", "surrogatepass"))
        return self.folder / f"{hasher.hexdigest()[:40]}.json"

    def get(self, text: str) -> Any:
        """The data `text` was read as, or None when it is not kept."""
        file = self._file(text)
        if file is None:
            return None
        try:
            data = json.loads(file.read_bytes())
        except (OSError, ValueError):
            return None
        try:
            os.utime(file)  # recently used: kept the longest
        except OSError:
            pass
        return data

    def put(self, text: str, data: Any) -> None:
        """Keep `data`, read from `text`, if JSON gives it back exactly."""
        file = self._file(text)
        if file is None:
            return
        try:
            written = json.dumps(data, separators=(",", ":"))  # ASCII: lone surrogates too
            exact = json.loads(written) == data
        except (TypeError, ValueError, RecursionError):
            return
        if not exact:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            # Written beside, then renamed: a reader never sees half a file.
            with tempfile.NamedTemporaryFile(
                "wb", dir=file.parent, delete=False, suffix=".tmp"
            ) as handle:
                handle.write(written.encode("ascii"))
            os.replace(handle.name, file)
            _prune(file.parent)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower


def _prune(folder: Path) -> None:
    kept = sorted(folder.glob("*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in kept[MAX_KEPT:]:
        old.unlink(missing_ok=True)


def default_folder(format_cache: Path) -> Path:
    """Beside the format cache (whose folder `SDK_GENERATOR_CACHE_DIR` names)."""
    return format_cache.parent / "parsed"
