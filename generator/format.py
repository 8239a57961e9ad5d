"""Format generated files with black, the formatter of record (pinned in pyproject.toml).

Python files are formatted whole; in markdown, the fenced ```python blocks are formatted so that
the docs show code exactly as black would write it.
"""

from __future__ import annotations

import re
from importlib.metadata import version

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from .errors import GeneratorError

_MODE = black.Mode(target_versions={TargetVersion.PY310})
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


class FormatError(GeneratorError):
    """A template produced code black cannot parse: a bug in the generator, not in the spec."""


def format_python(path: str, source: str) -> str:
    try:
        return black.format_str(source, mode=_MODE)
    except InvalidInput as error:
        raise FormatError(f"generated {path} is not valid Python: {error}") from None


def format_markdown(path: str, text: str) -> str:
    def reformat(match: re.Match[str]) -> str:
        formatted = format_python(path, match.group(1))
        return f"```python\n{formatted}```"

    return _PYTHON_BLOCK.sub(reformat, text)


def format_files(files: dict[str, str]) -> dict[str, str]:
    formatted = {}
    for path, text in files.items():
        if path.endswith(".py"):
            formatted[path] = format_python(path, text)
        elif path.endswith(".md"):
            formatted[path] = format_markdown(path, text)
        else:
            formatted[path] = text
    return formatted


def formatter_version() -> str:
    return f"black {version('black')}"
