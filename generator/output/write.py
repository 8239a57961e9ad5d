"""Write an SDK into its output folder atomically, keeping files the generator did not write.

The files are written to a staging folder beside the target and swapped in with two renames only
when all of them are on disk; any failure before that leaves the previous output untouched.
A manifest lists what the generator wrote, so the next run knows which other files are the user's
(those are carried over, never deleted) and refuses a non-empty folder that is not its output.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ..errors import GeneratorError, Location, UsageError

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
    """Refuse any path that could land outside the output folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(p in ("", ".", "..") for p in pure.parts):
        raise GeneratorError(f"refusing to write {path!r}: not a plain relative path")
    if "\\" in path or "\x00" in path:
        raise GeneratorError(f"refusing to write {path!r}: not a plain relative path")


def write_output(
    files: dict[str, str],
    out: Path,
    *,
    force: bool = False,
    before_swap: Callable[[Path], None] | None = None,
) -> None:
    """Replace `out` with `files` (plus the manifest); user files in `out` survive."""
    out = out.absolute()
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


def _carry_over_user_files(out: Path, staging: Path, *, generated: set[str], new: set[str]) -> None:
    for source in sorted(out.rglob("*")):
        relative = source.relative_to(out).as_posix()
        if source.is_dir() or relative in generated:
            continue
        parts = source.relative_to(out).parts
        if any(p in _TOOL_LITTER or p.endswith(".egg-info") for p in parts[:-1]):
            continue
        if source.suffix == ".pyc":
            continue
        if relative in new:
            raise GeneratorError(
                f"the SDK now has a generated file at {relative}, where a file of yours is; "
                "move yours elsewhere (it was not overwritten) and generate again",
                Location(str(source)),
            )
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
