"""Write an SDK into its output folder atomically, keeping files the generator did not write.

A new folder (or one whose custom code must be checked against the whole new SDK) is written to
a staging folder beside the target and swapped in with two renames only when all of its files
are on disk. A folder we wrote before is updated in place: only the files whose bytes change are
written (to a staging folder first), then renamed into place one by one, each old version kept
aside until every rename is done; a failure at any point puts the old versions back. Either way a
failure leaves the previous output untouched, and an unchanged file keeps its bytes and its
modification time: a regeneration after a small change writes a few files, not thousands.
A manifest lists what the generator wrote, so the next run knows which other files are the user's
(those are kept, never deleted) and refuses a non-empty folder that is not its output.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import GeneratorError, Location, UsageError
from .folder import OutputFolder

MANIFEST = ".sdk-generator-manifest"
_MANIFEST_HEADER = (
    "# Files written by the SDK generator; any other file here is yours and is kept.\n"
)


def manifest_text(paths: list[str]) -> str:
    return _MANIFEST_HEADER + "".join(f"{path}\n" for path in sorted(paths))


def read_manifest(folder: Path) -> set[str] | None:
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def with_manifest(files: dict[str, str]) -> dict[str, str]:
    return {**files, MANIFEST: manifest_text(list(files))}


def check_relative(path: str) -> None:
    """Refuse any path that could land outside the output folder, or is not written plainly
    (`a//b`, `a/./b`): each of its parts a name."""
    parts = path.split("/")
    if any(p in ("", ".", "..") for p in parts) or "\\" in path or "\x00" in path:
        raise GeneratorError(f"refusing to write {path!r}: not a plain relative path")


def write_output(
    files: dict[str, str],
    out: Path | OutputFolder,
    *,
    force: bool = False,
    before_swap: Callable[[Path], None] | None = None,
) -> None:
    """Replace `out` with `files` (plus the manifest); user files in `out` survive. Files
    already read through `out` (an OutputFolder) are not read again."""
    found = out if isinstance(out, OutputFolder) else OutputFolder(out)
    out = found.path.absolute()
    previous = read_manifest(out) if out.is_dir() else None
    if out.exists() and not out.is_dir():
        raise UsageError("the output exists and is not a folder", Location(str(out)))
    if out.is_dir() and previous is None and any(out.iterdir()) and not force:
        raise UsageError(
            "the output folder is not empty and was not written by this generator "
            f"(no {MANIFEST}); pass --force to write into it anyway",
            Location(str(out)),
        )
    all_files = with_manifest(files)
    for path in all_files:
        check_relative(path)
    if (
        previous is not None
        and before_swap is None
        and _update_in_place(all_files, found, previous)
    ):
        return

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    try:
        for path, text in all_files.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        if out.is_dir():
            _carry_over_user_files(
                out, staging, generated=(previous or set()) | {MANIFEST}, new=set(all_files)
            )
        if before_swap is not None:
            before_swap(staging)
        if out.is_dir():
            os.replace(out, retired)
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if retired.exists() and not out.exists():
            os.replace(retired, out)
        raise
    shutil.rmtree(retired, ignore_errors=True)


# What tools leave behind in a project folder: neither generated nor the user's own work.
_TOOL_LITTER = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "build"}
)


def _update_in_place(all_files: dict[str, str], found: OutputFolder, previous: set[str]) -> bool:
    """Bring our earlier output in `found` to `all_files`, writing only what changed; False (and
    nothing done) when a file must go where a folder is, which only a whole swap can do."""
    out = found.path.absolute()
    generated = previous | {MANIFEST}
    changed: dict[str, str] = {}
    for path, text in all_files.items():
        if path not in generated and _present(out / path):
            raise _users_file_in_the_way(path, out / path)
        if not _holds(found, path, text):
            if not _room_for_a_file(out / path, out):
                return False
            changed[path] = text
    removed = sorted(p for p in generated - all_files.keys() if _present(out / p))
    litter = _tool_litter(out, all_files.keys())
    if not changed and not removed and not litter:
        return True
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for path, text in changed.items():
            target = staging / "new" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        _swap_in(changed, removed, out, staging)
        for path in removed:  # folders emptied by a removal go too; a user's file keeps its own
            _remove_empty_folders((out / path).parent, out)
        for place in litter:
            if place.is_dir() and not place.is_symlink():
                shutil.rmtree(place, ignore_errors=True)
            else:
                place.unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def _present(file: Path) -> bool:
    """A file or a link (even a broken one) is there; a folder is not a file."""
    return file.is_symlink() or file.is_file()


def _holds(found: OutputFolder, path: str, text: str) -> bool:
    """Whether the file at `path` is a regular file with exactly `text` in it, as it would be
    written."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return found.holds(path, data)


