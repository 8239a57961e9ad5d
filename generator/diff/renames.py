"""Classes renamed between two specs: the same structure under a new name."""

from __future__ import annotations

from ..model.api import Flavour, TypeRef
from .sides import Side
from .types import value_tag


def find_renames(old: Side, new: Side, flavour: Flavour) -> dict[str, str]:
    old_names = old.type_names(flavour)
    new_names = new.type_names(flavour)
    added = sorted(new_names - old_names)
    renames: dict[str, str] = {}
    for name in sorted(old_names - new_names):
        wanted = shape(TypeRef("named", name=name), old, flavour, ())
        for candidate in added:
            if shape(TypeRef("named", name=candidate), new, flavour, ()) == wanted:
                renames[name] = candidate
                added.remove(candidate)
                break
    return renames


def shape(type_ref: TypeRef, side: Side, flavour: Flavour, seen: tuple[str, ...]) -> object:
    """The structure of a type with class names left out (to recognise a renamed class)."""
    if type_ref.kind == "named":
        if type_ref.name in seen:
            return ("recursive", seen.index(type_ref.name), type_ref.nullable)
        object_type = side.types.get((flavour, type_ref.name))
        if object_type is None:
            return ("named", type_ref.name, type_ref.nullable)
        inner = (*seen, type_ref.name)
        if object_type.alias is not None:  # a recursive type alias: the shape of what it names
            return ("alias", shape(object_type.alias, side, flavour, inner), type_ref.nullable)
        fields = tuple(
            (f.python_name, f.wire_name, f.required, shape(f.type, side, flavour, inner))
            for f in object_type.fields
        )
        extra = object_type.extra_values
        extra_shape = shape(extra, side, flavour, inner) if extra is not None else None
        return ("object", fields, extra_shape, type_ref.nullable)
    return (
        type_ref.kind,
        frozenset((value_tag(value), value) for value in type_ref.literals),
        tuple(shape(item, side, flavour, seen) for item in type_ref.items),
        type_ref.nullable,
    )
