"""Writing an SDK (`generator/output/write.py`): atomically, keeping the user's files.

A failure at any point before the swap (a full disk, an interrupt, a failed rename or copy)
leaves the previous output byte-identical and nothing beside it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.errors import GeneratorError, UsageError
from generator.output.write import (
    MANIFEST,
    check_relative,
    manifest_text,
    read_manifest,
    with_manifest,
    write_output,
)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _files(version: str) -> dict[str, str]:
    files = {f"pkg/mod_{i}.py": f"VERSION = {version!r}\nINDEX = {i}\n" for i in range(12)}
    files.update(
        {
            "pkg/__init__.py": f'"""Version {version}."""\n',
            "pkg/sub/deep/__init__.py": "",
            "pkg/sub/deep/leaf.py": f"LEAF = {version!r}\n",
            "README.md": f"# SDK {version}\n",
            "pyproject.toml": f'[project]\nversion = "{version}"\n',
        }
    )
    return files


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "generated"
    write_output(_files("1"), out)
    (out / "user-notes.md").write_text("mine\n", encoding="utf-8")
    (out / "pkg" / "user_plugin.py").write_text("MINE = True\n", encoding="utf-8")
    return out, _snapshot(out)


def _assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert _snapshot(out) == before
    leftovers = sorted(p.name for p in out.parent.iterdir() if p != out)
    assert leftovers == [], f"left beside the output: {leftovers}"


class Injected(Exception):
    pass


def test_failure_before_swap_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]],
) -> None:
    out, before = previous
    seen: list[Path] = []

    def boom(staging: Path) -> None:
        seen.append(staging)
        assert (
            (staging / "pkg" / "mod_0.py").read_text(encoding="utf-8").startswith("VERSION = '2'")
        )
        raise Injected("before swap")

    with pytest.raises(Injected):
        write_output(_files("2"), out, before_swap=boom)
    assert seen and not seen[0].exists()
    _assert_untouched(out, before)


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left"), KeyboardInterrupt()])
# Version 2 changes 16 of the 18 files (one module and the manifest stay): 15 is the last write.
@pytest.mark.parametrize("after", [0, 1, 7, 15])
@pytest.mark.parametrize("method", ["write_text", "open"])
def test_failure_half_way_through_writing_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    after: int,
    error: BaseException,
) -> None:
    out, before = previous
    original: Callable[..., Any] = getattr(Path, method)
    written: list[Path] = []

    def failing(self: Path, *args: Any, **kwargs: Any) -> Any:
        mode = args[0] if method == "open" and args else kwargs.get("mode", "r")
        if method == "write_text" or any(c in str(mode) for c in "wax+"):
            if len(written) >= after:
                raise error
            written.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, failing)
    with pytest.raises(type(error)):
        write_output(_files("2"), out)
    monkeypatch.undo()
    assert len(written) == after
    _assert_untouched(out, before)


@pytest.mark.parametrize("fail_at", [0, 1, 5, 13])
def test_failure_while_swapping_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    """One rename out of the staging folder fails: the first, or one after others were done
    (the files already renamed into place are put back)."""
    out, before = previous
    original = os.replace
    renamed: list[str] = []

    def failing_replace(source: Any, target: Any) -> None:
        if any(part.startswith(f".{out.name}.new-") for part in Path(source).parts):
            if len(renamed) == fail_at:
                renamed.append("failed")
                raise OSError(errno.EXDEV, "Invalid cross-device link")
            renamed.append(str(source))
        original(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_output(_files("2"), out)
    monkeypatch.undo()
    assert renamed.index("failed") == fail_at
    _assert_untouched(out, before)


def test_failure_while_swapping_a_fresh_folder_in_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    original = os.replace

    def failing_replace(source: Any, target: Any) -> None:
        if Path(source).name.startswith(f".{out.name}.new-"):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        original(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_output(_files("2"), out)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_failure_carrying_user_files_over_keeps_previous_output(
    previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With custom code to check (`before_swap`), the whole new SDK is staged, the user's
    files copied into it."""
    import shutil

    out, before = previous

    def failing_copy(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(shutil, "copy2", failing_copy)
    with pytest.raises(PermissionError):
        write_output(_files("2"), out, before_swap=lambda staging: None)
    monkeypatch.undo()
    _assert_untouched(out, before)


def test_successful_write_replaces_generated_files_and_keeps_user_files(
    previous: tuple[Path, dict[str, bytes]],
) -> None:
    out, before = previous
    write_output(_files("2"), out)
    after = _snapshot(out)
    assert after["user-notes.md"] == before["user-notes.md"]
    assert after["pkg/user_plugin.py"] == before["pkg/user_plugin.py"]
    assert after["pkg/mod_3.py"] == b"VERSION = '2'\nINDEX = 3\n"
    assert not [p for p in out.parent.iterdir() if p != out]


def test_regeneration_writes_only_the_files_whose_bytes_change(
    previous: tuple[Path, dict[str, bytes]],
) -> None:
    out, _ = previous
    files = _files("1")
    untouched = {p: (out / p).stat().st_ino for p in files}
    files["pkg/mod_3.py"] = "CHANGED = True\n"
    files["pkg/new/added.py"] = "ADDED = True\n"
    del files["pkg/sub/deep/leaf.py"], files["pkg/sub/deep/__init__.py"]
    write_output(files, out)
    after = _snapshot(out)
    assert after == {
        **{p: t.encode() for p, t in files.items()},
        MANIFEST: manifest_text(list(files)).encode(),
        "user-notes.md": b"mine\n",
        "pkg/user_plugin.py": b"MINE = True\n",
    }
    rewritten = {
        p for p, inode in untouched.items() if p in files and (out / p).stat().st_ino != inode
    }
    assert rewritten == {"pkg/mod_3.py"}
    assert not (out / "pkg" / "sub").exists()  # emptied by the removal
    assert not [p for p in out.parent.iterdir() if p != out]


def test_a_folder_where_a_generated_file_now_goes_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/thing/__init__.py": "", "pkg/a.py": ""}, out)
    write_output({"pkg/thing": "THING = 1\n", "pkg/a.py": ""}, out)
    assert _snapshot(out)["pkg/thing"] == b"THING = 1\n"


def test_a_generated_folder_named_like_tool_litter_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    files = {"pkg/resources/build/__init__.py": "", "pkg/a.py": ""}
    write_output(files, out)
    (out / "pkg" / "resources" / "build" / "__pycache__").mkdir()
    (out / "pkg" / "resources" / "build" / "__pycache__" / "x.pyc").write_bytes(b"")
    write_output({**files, "pkg/a.py": "A = 1\n"}, out)
    assert sorted(_snapshot(out)) == [MANIFEST, "pkg/a.py", "pkg/resources/build/__init__.py"]


# -- the manifest and the paths it lists ----------------------------------------------------------


def test_the_manifest_lists_the_generated_files_sorted_under_a_comment(tmp_path: Path) -> None:
    text = manifest_text(["b/x.py", "a.md"])
    assert text.splitlines()[0].startswith("# ")
    assert text.splitlines()[1:] == ["a.md", "b/x.py"]
    assert with_manifest({"b/x.py": "", "a.md": ""})[MANIFEST] == text
    (tmp_path / MANIFEST).write_text(text + "\n# note\n", encoding="utf-8")
    assert read_manifest(tmp_path) == {"a.md", "b/x.py"}
    assert read_manifest(tmp_path / "missing") is None


@pytest.mark.parametrize(
    "path",
    [
        "/etc/passwd",
        "../x.py",
        "a/../../x.py",
        "..",
        "",
        "a\\b.py",
        "a\x00",
        "a//b.py",
        "a/./b.py",
        "a/",
    ],
)
def test_a_path_that_could_leave_the_output_folder_is_refused(path: str) -> None:
    with pytest.raises(GeneratorError, match="not a plain relative path"):
        check_relative(path)


def test_a_plain_relative_path_is_accepted() -> None:
    check_relative("pkg/sub/module.py")
    check_relative(".sdk-generator-manifest")


def test_an_unsafe_path_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(GeneratorError):
        write_output({"ok.py": "", "../escape.py": ""}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# -- what a write keeps and what it refuses -------------------------------------------------------


def test_a_fresh_write_is_exactly_the_files_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "new" / "sdk"
    write_output({"pkg/a.py": "A = 1\r\n", "README.md": "# x\n"}, out)
    assert _snapshot(out) == {
        "pkg/a.py": b"A = 1\r\n",  # written as given: no newline translation
        "README.md": b"# x\n",
        MANIFEST: manifest_text(["README.md", "pkg/a.py"]).encode(),
    }


def test_a_file_no_longer_generated_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/old.py": "", "pkg/kept.py": ""}, out)
    write_output({"pkg/kept.py": "# new\n"}, out)
    assert sorted(_snapshot(out)) == [MANIFEST, "pkg/kept.py"]


def test_a_folder_that_is_not_our_output_is_refused_without_force(tmp_path: Path) -> None:
    out = tmp_path / "project"
    out.mkdir()
    (out / "important.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(UsageError, match="--force") as refused:
        write_output({"pkg/a.py": ""}, out)
    assert "not empty" in str(refused.value) and refused.value.exit_code == 2
    assert _snapshot(out) == {"important.txt": b"keep"}
    write_output({"pkg/a.py": ""}, out, force=True)
    assert (out / "important.txt").read_text(encoding="utf-8") == "keep"
    assert (out / "pkg" / "a.py").exists()


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    out.write_text("a file", encoding="utf-8")
    with pytest.raises(UsageError, match="not a folder"):
        write_output({"a.py": ""}, out)
    assert out.read_text(encoding="utf-8") == "a file"


def test_a_hand_written_file_is_never_overwritten_by_a_new_generated_one(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/__init__.py": ""}, out)
    mine = out / "pkg" / "projects.py"
    mine.write_text("# my own module\n", encoding="utf-8")
    before = _snapshot(out)
    with pytest.raises(GeneratorError, match="file of yours") as refused:
        write_output({"pkg/__init__.py": "", "pkg/projects.py": "# generated\n"}, out)
    assert "pkg/projects.py" in str(refused.value)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


@pytest.mark.parametrize(
    "litter",
    [
        ".mypy_cache/3.11/x.json",
        "pkg/__pycache__/a.cpython-311.pyc",
        ".pytest_cache/v/cache/lastfailed",
        "build/lib/pkg/a.py",
        "pkg.egg-info/PKG-INFO",
        "pkg/stray.pyc",
    ],
)
def test_tool_caches_in_the_output_are_not_kept_as_user_files(tmp_path: Path, litter: str) -> None:
    out = tmp_path / "sdk"
    write_output({"pkg/a.py": ""}, out)
    (out / litter).parent.mkdir(parents=True, exist_ok=True)
    (out / litter).write_text("{}", encoding="utf-8")
    write_output({"pkg/a.py": ""}, out)
    assert sorted(_snapshot(out)) == [MANIFEST, "pkg/a.py"]
