"""Import statements in the groups and order ruff's isort rules expect.

ruff compares module and member names in natural order (the `natord` algorithm): a run of digits
is compared as a number, so `load_5` sorts before `load_15` and `option2` before `option10`.
Every sort of import lines here goes through `module_key` / `member_key`, which follow ruff's own
keys (isort's defaults: case-insensitive first, constants, then classes, then the rest).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..model.api import Export


@dataclass(frozen=True)
class Imports:
    """A module's import statements, grouped: `__future__`, stdlib, third party, first party,
    local."""

    groups: tuple[tuple[str, ...], ...]


def imports(
    *,
    future: Iterable[str] = (),
    stdlib: Iterable[str] = (),
    third_party: Iterable[str] = (),
    first_party: dict[str, set[str]] | None = None,
    local: dict[str, set[str]] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Imports:
    """The import groups of a module.

    `aliases` maps an imported name (a module of a straight import, or a member of a from import)
    to the private name it is bound to instead (`import typing as _typing`): see `emit/scopes.py`.
    """
    renamed = aliases or {}
    groups = [
        tuple(f"from __future__ import {name}" for name in sorted(set(future))),
        _straight_lines(stdlib, renamed),
        _straight_lines(third_party, renamed),
        _from_lines(first_party or {}, renamed),
        _from_lines(local or {}, renamed),
    ]
    return Imports(tuple(group for group in groups if group))


def _straight_lines(modules: Iterable[str], aliases: Mapping[str, str]) -> tuple[str, ...]:
    ordered = sorted(set(modules), key=lambda module: (module_key(module), aliases.get(module, "")))
    return tuple(
        f"import {module} as {aliases[module]}" if module in aliases else f"import {module}"
        for module in ordered
    )


def _from_lines(modules: dict[str, set[str]], aliases: Mapping[str, str]) -> tuple[str, ...]:
    """`from m import a, b` for the plain members, one `from m import c as _c` per aliased one
    (ruff keeps them apart), ordered by module and then by each statement's first member."""
    statements: list[tuple[tuple[object, ...], str]] = []
    for module, names in modules.items():
        plain = sorted((n for n in names if n not in aliases), key=member_key)
        if plain:
            key = (module_key(module), member_key(plain[0]))
            statements.append((key, f"from {module} import {', '.join(plain)}"))
        for name in names:
            if name in aliases:
                key = (module_key(module), member_key(name, aliases[name]))
                statements.append((key, f"from {module} import {name} as {aliases[name]}"))
    return tuple(line for _, line in sorted(statements, key=lambda statement: statement[0]))


def natural_compare(left: str, right: str) -> int:
    """-1, 0 or 1 as `left` sorts before, with or after `right` in natural order (`natord`, which
    ruff's isort uses): digit runs compare as numbers (`a2` < `a10`); a run starting with `0`
    compares digit by digit (`a015` < `a12`); whitespace is skipped; other characters compare by
    code point."""
    i, j = 0, 0
    n, m = len(left), len(right)
    while True:
        while i < n and left[i].isspace():
            i += 1
        while j < m and right[j].isspace():
            j += 1
        if i >= n or j >= m:
            return 0 if i >= n and j >= m else (-1 if i >= n else 1)
        a, b = left[i], right[j]
        if _is_digit(a) and _is_digit(b):
            if a == "0" or b == "0":  # left-aligned: `015` < `12`
                while True:
                    if left[i] != right[j]:
                        return -1 if left[i] < right[j] else 1
                    i, j = i + 1, j + 1
                    more_left, more_right = i < n and _is_digit(left[i]), j < m and _is_digit(
                        right[j]
                    )
                    if more_left != more_right:
                        return 1 if more_left else -1
                    if not more_left:
                        break
            else:  # right-aligned: the longer run is the larger number, else the first difference
                last = 0 if a == b else (-1 if a < b else 1)
                while True:
                    i, j = i + 1, j + 1
                    more_left, more_right = i < n and _is_digit(left[i]), j < m and _is_digit(
                        right[j]
                    )
                    if more_left != more_right:
                        return 1 if more_left else -1
                    if not more_left:
                        break
                    if last == 0 and left[i] != right[j]:
                        last = -1 if left[i] < right[j] else 1
                if last:
                    return last
            continue  # the characters after the runs are already in hand
        if a != b:
            return -1 if a < b else 1
        i, j = i + 1, j + 1


def _is_digit(character: str) -> bool:
    return "0" <= character <= "9"


@functools.total_ordering
class Natural:
    """A string that sorts in natural order (`natural_compare`)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Natural) and natural_compare(self.text, other.text) == 0

    def __lt__(self, other: Natural) -> bool:
        return natural_compare(self.text, other.text) < 0

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Natural({self.text!r})"


def module_key(module: str) -> tuple[object, ...]:
    """ruff's order of modules: relative ones by their dots, then case-insensitively, naturally."""
    name = module.lstrip(".")
    level = len(module) - len(name)
    # `from . import x` names no module: it sorts before `from .a import y`.
    names = (Natural(name.lower()), Natural(name)) if name else ()
    return (level > 0, -level, bool(name), *names)


def member_key(name: str, alias: str = "") -> tuple[object, ...]:
    """isort's order-by-type: CONSTANTS, then Classes, then the rest; each case-insensitively and
    naturally; a plain member before the same member imported under an alias."""
    return (*member_order(name), bool(alias), Natural(alias))


def member_order(name: str) -> tuple[int, Natural, Natural]:
    if name.isupper() and len(name) > 1:
        kind = 0
    elif name[:1].isupper():
        kind = 1
    else:
        kind = 2
    return (kind, Natural(name.lower()), Natural(name))


@dataclass(frozen=True)
class ExportLine:
    """One name of a package `__init__`: its TYPE_CHECKING import and its lazy target."""

    name: str
    module: str
    source_name: str  # the name in `module`
    target: str  # `module` or `module:source_name`, as the runtime's `lazy_exports` reads it


def export_lines(exports: Iterable[Export]) -> tuple[ExportLine, ...]:
    """In the order ruff's isort rules want the TYPE_CHECKING imports."""
    lines = [
        ExportLine(
            export.name,
            export.module,
            export.attribute or export.name,
            f"{export.module}:{export.attribute}" if export.attribute else export.module,
        )
        for export in exports
    ]
    return tuple(
        sorted(lines, key=lambda e: (module_key(e.module), member_key(e.source_name, e.name)))
    )
