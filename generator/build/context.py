"""What every builder shares while one API is built: the resolver, the schema typer, warnings."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field

from ..model.api import LeftOut, Warning
from ..spec.refs import Ref, Resolver

if typing.TYPE_CHECKING:
    from .schemas import SchemaTyper


@dataclass
class Warnings:
    """Constructs the SDK could express only loosely, each with the place that wrote it; and
    what it leaves out (counted in the run's summary)."""

    items: list[Warning] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    # Where the document wrote a place (file, line, column, pointer); by name only without one.
    resolver: Resolver | None = None
    # The same by place (a Ref), for a replay: lines move when the file is edited elsewhere.
    placed: list[tuple[Ref, str]] = field(default_factory=list)
    left_out_placed: list[tuple[Ref, str, str]] = field(default_factory=list)

    def warn(self, at: Ref, message: str) -> None:
        self.items.append(Warning(pointer=self._place(at), message=message))
        self.placed.append((at, message))

    def leave_out(self, at: Ref, what: str, reason: str) -> None:
        """Record that the SDK does not offer `what`. A loss the document did not ask for also
        needs a warning (`--strict` then refuses it); the caller gives one when it is."""
        self.left_out.append(LeftOut(pointer=self._place(at), what=what, reason=reason))
        self.left_out_placed.append((at, what, reason))

    def _place(self, at: Ref) -> str:
        if self.resolver is None:
            return where(at)
        return str(self.resolver.locate(at))


def where(ref: Ref) -> str:
    """How messages name a place: `spec.yaml#/paths/~1pets/get`."""
    return f"{ref.file.name}#{ref.pointer}"


@dataclass(frozen=True)
class Context:
    """The builders' shared state for one API."""

    resolver: Resolver
    typer: SchemaTyper
    warnings: Warnings
