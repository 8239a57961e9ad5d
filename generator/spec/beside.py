"""A yes/no check run in a child process beside the caller's own work, on a second CPU.

A cold run of a large spec spends seconds in openapi-spec-validator while nothing else needs its
verdict until the end: forked, the check runs while the model is built and rendered. The child
answers one byte ("passed" or not) through a pipe; a child that fails in any way answers "not
passed", so the caller falls back to doing the work itself, in order. Only where `os.fork`
exists and the process may run on more than one CPU: elsewhere `start` returns None.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

_PASSED = b"1"


def cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Beside:
    """A forked child computing `check()`; `passed()` waits for its answer."""

    def __init__(self, check: Callable[[], bool]) -> None:
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answer, then leave without running the parent's cleanup
            answer = b"0"
            try:
                os.close(reader)
                answer = _PASSED if check() else b"0"
            except BaseException:  # noqa: BLE001 - any failure is "not passed"
                pass
            finally:
                try:
                    os.write(writer, answer)
                finally:
                    os._exit(0)
        os.close(writer)
        self._reader = reader
        self._pid: int | None = pid
        self._answer: bool | None = None

    def passed(self) -> bool:
        """The child's verdict (False if it died without one); waits for it."""
        if self._answer is None:
            with os.fdopen(self._reader, "rb") as answer:
                self._answer = answer.read() == _PASSED
            self._reap()
        return self._answer

    def failed_already(self) -> bool:
        """Whether the child has answered "not passed" by now (it is not waited for)."""
        if self._answer is None and self._pid is not None:
            pid, _ = os.waitpid(self._pid, os.WNOHANG)
            if pid == 0:
                return False
            self._pid = None  # reaped: its answer is in the pipe
            with os.fdopen(self._reader, "rb") as answer:
                self._answer = answer.read() == _PASSED
        return self._answer is False

    def close(self) -> None:
        """Stop the child if it still runs (the caller gave up on its verdict)."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._reap()
            if self._answer is None:
                os.close(self._reader)
                self._answer = False

    def _reap(self) -> None:
        if self._pid is not None:
            os.waitpid(self._pid, 0)
            self._pid = None


def start(check: Callable[[], bool]) -> Beside | None:
    """`check` started in a child process, or None where there is no fork or no second CPU."""
    if not hasattr(os, "fork") or cpus() < 2:
        return None
    return Beside(check)
