"""Format generated code exactly as black (the formatter of record, pinned) would.

black costs about 1 s per 2,000 lines, so it is not run on every file every time:
- a content-addressed cache (`cache.py`) keeps each formatted result, keyed on the source and
  both formatter versions, so regeneration formats only what changed;
- what is not cached goes through `ruff format` in one batch (about 100 times faster). On the code
  our templates write, ruff and black agree byte for byte (a test proves it on the whole suite);
  the one construct where they differ, a type hint too long for its line (black parenthesizes it,
  ruff splits it at `|` or inside its brackets), is recognised in ruff's output and given to
  black: the function at the top of the module it lies in, else the whole file.
Python files are formatted whole; in markdown, the fenced ```python blocks are formatted too.
"""

from __future__ import annotations

import ast
import bisect
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..errors import GeneratorError
from .cache import FormatCache

# black's mode: its defaults, for Python 3.10 and later. (black itself is imported only when a
# source must go through it: a regeneration served by the cache never needs its 0.2 s import.)
_TARGET = "PY310"
_RUFF_ARGS = ("--isolated", "--line-length", "88", "--target-version", "py310", "--quiet")
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
# ruff's output where black would differ: a union split across lines at `|` outside any
# brackets (the `| …` line is not followed by more of the union or a closing bracket), which
# black instead wraps in parentheses.
_UNION_LINE = re.compile(r"^\s*\| ")
_SPLIT_RETURN = re.compile(r"^\s*(?:async )?def .*\) -> .*\[$")
_LONG_RETURN = re.compile(r"^\s*(?:(?:async )?def .*)?\) -> .*:$")


def _diverges(formatted: str) -> bool:
    return bool(_diverging_lines(formatted))


def _diverging_lines(formatted: str) -> list[int]:
    """The lines (1-based) of ruff's output where black would have written something else."""
    lines = formatted.split("\n")
    found = []
    for index, line in enumerate(lines[:-1]):
        if not _UNION_LINE.match(line):
            continue
        # Inside black's parentheses the union's last line ends bare, and `)` follows.
        ends_statement = " = " in line or line.rstrip().endswith(",")
        closed = lines[index + 1].lstrip().startswith((")", "]", "| "))
        if (ends_statement or not closed) and not _in_subscript(lines, index):
            found.append(index + 1)
    # A return annotation split inside its own brackets (`-> Endpoint[` ... `]:`), or left
    # too long for its line after the arguments (`) -> models.AVeryLongName:`), where black
    # puts the whole annotation in parentheses instead.
    found.extend(
        index + 1
        for index, line in enumerate(lines)
        if _SPLIT_RETURN.match(line) or (len(line) > _LINE_LENGTH and _LONG_RETURN.match(line))
    )
    # The last line of a docstring of several lines, too long with its closing quotes: black
    # puts them on a line of their own, ruff leaves them.
    found.extend(_long_docstring_ends(lines))
    return sorted(found)


def _long_docstring_ends(lines: list[str]) -> Iterator[int]:
    """The last lines, too long, of the docstrings of several lines: a module's (the strings
    opened after nothing but comments), a class's or a function's (those opened right after a
    line that ends with `:`, also a block's, which black decides on). black leaves other
    strings, such as an attribute's docstring, as they are."""
    for index, line in enumerate(lines):
        if len(line) <= _LINE_LENGTH or not line.endswith('"""') or line.count('"""') != 1:
            continue
        opening = next((at for at in range(index - 1, -1, -1) if '"""' in lines[at]), None)
        if opening is None:
            continue
        before = [text.strip() for text in lines[:opening]]
        if not before or before[-1].endswith(":") or all(not t or t[0] == "#" for t in before):
            yield index + 1


def _black_where_ruff_diverges(path: str, source: str, formatted: str) -> str:
    """black's bytes for `source`, of which ruff's `formatted` differs from black's only at
    `_diverging_lines`. Where each such line lies in a function at the top of the module, only
    that function (as `source` writes it) is given to black: a statement at the top of a module
    is formatted alone as within it, and the rest is ruff's, equal to black's. Anything else
    (a line in a class, a comment beside the function) gives the whole file to black."""
    try:
        written, tree = ast.parse(source).body, ast.parse(formatted).body
    except SyntaxError:
        return format_python(path, source)
    if len(written) != len(tree):
        return format_python(path, source)
    lines, source_lines = formatted.split("\n"), source.split("\n")
    spans = {}
    for number in _diverging_lines(formatted):
        at = next((i for i, node in enumerate(tree) if _first(node) <= number <= _last(node)), -1)
        node = tree[at] if at >= 0 else None
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return format_python(path, source)
        twin = written[at]
        if not isinstance(twin, type(node)) or twin.name != node.name:
            return format_python(path, source)
        following = _first(tree[at + 1]) - 1 if at + 1 < len(tree) else len(lines)
        if any(line.strip() for line in lines[_last(node) : following]):
            return format_python(path, source)  # a comment after it: black may place it
        spans[at] = (node, twin)
    for node, twin in sorted(spans.values(), key=lambda pair: -_first(pair[0])):
        alone = "\n".join(source_lines[_first(twin) - 1 : _last(twin)]) + "\n"
        blacked = format_python(path, alone).rstrip("\n").split("\n")
        lines[_first(node) - 1 : _last(node)] = blacked
    return "\n".join(lines)


