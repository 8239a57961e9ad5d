"""Stage times and counters: printed to a terminal, nothing otherwise."""

from __future__ import annotations

import io

from generator.progress import SILENT, Progress


def test_each_stage_is_printed_with_its_time_when_it_ends() -> None:
    stream = io.StringIO()
    progress = Progress(stream)
    with progress.stage("validate"):
        assert stream.getvalue() == ""
    line = stream.getvalue()
    assert line.startswith("\r\x1b[Kvalidate ") and line.endswith(" s\n")


def test_counters_only_for_stages_large_enough_to_watch() -> None:
    stream = io.StringIO()
    progress = Progress(stream)
    with progress.stage("build"):
        for done in range(1, 51):
            progress.step(done, 50)
        assert stream.getvalue() == ""
        for done in range(1, 649):
            progress.step(done, 648)
        counters = stream.getvalue()
    assert counters.count("\r\x1b[Kbuild") >= 2  # the first and the last, at least
    assert counters.endswith("648/648")
    assert counters.count("/648") < 648  # throttled, not one line per operation


def test_silent_progress_writes_nothing_anywhere() -> None:
    with SILENT.stage("load"):
        SILENT.step(500, 500)
    assert SILENT.stream is None
