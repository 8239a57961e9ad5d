"""What every builder shares while one API is built: the resolver, the schema typer, warnings."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field

from ..model.api import Warning
from ..spec.refs import Ref, Resolver

if typing.TYPE_CHECKING:
    from .schemas import SchemaTyper


@dataclass
class Warnings:
    """Constructs the SDK could express only loosely, each with the place that wrote it."""

    items: list[Warning] = field(default_factory=list)

    def warn(self, at: Ref, message: str) -> None:
        self.items.append(Warning(pointer=where(at), message=message))


def where(ref: Ref) -> str:
    """How messages name a place: `spec.yaml#/paths/~1pets/get`."""
    return f"{ref.file.name}#{ref.pointer}"


@dataclass(frozen=True)
class Context:
    """The builders' shared state for one API."""

    resolver: Resolver
    typer: SchemaTyper
    warnings: Warnings
