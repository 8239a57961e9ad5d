"""Views of the generated type aliases: a recursive schema that is no class (a union, a map or a
list of itself) is named by `typing_extensions.TypeAliasType`, which pydantic and mypy both follow.

The alias's value is a string, evaluated on first use, so the module defines the alias before it
imports the classes it names: a class module that imports the alias in a cycle finds it defined.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.api import ObjectType
from .imports import Imports, imports
from .type_exprs import Spelling, annotation, needs


@dataclass(frozen=True)
class AliasCode:
    object_type: ObjectType
    value: str  # the annotation the alias names (a Python expression, not yet quoted)
    imports: Imports  # before the alias: the standard library, third party and the SDK's _core
    siblings: Imports  # after it: the other generated types its value names


def alias_code(object_type: ObjectType, package: str) -> AliasCode:
    assert object_type.alias is not None, "alias_code takes a type alias"
    flavour = object_type.flavour
    value = annotation(object_type.alias, Spelling(flavour, qualified=False))
    need = needs(object_type.alias, flavour)
    local: dict[str, set[str]] = {}
    for module, name in need.named:
        if name != object_type.name:
            local.setdefault(f".{module}", set()).add(name)
    stdlib = {m for m, used in (("typing", need.typing), ("datetime", need.datetime)) if used}
    third_party = {"typing_extensions", *(["pydantic"] if need.pydantic else [])}
    core = {f"{package}._core": set(need.runtime)} if need.runtime else {}
    return AliasCode(
        object_type=object_type,
        value=value,
        imports=imports(stdlib=stdlib, third_party=third_party, first_party=core),
        siblings=imports(local=local),
    )
