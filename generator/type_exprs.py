"""TypeRef → the Python annotation that spells it, and the imports that annotation needs.

Request params are what a caller writes (date-times may be strings, enums are strict); response
models are what a server sends (enums stay open so a new value does not break parsing).
"""

from __future__ import annotations

from dataclasses import dataclass

from .escape import py_literal
from .model import Flavour, TypeRef

_PLAIN = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "uuid": "str",
    "none": "None",
}


@dataclass(frozen=True)
class Spelling:
    """How to spell named types: bare (`Pet`, inside the types package) or qualified (`models.Pet`)."""

    flavour: Flavour
    qualified: bool


def annotation(type_ref: TypeRef, spelling: Spelling) -> str:
    text = _core(type_ref, spelling)
    if type_ref.nullable and text not in ("None", "typing.Any"):
        return f"{text} | None"
    return text


def _core(type_ref: TypeRef, spelling: Spelling) -> str:
    kind = type_ref.kind
    if kind in _PLAIN:
        return _PLAIN[kind]
    if kind == "any":
        return "typing.Any"
    if kind == "datetime":
        return "datetime.datetime" if spelling.flavour == "models" else "str | datetime.datetime"
    if kind == "date":
        return "datetime.date" if spelling.flavour == "models" else "str | datetime.date"
    if kind == "literal":
        literal = "typing.Literal[" + ", ".join(py_literal(v) for v in type_ref.literals) + "]"
        if spelling.flavour == "params":
            return literal
        # An enum value the spec does not list yet must still parse: keep it, typed loosely.
        loose = sorted({type(value).__name__ for value in type_ref.literals})
        return " | ".join([literal, *loose])
    if kind == "list":
        return f"list[{annotation(type_ref.items[0], spelling)}]"
    if kind == "dict":
        return f"dict[str, {annotation(type_ref.items[0], spelling)}]"
    if kind == "union":
        return " | ".join(annotation(option, spelling) for option in type_ref.items)
    if kind == "named":
        return f"{spelling.flavour}.{type_ref.name}" if spelling.qualified else type_ref.name
    raise ValueError(f"unknown type kind {kind!r}")


@dataclass(frozen=True)
class Needs:
    """What a module must import for a set of annotations."""

    typing: bool = False
    datetime: bool = False
    named: frozenset[tuple[str, str]] = frozenset()  # (module, class name)

    def __or__(self, other: Needs) -> Needs:
        return Needs(
            self.typing or other.typing,
            self.datetime or other.datetime,
            self.named | other.named,
        )


def needs(type_ref: TypeRef) -> Needs:
    own = Needs(
        typing=type_ref.kind in ("any", "literal"),
        datetime=type_ref.kind in ("datetime", "date"),
        named=(
            frozenset({(type_ref.module, type_ref.name)})
            if type_ref.kind == "named"
            else frozenset()
        ),
    )
    for item in type_ref.items:
        own = own | needs(item)
    return own