def _room_for_a_file(target: Path, out: Path) -> bool:
    """Whether a file can be renamed to `target`: no folder there, no file where a folder of
    its path must be."""
    if target.is_dir() and not target.is_symlink():
        return False
    folder = target.parent
    while folder != out:
        if folder.exists() or folder.is_symlink():
            return folder.is_dir() and not folder.is_symlink()
        folder = folder.parent
    return True


def _swap_in(changed: dict[str, str], removed: list[str], out: Path, staging: Path) -> None:
    """Rename each staged file into `out` and each removed one aside; on any failure, every
    file already moved goes back where it was."""
    kept_aside = staging / "old"
    done: list[tuple[str, bool, bool]] = []  # (path, an old version is aside, a new one is in)
    try:
        for path in removed:
            _move(out / path, kept_aside / path)
            done.append((path, True, False))
        for path in changed:
            target = out / path
            had_old = _present(target)
            if had_old:
                _move(target, kept_aside / path)
            done.append((path, had_old, False))
            _move(staging / "new" / path, target)
            done[-1] = (path, had_old, True)
    except BaseException:
        for path, had_old, new_in in reversed(done):
            if new_in:
                (out / path).unlink(missing_ok=True)
            if had_old:
                _move(kept_aside / path, out / path)
            elif not new_in:
                continue
            _remove_empty_folders((out / path).parent, out)
        raise


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def _remove_empty_folders(folder: Path, out: Path) -> None:
    while folder != out and folder.is_relative_to(out):
        try:
            folder.rmdir()
        except OSError:  # not empty (or already gone): the folders above are not empty either
            return
        folder = folder.parent


def _users_file_in_the_way(relative: str, source: Path) -> GeneratorError:
    return GeneratorError(
        f"the SDK now has a generated file at {relative}, where a file of yours is; "
        "move yours elsewhere (it was not overwritten) and generate again",
        Location(str(source)),
    )


def _tool_litter(out: Path, paths: Iterable[str]) -> list[Path]:
    """What tools left in the output (caches, build folders, stray `.pyc` files): neither
    generated nor the user's own work, so not kept, as a whole swap would not keep them. A
    folder that holds generated files (a resource named `build`) is no litter."""
    ours = set()
    for path in paths:  # plain relative paths (`check_relative`): each folder above each file
        folder = path.rpartition("/")[0]
        while folder and folder not in ours:
            ours.add(folder)
            folder = folder.rpartition("/")[0]
    found: list[Path] = []
    for folder, folders, names in os.walk(out):
        here = Path(folder)
        for name in list(folders):
            if _is_litter_folder(name) and (here / name).relative_to(out).as_posix() not in ours:
                found.append(here / name)
                folders.remove(name)
        found.extend(here / name for name in names if name.endswith(".pyc"))
    return sorted(found)


def _is_litter_folder(name: str) -> bool:
    return name in _TOOL_LITTER or name.endswith(".egg-info")


def _carry_over_user_files(out: Path, staging: Path, *, generated: set[str], new: set[str]) -> None:
    for source in sorted(out.rglob("*")):
        relative = source.relative_to(out).as_posix()
        if source.is_dir() or relative in generated:
            continue
        parts = source.relative_to(out).parts
        if any(_is_litter_folder(p) for p in parts[:-1]):
            continue
        if source.suffix == ".pyc":
            continue
        if relative in new:
            raise _users_file_in_the_way(relative, source)
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
