"""An output folder as a run finds it: each file read once, however many steps look at it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.output import folder
from generator.output.custom import carry_over
from generator.output.folder import OutputFolder
from generator.output.write import MANIFEST, write_output


def test_a_regeneration_reads_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    files = {
        f"pkg/m{i}.py": f"x = {i}\n# @custom-begin m{i}\n# @custom-end m{i}\n" for i in range(5)
    }
    write_output(files, out)
    read: list[str] = []
    original = folder._regular_file_bytes

    def counted(file: str) -> bytes | None:
        read.append(os.path.relpath(file, out))
        return original(file)

    monkeypatch.setattr(folder, "_regular_file_bytes", counted)
    found = OutputFolder(out)
    changed = {**files, "pkg/m0.py": "x = 'changed'\n# @custom-begin m0\n# @custom-end m0\n"}
    write_output(carry_over(changed, found), found)
    assert sorted(read) == sorted([*files, MANIFEST])  # each once, by both steps
    assert (out / "pkg/m0.py").read_text(encoding="utf-8") == changed["pkg/m0.py"]


def test_a_file_holds_exactly_its_bytes_and_a_link_holds_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"one")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    found = OutputFolder(tmp_path)
    assert found.holds("a.txt", b"one")
    assert not found.holds("a.txt", b"two")
    assert not found.holds("a.txt", b"one!")
    assert found.regular_bytes("link.txt") == b"one"  # read through, as `Path.is_file` says
    assert not found.holds("link.txt", b"one")  # but replaced by a file when written
    assert not found.holds("missing.txt", b"")
    assert found.regular_bytes("missing.txt") is None
