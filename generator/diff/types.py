"""Comparing two types as the SDK annotates them: same, narrowed, widened or changed.

A type is the set of values it admits, as a list of atoms (a union has several); one type is
within another when each of its atoms is covered by one of the other's. Classes renamed
between the two specs (`renames`) count as the same class.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ..emit.escape import md_code_span, py_literal
from ..model.api import Flavour, TypeRef

Delta = Literal["same", "narrowed", "widened", "changed", "nullable"]
# Whether a delta breaks a caller: an input may accept more, an output may promise less.
INPUT_BREAKS = {"narrowed": True, "widened": False, "changed": True, "nullable": False}
OUTPUT_BREAKS = {"narrowed": False, "widened": True, "changed": True, "nullable": True}


@dataclass(frozen=True)
class Atom:
    """One alternative of the values a type admits (a union is a set of these)."""

    tag: str  # a TypeRef kind, or "literal" with `value`, or "named" with `value` = class name
    value: str | int | float | bool = ""
    item: TypeRef | None = None  # the item of a list or the value of a dict


def value_tag(value: str | int | float | bool) -> str:
    return type(value).__name__  # bool before int: bool is its own tag


class TypeComparer:
    """Compares types of an old and a new API, with renamed classes matched up."""

    def __init__(self, renames: dict[Flavour, dict[str, str]]) -> None:
        self.renames = renames

    def enum_change(self, old: TypeRef, new: TypeRef, flavour: Flavour) -> tuple[str, str] | None:
        """(values added, values removed) when two types differ only in their enum values."""
        before_shape = erase_literals(self.canonical(old, flavour))
        if before_shape != erase_literals(self.canonical(new, flavour)):
            return None
        before, after = literal_values(old), literal_values(new)
        added = [value for key, value in after.items() if key not in before]
        removed = [value for key, value in before.items() if key not in after]
        if not added and not removed:
            return None
        return quoted_values(added), quoted_values(removed)

    def delta(self, old: TypeRef, new: TypeRef, flavour: Flavour) -> Delta:
        wider = self.is_sub(old, new, flavour)  # every old value is a new value
        narrower = self.is_sub(new, old, flavour)
        if wider and narrower:
            return "same"
        if wider:
            plain = replace(new, nullable=False)
            if not old.nullable and new.nullable:
                if self.canonical(old, flavour) == self.canonical(plain, flavour):
                    return "nullable"
            return "widened"
        return "narrowed" if narrower else "changed"

    def is_sub(self, sub: TypeRef, sup: TypeRef, flavour: Flavour) -> bool:
        """Whether every value `sub` admits is admitted by `sup` (as the SDK annotates them)."""
        wide = atoms(sup, flavour)
        if any(atom.tag == "any" for atom in wide):
            return True
        narrow = atoms(sub, flavour)
        if any(atom.tag == "any" for atom in narrow):
            return False
        return all(any(self._covers(b, a, flavour) for b in wide) for a in narrow)

    def _covers(self, wide: Atom, narrow: Atom, flavour: Flavour) -> bool:
        if narrow.tag == "literal":
            if wide.tag == "literal":
                return type(wide.value) is type(narrow.value) and wide.value == narrow.value
            tag = value_tag(narrow.value)
            return wide.tag == tag or (wide.tag == "float" and tag == "int")
        if narrow.tag == "int" and wide.tag == "float":
            return True
        if narrow.tag != wide.tag:
            return False
        if narrow.item is not None and wide.item is not None:  # lists and dicts: by their items
            return self.is_sub(narrow.item, wide.item, flavour)
        if narrow.tag == "named":
            renames = self.renames[flavour]
            return renames.get(str(narrow.value), str(narrow.value)) == renames.get(
                str(wide.value), str(wide.value)
            )
        return True

    def canonical(self, type_ref: TypeRef, flavour: Flavour) -> TypeRef:
        """The type with renamed classes under their new names."""
        name = type_ref.name
        if type_ref.kind == "named":
            name = self.renames[flavour].get(name, name)
        return replace(
            type_ref,
            name=name,
            module="",
            items=tuple(self.canonical(item, flavour) for item in type_ref.items),
        )


def atoms(type_ref: TypeRef, flavour: Flavour) -> list[Atom]:
    result = [Atom("none")] if type_ref.nullable else []
    kind = type_ref.kind
    if kind == "uuid":
        result.append(Atom("str"))
    elif kind in ("datetime", "date"):
        result.append(Atom(kind))
        if flavour == "params":  # callers may pass an ISO string
            result.append(Atom("str"))
    elif kind == "literal":
        result.extend(Atom("literal", value) for value in type_ref.literals)
        if flavour == "models":  # open: an unlisted value parses as its plain type
            result.extend(Atom(tag) for tag in sorted({value_tag(v) for v in type_ref.literals}))
    elif kind in ("list", "dict"):
        result.append(Atom(kind, item=type_ref.items[0]))
    elif kind == "named":
        result.append(Atom("named", type_ref.name))
    elif kind == "union":
        for option in type_ref.items:
            result.extend(atoms(option, flavour))
    else:
        result.append(Atom(kind))
    return result


def erase_literals(type_ref: TypeRef) -> TypeRef:
    return replace(
        type_ref,
        literals=(),
        items=tuple(erase_literals(item) for item in type_ref.items),
    )


def literal_values(type_ref: TypeRef) -> dict[tuple[str, str | int | float | bool], str]:
    """Every enum value in a type, keyed so that `1` and `True` stay apart, spelled in Python."""
    values = {(value_tag(value), value): py_literal(value) for value in type_ref.literals}
    for item in type_ref.items:
        values.update(literal_values(item))
    return values


def quoted_values(values: list[str]) -> str:
    return ", ".join(md_code_span(value) for value in values)