def _first(node: ast.stmt) -> int:
    """The first line of a statement, its decorators included."""
    decorators: list[ast.expr] = getattr(node, "decorator_list", None) or []
    return min([node.lineno, *(decorator.lineno for decorator in decorators)])


def _last(node: ast.stmt) -> int:
    return node.end_lineno or node.lineno


def _in_subscript(lines: list[str], index: int) -> bool:
    """Whether the union on `lines[index]` is an element of a subscript (`Annotated[...]`):
    there both formatters split it at `|` alike; black adds parentheses only around a hint
    that stands alone (an argument's, a field's)."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for previous in reversed(lines[:index]):
        if previous.strip() and len(previous) - len(previous.lstrip()) < indent:
            return previous.rstrip().endswith("[")
    return False


_LINE_LENGTH = 88  # black's default: the width the formatter of record formats for
_ARGUMENT_TAILS = (" = NOT_GIVEN,", ",")  # a keyword argument alone on its line in a signature
_FIELD_TAILS = (" = None", "")  # a class-level annotated name, optional or required


def parenthesize_long_unions(source: str) -> str:
    """Wrap in parentheses each union type hint that cannot fit its line, as black would.

    black wraps such a hint in parentheses, ruff splits it at `|` instead; parenthesized in
    the source, both produce the same bytes, so the fast formatter can be used. Only the two
    shapes generated code has are rewritten: a keyword argument alone on its line in a
    signature, and a class-level field with no value or `None`.
    """
    lines = source.split("\n")
    candidates = {
        number
        for number, line in enumerate(lines, start=1)
        if len(line) > _LINE_LENGTH and " | " in line
    }
    if not candidates:
        return source
    edits: list[tuple[int, int, int]] = []  # (line, start column, end column) of a hint
    for node in _nodes_spanning(ast.parse(source), sorted(candidates)):
        hint: ast.expr | None = None
        tails: tuple[str, ...] = ()
        if isinstance(node, ast.arg) and node.annotation is not None:
            hint, tails = node.annotation, _ARGUMENT_TAILS
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and (node.value is None or _is_none(node.value))
        ):
            hint, tails = node.annotation, _FIELD_TAILS
        if hint is None or hint.lineno not in candidates or hint.end_lineno != hint.lineno:
            continue
        line = lines[hint.lineno - 1]
        assert hint.end_col_offset is not None
        text = line[hint.col_offset : hint.end_col_offset]
        # Only a union at the top of the hint: black splits one inside brackets (`list[A | B]`)
        # at `|` too.
        top_union = isinstance(hint, ast.BinOp) and isinstance(hint.op, ast.BitOr)
        if top_union and " | " in text and line[hint.end_col_offset :] in tails:
            edits.append((hint.lineno, hint.col_offset, hint.end_col_offset))
    for number, start, end in sorted(edits, reverse=True):
        line = lines[number - 1]
        lines[number - 1] = f"{line[:start]}({line[start:end]}){line[end:]}"
    return "\n".join(lines)


def _nodes_spanning(tree: ast.AST, lines: list[int]) -> Iterator[ast.AST]:
    """The nodes of `tree` whose lines include one of `lines` (sorted), and those without
    lines (`arguments`): `ast.walk` less every subtree that lies wholly elsewhere, most of a
    module. A hint lies within its argument or field, and each within its function or class."""
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            first = getattr(child, "lineno", None)
            if first is not None:
                last = getattr(child, "end_lineno", None) or first
                at = bisect.bisect_left(lines, first)
                if at == len(lines) or lines[at] > last:
                    continue
            pending.append(child)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


class FormatError(GeneratorError):
    """A template produced code black cannot parse: a bug in the generator, not in the spec."""


def format_python(path: str, source: str) -> str:
    """black, directly: the reference every faster path must equal."""
    import black
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    try:
        return black.format_str(source, mode=black.Mode(target_versions={TargetVersion[_TARGET]}))
    except InvalidInput as error:
        raise FormatError(f"generated {path} is not valid Python: {error}") from None


def _ruff_version() -> str | None:
    try:
        return version("ruff")
    except PackageNotFoundError:
        return None


def formatter_version() -> str:
    return f"black {version('black')}, ruff {_ruff_version() or 'absent'}"


class Formatter:
    """Formats many sources at once, through the cache and ruff, falling back to black."""

    def __init__(self, cache_dir: Path | None = None, use_ruff: bool = True) -> None:
        self.cache_dir = cache_dir
        self._cache = FormatCache(cache_dir) if cache_dir is not None else None
        self.use_ruff = use_ruff and _ruff_version() is not None
        # Keys are taken over the sources as given, before `prepare` (v2); the mode is named by
        # its target, black's defaults being those of its version (v3).
        self._salt = f"{formatter_version()}|{_TARGET}|{self.use_ruff}|v3".encode()

    def format_all(
        self, sources: dict[str, str], prepare: Callable[[str, str], str] | None = None
    ) -> dict[str, str]:
        """{name: source} → {name: formatted}, identical to black on each.

        `prepare(name, source)` rewrites a source before it is formatted, where the cache
        does not have it already: the cache is keyed on the source as given, so a hit
        costs no preparation.
        """
        keys = {name: self._key(source) for name, source in sources.items()}
        held = self._cache.get_many(keys.values()) if self._cache is not None else {}
        result: dict[str, str] = {}
        missing: dict[str, str] = {}
        for name, source in sources.items():
            cached = held.get(keys[name])
            if cached is None:
                missing[name] = source
            else:
                result[name] = cached
        if missing:
            prepared = {
                name: prepare(name, source) if prepare else source
                for name, source in missing.items()
            }
            fast = self._ruff(prepared) if self.use_ruff else {}
            for name, source in prepared.items():
                formatted = fast.get(name)
                if formatted is None:
                    formatted = format_python(name, source)
                elif _diverges(formatted):
                    formatted = _black_where_ruff_diverges(name, source, formatted)
                result[name] = formatted
            if self._cache is not None:
                self._cache.put_many({keys[name]: result[name] for name in missing})
        return result

    def _key(self, source: str) -> str:
        return hashlib.sha256(
            self._salt + b"\0" + source.encode("utf-8", "surrogatepass")
        ).hexdigest()

    def _ruff(self, sources: dict[str, str]) -> dict[str, str]:
        """All sources through one `ruff format` run; {} when ruff fails (black then does all).
        Their files are in memory where there is room, else in the default temporary folder."""
        scratch = _scratch()
        if scratch is not None:
            try:
                return self._ruff_in(sources, scratch)
            except OSError:  # a file system in memory too small for them (a container's 64 MB)
                pass
        return self._ruff_in(sources, None)

    def _ruff_in(self, sources: dict[str, str], scratch: str | None) -> dict[str, str]:
        with tempfile.TemporaryDirectory(prefix="sdk-format-", dir=scratch) as folder:
            names = {}
            for index, (name, source) in enumerate(sources.items()):
                file = Path(folder, f"f{index}.py")
                file.write_text(source, encoding="utf-8")
                names[name] = file
            command = [sys.executable, "-m", "ruff", "format", *_RUFF_ARGS, folder]
            finished = subprocess.run(command, capture_output=True, text=True, check=False)
            if finished.returncode != 0:
                return {}
            return {name: file.read_text(encoding="utf-8") for name, file in names.items()}


# A file system in memory, where the system has one: ruff's input is thousands of small files,
# created and deleted in every cold run, which a busy disk makes take seconds (3 ms an unlink).
_MEMORY = Path("/dev/shm")


def _scratch() -> str | None:
    """The folder for short-lived files: memory where possible, else the default temporary."""
    if _MEMORY.is_dir() and os.access(_MEMORY, os.W_OK | os.X_OK):
        return str(_MEMORY)
    return None


def default_cache_dir() -> Path:
    configured = os.environ.get("SDK_GENERATOR_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-python-sdk-generator" / "format"


def format_files(files: dict[str, str], formatter: Formatter | None = None) -> dict[str, str]:
    """Every `.py` file, and every python block of every `.md` file, formatted as black would."""
    formatter = formatter or Formatter(default_cache_dir())
    sources: dict[str, str] = {}
    for path, text in files.items():
        if path.endswith(".py"):
            sources[path] = text
        elif path.endswith(".md"):
            for index, match in enumerate(_PYTHON_BLOCK.finditer(text)):
                sources[f"{path}#{index}"] = match.group(1)

    def prepare(name: str, source: str) -> str:
        return parenthesize_long_unions(source) if name.endswith(".py") else source

    formatted = formatter.format_all(sources, prepare)

    def blocks_of(path: str) -> Callable[[re.Match[str]], str]:
        counter = iter(range(1_000_000))
        return lambda match: f"```python\n{formatted[f'{path}#{next(counter)}']}```"

    result = {}
    for path, text in files.items():
        if path.endswith(".py"):
            result[path] = formatted[path]
        elif path.endswith(".md"):
            result[path] = _PYTHON_BLOCK.sub(blocks_of(path), text)
        else:
            result[path] = text
    return result
