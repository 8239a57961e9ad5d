"""What a run prints: stage times on a terminal, only the summary with --quiet or in a pipe."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.cli import main


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


SPEC = Path(__file__).resolve().parents[2] / "spec" / "magic-hour.json"
STAGES = ("load", "refs", "validate", "build", "render", "format", "write")


def run(monkeypatch: pytest.MonkeyPatch, stream: io.StringIO, *flags: str, out: Path) -> str:
    monkeypatch.setattr("sys.stderr", stream)
    assert main(["generate", str(SPEC), "--out", str(out), *flags]) == 0
    return stream.getvalue()


def test_a_terminal_sees_each_stage_with_its_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = run(monkeypatch, Terminal(), out=tmp_path / "sdk")
    lines = [line.removeprefix("\r\x1b[K") for line in printed.split("\n")]
    assert [line.split()[0] for line in lines[: len(STAGES)]] == list(STAGES)
    assert all(line.endswith(" s") for line in lines[: len(STAGES)])
    assert "operations" in lines[len(STAGES)]  # then the summary


@pytest.mark.parametrize(("stream", "flags"), [(Terminal(), ("--quiet",)), (io.StringIO(), ())])
def test_quiet_or_not_a_terminal_prints_the_summary_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stream: io.StringIO, flags: tuple[str, ...]
) -> None:
    printed = run(monkeypatch, stream, *flags, out=tmp_path / "sdk")
    assert printed.startswith("Magic Hour API 1.0.0: 36 operations")
    assert "\x1b[K" not in printed
