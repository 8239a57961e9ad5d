"""What a run tells its user while it works: each stage with its time, and progress on large specs.

Only on a terminal (stderr), and not with `--quiet`; in CI and in tests a run prints its summary
and nothing else.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import TextIO

# Below this many items a stage is over before a counter could be read.
_COUNT_FROM = 200


class Progress:
    """Reports stages to `stream`, or nothing when it is None."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream
        self._stage = ""
        self._last_tick = 0.0

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time one stage: `validate … 2.81 s` once it is done."""
        self._stage = name
        started = time.perf_counter()
        yield
        if self.stream is not None:
            elapsed = time.perf_counter() - started
            self.stream.write(f"\r\x1b[K{name:<10} {elapsed:6.2f} s\n")
            self.stream.flush()

    def step(self, done: int, total: int) -> None:
        """Within a stage: `build 120/648`, rewritten in place at most ten times a second."""
        if self.stream is None or total < _COUNT_FROM:
            return
        now = time.perf_counter()
        if done < total and now - self._last_tick < 0.1:
            return
        self._last_tick = now
        self.stream.write(f"\r\x1b[K{self._stage:<10} {done}/{total}")
        self.stream.flush()


SILENT = Progress()
