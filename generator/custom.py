"""Hand-written code that survives regeneration: custom regions inside generated files.

Generated files carry empty, named regions at fixed anchors (the end of every client class and of
every resource README). Whatever a provider writes between a region's markers is carried, byte for
byte, into the same region of the regenerated file. A region whose anchor no longer exists (its
operation or resource was removed from the spec) is a conflict: generation stops and names it, so
custom code is never dropped silently. Whole files the generator did not write (custom modules)
are kept by the writer; see `write.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import GeneratorError, Location
from .write import read_manifest

# `# @custom-begin NAME` … `# @custom-end NAME` in Python, `<!-- @custom-begin NAME -->` in markdown.
_REGION = re.compile(
    r"^(?P<indent>[ \t]*)(?P<open>#|<!--) @custom-begin (?P<name>[\w.-]+)[^\n]*\n"
    r"(?P<body>.*?)"
    r"^[ \t]*(?:#|<!--) @custom-end (?P=name)(?: -->)?$",
    re.MULTILINE | re.DOTALL,
)


class CustomCodeConflict(GeneratorError):
    """Custom code whose anchor is gone from the regenerated SDK."""


@dataclass(frozen=True)
class Region:
    name: str
    body: str  # the text between the markers, exactly as on disk


def regions(text: str) -> dict[str, Region]:
    return {
        m.group("name"): Region(m.group("name"), m.group("body")) for m in _REGION.finditer(text)
    }


def fill(text: str, bodies: dict[str, str]) -> str:
    """`text` with the named regions' bodies replaced."""

    def replace(match: re.Match[str]) -> str:
        body = bodies.get(match.group("name"))
        if body is None:
            return match.group(0)
        start, end = match.span("body")
        whole_start = match.start()
        return match.group(0)[: start - whole_start] + body + match.group(0)[end - whole_start :]

    return _REGION.sub(replace, text)


def carry_over(files: dict[str, str], out: Path) -> dict[str, str]:
    """The new files with the custom code of the files already in `out` filled in.

    Raises CustomCodeConflict, listing every region that has custom code but no place to go.
    """
    result = dict(files)
    conflicts: list[str] = []
    for path in sorted(files.keys() | _files_with_regions(out)):
        old_file = out / path
        if not old_file.is_file():
            continue
        try:
            old_regions = regions(old_file.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        kept = {name: r.body for name, r in old_regions.items() if r.body.strip()}
        if not kept:
            continue
        new_text = files.get(path)
        anchors = regions(new_text) if new_text is not None else {}
        missing = sorted(name for name in kept if name not in anchors)
        conflicts.extend(f"{path}: region {name!r}" for name in missing)
        if new_text is not None:
            result[path] = fill(new_text, {n: b for n, b in kept.items() if n in anchors})
    if conflicts:
        raise CustomCodeConflict(
            "custom code would lose its place in the regenerated SDK (its operation or "
            "resource is gone); move it, or delete it from the old file, then generate again:\n  "
            + "\n  ".join(conflicts),
            Location(str(out)),
        )
    return result


def _files_with_regions(out: Path) -> set[str]:
    """Files the generator wrote last time (custom modules are the user's own, not regions)."""
    return read_manifest(out) or set() if out.is_dir() else set()
