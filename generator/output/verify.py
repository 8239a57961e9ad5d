"""Custom code checked against the regenerated SDK, not trusted.

Hand-written code (custom modules, and the Python in custom regions) is carried into the new
SDK byte for byte, but the SDK around it may have changed: an argument removed, a model renamed.
Before the new SDK replaces the old one, mypy reads it as it will be on disk; every problem
inside custom code is reported with its file and line (a warning, or an error with `--strict`).
Nothing runs when there is no custom code.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..model.api import Warning
from .custom import regions
from .write import read_manifest

# `magic_hour/custom/x.py:12:5: error: Unexpected keyword argument "height" ...  [call-arg]`
_MYPY_LINE = re.compile(
    r"^(?P<path>[^:\n]+\.py):(?P<line>\d+):(?P<column>\d+): error: (?P<text>.*)$"
)


@dataclass(frozen=True)
class CustomCode:
    """Where hand-written Python is in an SDK about to be written."""

    modules: tuple[str, ...]  # files in the output folder the generator does not write
    regions: tuple[tuple[str, int, int], ...]  # (file, first line, last line) of a region's body

    def __bool__(self) -> bool:
        return bool(self.modules or self.regions)

    def holds(self, path: str, line: int) -> bool:
        return path in self.modules or any(
            path == file and first <= line <= last for file, first, last in self.regions
        )


def find_custom_code(files: dict[str, str], out: Path) -> CustomCode:
    """The custom code of the SDK `files` will make in `out` (regions already carried over)."""
    spans = []
    for path, text in sorted(files.items()):
        if not path.endswith(".py"):
            continue
        for region in regions(text, path).values():
            if region.body.strip():
                # Line numbers from 1: the body runs from the line after the begin marker.
                spans.append((path, region.begin + 2, region.end))
    generated = set(files) | (read_manifest(out) or set() if out.is_dir() else set())
    modules = sorted(
        path
        for path in _python_files(out)
        if path not in generated and "__pycache__" not in path.split("/")
    )
    return CustomCode(tuple(modules), tuple(spans))


def _python_files(out: Path) -> list[str]:
    """Every `*.py` under `out` (links to folders not followed), relative, with "/"."""
    if not out.is_dir() or "__pycache__" in out.parts:
        return []
    found = []
    for folder, folders, names in os.walk(out):
        relative = os.path.relpath(folder, out).replace(os.sep, "/")
        prefix = "" if relative == "." else f"{relative}/"
        found += [prefix + name for name in (*folders, *names) if name.endswith(".py")]
    return found


def check_custom_code(folder: Path, custom: CustomCode, cache_dir: Path) -> list[Warning]:
    """mypy's errors inside the custom code of the SDK in `folder`, each with file and line."""
    if not custom:
        return []
    targets = sorted({*custom.modules, *(path for path, _, _ in custom.regions)})
    # mypy's defaults, not the SDK's strict settings: what broke, not how strict the code is.
    neutral = cache_dir / "neutral.ini"
    cache_dir.mkdir(parents=True, exist_ok=True)
    neutral.write_text("[mypy]\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--no-error-summary",
        "--show-column-numbers",
        "--no-color-output",
        "--follow-imports=silent",
        "--config-file",
        str(neutral),
        "--cache-dir",
        str(cache_dir),
        *targets,
    ]
    environment = {**os.environ, "MYPYPATH": str(folder)}
    finished = subprocess.run(
        command, cwd=folder, env=environment, capture_output=True, text=True, check=False
    )
    if finished.returncode not in (0, 1):
        return [Warning(str(folder), f"custom code could not be type-checked: {finished.stderr}")]
    problems = []
    for line in finished.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match is None:
            continue
        path = Path(match["path"]).as_posix()
        number = int(match["line"])
        if custom.holds(path, number):
            problems.append(
                Warning(
                    f"{path}:{number}:{match['column']}",
                    "custom code does not type-check against the regenerated SDK: "
                    + match["text"].strip(),
                )
            )
    return problems
