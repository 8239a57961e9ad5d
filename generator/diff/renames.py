"""Classes renamed between two specs: the same structure, under a new name, in the same place.

A class counts as renamed only where it stands where the old one stood: returned by the same
operation, taken by the same argument, or held by the same field of a class that is itself the
same (or renamed). Two unrelated classes that merely look alike (the many `{message}` error
bodies of an API) are never paired.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.api import Flavour, TypeRef
from .sides import Side
from .types import value_tag


def find_renames(old: Side, new: Side, flavour: Flavour) -> dict[str, str]:
    old_names = old.type_names(flavour)
    new_names = new.type_names(flavour)
    removed = sorted(old_names - new_names)
    added = sorted(new_names - old_names)
    renames: dict[str, str] = {}
    # Operation-level places first, then fields of classes matched so far, until nothing moves.
    while True:
        found = False
        old_sites = _sites(old, flavour, {})
        new_sites = _sites(new, flavour, {v: k for k, v in renames.items()})
        for name in removed:
            if name in renames:
                continue
            wanted = shape(TypeRef("named", name=name), old, flavour, ())
            for candidate in added:
                if candidate in renames.values():
                    continue
                same_place = old_sites.get(name, set()) & new_sites.get(candidate, set())
                if (
                    same_place
                    and shape(TypeRef("named", name=candidate), new, flavour, ()) == wanted
                ):
                    renames[name] = candidate
                    found = True
                    break
        if not found:
            return renames


def _sites(side: Side, flavour: Flavour, old_name_of: dict[str, str]) -> dict[str, set[str]]:
    """Where each class of `flavour` stands, in terms that survive renames: operation routes,
    argument wire names, and (class, field) pairs with the class under its old name."""
    sites: dict[str, set[str]] = {}

    def add(type_ref: TypeRef | None, site: str) -> None:
        if type_ref is None:
            return
        for name in _named(type_ref):
            sites.setdefault(name, set()).add(site)

    for resource in side.api.all_resources():
        for op in resource.operations:
            if flavour == "params":
                for parameter in op.parameters:
                    add(parameter.type, f"{op.route} argument {parameter.wire_name}")
                if op.body is not None:
                    add(op.body.type, f"{op.route} body")
            else:
                add(op.success.type, f"{op.route} returns")
                for error in op.errors:
                    add(error.type, f"{op.route} error {error.status}")
    for (type_flavour, name), object_type in side.types.items():
        if type_flavour != flavour:
            continue
        owner = old_name_of.get(name, name)
        for field in object_type.fields:
            add(field.type, f"{owner}.{field.wire_name}")
    return sites


def _named(type_ref: TypeRef) -> Iterator[str]:
    if type_ref.kind == "named":
        yield type_ref.name
    for item in type_ref.items:
        yield from _named(item)


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
