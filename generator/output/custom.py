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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeneratorError, Location
from .folder import OutputFolder
from .write import read_manifest

# `# @custom-begin NAME …` … `# @custom-end NAME` in Python, `<!-- @custom-begin NAME -->` in
# markdown. Spec text can never form a marker: the escaping filters break up "@custom-".
_MARKER = re.compile(
    r"^[ \t]*(?:#|<!--)[ \t]*@custom-(?P<kind>begin|end)[ \t]+(?P<name>[\w.-]+)", re.MULTILINE
)


class CustomCodeConflict(GeneratorError):
    """Custom code that cannot be carried over safely: its anchor is gone, or its markers broke."""


@dataclass(frozen=True)
class Region:
    name: str
    body: str  # the text between the marker lines, exactly as on disk
    begin: int  # index of the begin marker's line
    end: int  # index of the end marker's line


def regions(text: str, path: str = "<text>") -> dict[str, Region]:
    """The regions of a file; any marker that does not pair up cleanly is a conflict."""
    if "@custom-" not in text:  # no marker at all (most files)
        return {}
    found: dict[str, Region] = {}
    open_name: str | None = None
    open_line = body_start = 0
    line = counted = 0  # the line of `counted`, a position at a line's start
    for match in _markers(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        kind, name = match.group("kind"), match.group("name")
        if kind == "begin":
            if open_name is not None:
                raise _broken(path, line, f"region {name!r} begins inside region {open_name!r}")
            if name in found:
                raise _broken(path, line, f"a second region named {name!r}")
            open_name, open_line = name, line
            after = text.find("\n", match.end())
            body_start = len(text) if after < 0 else after + 1
        else:
            if open_name != name:
                raise _broken(path, line, f"`@custom-end {name}` closes no open region {name!r}")
            found[name] = Region(name, text[body_start : match.start()], open_line, line)
            open_name = None
    if open_name is not None:
        raise _broken(path, open_line, f"region {open_name!r} has no `@custom-end {open_name}`")
    return found


def _markers(text: str) -> Iterator[re.Match[str]]:
    """The marker lines of `text`, each matched from its line's start ("\n" ends a line): only
    the lines that hold `@custom-` are looked at."""
    at = text.find("@custom-")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        match = _MARKER.match(text, line_start)
        if match is not None:
            yield match
        line_end = text.find("\n", at)
        at = -1 if line_end < 0 else text.find("@custom-", line_end)


def _broken(path: str, index: int, problem: str) -> CustomCodeConflict:
    return CustomCodeConflict(
        f"custom code markers are broken, so the code between them cannot be kept safely: "
        f"{problem}; repair the markers and generate again",
        Location(path, "", index + 1),
    )


def fill(text: str, bodies: dict[str, str], path: str = "<text>") -> str:
    """`text` with the named regions' bodies replaced."""
    lines = _lines(text)
    for region in sorted(regions(text, path).values(), key=lambda r: r.begin, reverse=True):
        body = bodies.get(region.name)
        if body is not None:
            lines[region.begin + 1 : region.end] = [body] if body else []
    return "".join(lines)


def carry_over(files: dict[str, str], out: Path | OutputFolder) -> dict[str, str]:
    """The new files with the custom code of the files already in `out` filled in.

    Raises CustomCodeConflict, listing every region that has custom code but no place to go.
    """
    found = out if isinstance(out, OutputFolder) else OutputFolder(out)
    out = found.path
    result = dict(files)
    conflicts: list[str] = []
    for path in sorted(files.keys() | _files_with_regions(out)):
        data = found.regular_bytes(path)
        if data is None or b"@custom-" not in data:  # not there, or no marker: nothing kept
            continue
        try:  # read as text is: any line ending a "\n"
            old_text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
        old_regions = regions(old_text, str(out / path))
        kept = {name: r.body for name, r in old_regions.items() if r.body.strip()}
        if not kept:
            continue
        new_text = files.get(path)
        anchors = regions(new_text, path) if new_text is not None else {}
        missing = sorted(name for name in kept if name not in anchors)
        conflicts.extend(f"{path}: region {name!r}" for name in missing)
        if new_text is not None:
            result[path] = fill(new_text, {n: b for n, b in kept.items() if n in anchors}, path)
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


def _lines(text: str) -> list[str]:
    """Lines split at "\n" only: a U+2028 inside a line must not start a new one."""
    return re.split(r"(?<=\n)", text) if text else []
