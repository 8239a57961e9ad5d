"""TypeRef → the Python annotation that spells it, and the imports that annotation needs.

Request params are what a caller writes (date-times may be strings, enums are strict); response
models are what a server sends (enums stay open so a new value does not break parsing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.api import Flavour, TypeRef
from .escape import py_literal, py_str

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
    if kind == "file":
        return "FileInput"
    if kind == "bytes":
        # A raw request body may be bytes, a path or an open binary file.
        return "FileContent" if spelling.flavour == "params" else "bytes"
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
        options = [annotation(option, spelling) for option in type_ref.items]
        if spelling.flavour == "models" and type_ref.discriminator:
            return _discriminated(type_ref, options)
        return " | ".join(options)
    if kind == "named":
        return f"{spelling.flavour}.{type_ref.name}" if spelling.qualified else type_ref.name
    raise ValueError(f"unknown type kind {kind!r}")


def _discriminated(type_ref: TypeRef, options: list[str]) -> str:
    """A union pydantic picks from by the discriminator property's value, not by trial."""
    tagged = [
        f"typing.Annotated[{option}, pydantic.Tag({py_str(str(index))})]"
        for index, option in enumerate(options)
    ]
    mapping = ", ".join(
        f"{py_str(value)}: {py_str(str(index))}"
        for index, values in enumerate(type_ref.tags)
        for value in values
    )
    chooser = f"discriminate_by({py_str(type_ref.discriminator)}, {{{mapping}}})"
    return f"typing.Annotated[{' | '.join(tagged)}, pydantic.Discriminator({chooser})]"


@dataclass(frozen=True)
class Needs:
    """What a module must import for a set of annotations."""

    typing: bool = False
    datetime: bool = False
    pydantic: bool = False
    runtime: frozenset[str] = field(default_factory=frozenset)  # names from the SDK's _core
    named: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (module, class)

    def __or__(self, other: Needs) -> Needs:
        return Needs(
            self.typing or other.typing,
            self.datetime or other.datetime,
            self.pydantic or other.pydantic,
            self.runtime | other.runtime,
            self.named | other.named,
        )


def needs(type_ref: TypeRef, flavour: Flavour) -> Needs:
    discriminated = type_ref.kind == "union" and bool(type_ref.discriminator)
    discriminated = discriminated and flavour == "models"
    runtime = {"FileInput"} if type_ref.kind == "file" else set()
    if type_ref.kind == "bytes" and flavour == "params":
        runtime.add("FileContent")
    if discriminated:
        runtime.add("discriminate_by")
    own = Needs(
        typing=type_ref.kind in ("any", "literal") or discriminated,
        datetime=type_ref.kind in ("datetime", "date"),
        pydantic=discriminated,
        runtime=frozenset(runtime),
        named=(
            frozenset({(type_ref.module, type_ref.name)})
            if type_ref.kind == "named"
            else frozenset()
        ),
    )
    for item in type_ref.items:
        own = own | needs(item, flavour)
    return own
