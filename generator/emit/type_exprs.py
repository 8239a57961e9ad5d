"""TypeRef → the Python annotation that spells it, and the imports that annotation needs.

Request params are what a caller writes (date-times may be strings, enums are strict); response
models are what a server sends (enums stay open so a new value does not break parsing).
"""

from __future__ import annotations

import dataclasses
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
    """The annotation: each member of a union once (`X | None`, never `X | None | None`)."""
    members = _members(type_ref, spelling)
    if "typing.Any" in members and len(members) > 1 and set(members) <= {"typing.Any", "None"}:
        return "typing.Any"  # Any already admits None
    return " | ".join(dict.fromkeys(members))


def optional_annotation(type_ref: TypeRef, spelling: Spelling) -> str:
    """The annotation of a value that may also be None (an optional model field)."""
    return annotation(dataclasses.replace(type_ref, nullable=True), spelling)


def _members(type_ref: TypeRef, spelling: Spelling) -> list[str]:
    """The members of the union an annotation spells, in order, None last."""
    kind = type_ref.kind
    if kind == "union" and not (spelling.flavour == "models" and type_ref.discriminator):
        members = [member for item in type_ref.items for member in _members(item, spelling)]
    elif kind == "literal" and spelling.flavour == "models":
        # An enum value the spec does not list yet must still parse: keep it, typed loosely.
        loose = sorted({type(value).__name__ for value in type_ref.literals})
        members = [_core(type_ref, spelling), *loose]
    elif kind in ("datetime", "date") and spelling.flavour == "params":
        members = ["str", _core(type_ref, spelling)]  # a caller may pass an ISO string
    else:
        members = [_core(type_ref, spelling)]
    if type_ref.nullable:
        members.append("None")
    if "None" in members:
        members = [member for member in members if member != "None"] + ["None"]
    return members


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
    if kind in ("datetime", "date"):
        return f"datetime.{kind}"
    if kind == "base64":
        # Decoded from (and, in `to_json()`, encoded back to) base64 text by the runtime's type;
        # a request's bytes are encoded as its JSON body is written.
        return "bytes" if spelling.flavour == "params" else "Base64Bytes"
    if kind == "literal":
        if not type_ref.literals:
            # The build never makes one (an enum without values is typed otherwise): an empty
            # Literal is not Python, so fail here rather than write it.
            raise ValueError("a Literal type without values")
        return "typing.Literal[" + ", ".join(py_literal(v) for v in type_ref.literals) + "]"
    if kind == "list":
        return f"list[{annotation(type_ref.items[0], spelling)}]"
    if kind == "dict":
        return f"dict[str, {annotation(type_ref.items[0], spelling)}]"
    if kind == "union":  # one pydantic picks from by its discriminator (others are members)
        return _discriminated(type_ref, [annotation(item, spelling) for item in type_ref.items])
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
    if type_ref.kind == "base64" and flavour == "models":
        runtime.add("Base64Bytes")
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
