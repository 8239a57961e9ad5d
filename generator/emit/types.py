"""Views of the generated classes: TypedDicts for request params, pydantic models for responses."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import naming
from ..model.api import Field, ObjectType
from .imports import Imports, imports
from .type_exprs import Needs, Spelling, annotation, needs, optional_annotation


@dataclass(frozen=True)
class FieldCode:
    field: Field
    annotation: str
    key_annotation: (
        str  # TypedDict: wrapped in Required/NotRequired; pydantic: `| None` if optional
    )
    default: str  # pydantic: "" for required, else "None"
    needs_alias: bool


@dataclass(frozen=True)
class ObjectTypeCode:
    object_type: ObjectType
    fields: tuple[FieldCode, ...]
    functional: bool  # TypedDict keys that are not identifiers need the functional syntax
    imports: Imports
    extra_annotation: str


def object_type_code(object_type: ObjectType, package: str) -> ObjectTypeCode:
    spelling = Spelling(object_type.flavour, qualified=False)
    fields = []
    need = Needs()
    for field in object_type.fields:
        text = annotation(field.type, spelling)
        need = need | needs(field.type, object_type.flavour)
        if object_type.flavour == "params":
            wrapper = "Required" if field.required else "NotRequired"
            key_annotation = f"typing_extensions.{wrapper}[{text}]"
            default = ""
        else:
            key_annotation = text if field.required else optional_annotation(field.type, spelling)
            default = "" if field.required else "None"
        fields.append(
            FieldCode(field, text, key_annotation, default, field.python_name != field.wire_name)
        )
    extra = ""
    if object_type.extra_values is not None:
        extra = annotation(object_type.extra_values, spelling)
        need = need | needs(object_type.extra_values, object_type.flavour)
    functional = object_type.flavour == "params" and not all(
        naming.is_identifier(f.wire_name) for f in object_type.fields
    )
    siblings: dict[str, set[str]] = {}
    for module, name in need.named:
        if name != object_type.name:
            siblings.setdefault(f".{module}", set()).add(name)
    stdlib = {m for m, used in (("typing", need.typing), ("datetime", need.datetime)) if used}
    third_party = {"pydantic"} if object_type.flavour == "models" else {"typing_extensions"}
    core = {f"{package}._core": set(need.runtime)} if need.runtime else {}
    return ObjectTypeCode(
        object_type=object_type,
        fields=tuple(fields),
        functional=functional,
        imports=imports(stdlib=stdlib, third_party=third_party, first_party=core, local=siblings),
        extra_annotation=extra,
    )
