"""An output folder as one run finds it, each file read at most once.

Carrying custom code over reads every file the generator wrote last time (for its regions), and
updating the folder in place reads every file again (is it already what would be written?): on
a large SDK, thousands of files read twice in a regeneration that writes a few. What is read the
first time is kept for the second. The folder is not expected to change between the two: the
writer still checks each file's kind and size as it finds them.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class OutputFolder:
    """The files of `path`, by relative path, read on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._read: dict[str, bytes | None] = {}

    def __str__(self) -> str:
        return str(self.path)

    def regular_bytes(self, relative: str) -> bytes | None:
        """The bytes of the file if it is a regular file (or a link to one), else None (as
        `Path.is_file()` tells: a path that is not there, or leads nowhere)."""
        if relative not in self._read:
            self._read[relative] = _regular_file_bytes(os.path.join(self.path, relative))
        return self._read[relative]

    def holds(self, relative: str, data: bytes) -> bool:
        """Whether the file is a regular file (not a link) with exactly `data` in it."""
        try:
            found = os.lstat(os.path.join(self.path, relative))
        except OSError:
            return False
        if not stat.S_ISREG(found.st_mode) or found.st_size != len(data):
            return False
        try:
            return self.regular_bytes(relative) == data
        except OSError:
            return False


def _regular_file_bytes(file: str) -> bytes | None:
    try:
        if not stat.S_ISREG(os.stat(file).st_mode):
            return None
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return None
        raise
    with open(file, "rb") as handle:
        return handle.read()
