"""Import statements in the groups and order ruff's isort rules expect."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model.api import Export


@dataclass(frozen=True)
class Imports:
    """A module's import statements, grouped: stdlib, third party, first party, local."""

    groups: tuple[tuple[str, ...], ...]


def imports(
    *,
    stdlib: Iterable[str] = (),
    third_party: Iterable[str] = (),
    first_party: dict[str, set[str]] | None = None,
    local: dict[str, set[str]] | None = None,
) -> Imports:
    groups = [
        tuple(f"import {module}" for module in sorted(stdlib)),
        tuple(f"import {module}" for module in sorted(third_party)),
        _from_lines(first_party or {}),
        _from_lines(local or {}),
    ]
    return Imports(tuple(group for group in groups if group))


def _from_lines(modules: dict[str, set[str]]) -> tuple[str, ...]:
    return tuple(
        f"from {module} import {', '.join(sorted(names, key=member_order))}"
        for module, names in sorted(modules.items(), key=lambda item: item[0].lower())
        if names
    )


def member_order(name: str) -> tuple[int, str, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then the rest; each case-insensitively."""
    if name.isupper() and len(name) > 1:
        return (0, name.lower(), name)
    if name[:1].isupper():
        return (1, name.lower(), name)
    return (2, name.lower(), name)


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
        sorted(lines, key=lambda e: (e.module.lower(), member_order(e.source_name), e.name))
    )
