"""Annotations name each union member once (field study A, D3: `None | None` broke imports) and
an empty Literal is never written. (Alias modules: test_aliases.py.)"""

from __future__ import annotations

import dataclasses

import pytest

from generator.emit.type_exprs import Spelling, annotation, optional_annotation
from generator.emit.types import object_type_code
from generator.model import naming
from generator.model.api import Field, ObjectType, TypeRef

PARAMS = Spelling("params", qualified=False)
MODELS = Spelling("models", qualified=False)
STR, INT, NONE, ANY = TypeRef("str"), TypeRef("int"), TypeRef("none"), TypeRef("any")


def named(name: str, nullable: bool = False) -> TypeRef:
    return TypeRef("named", name=name, module=naming.module_name(name), nullable=nullable)


def nullable(type_ref: TypeRef) -> TypeRef:
    return dataclasses.replace(type_ref, nullable=True)


@pytest.mark.parametrize(
    ("type_ref", "expected"),
    [
        (nullable(NONE), "None"),
        (TypeRef("union", items=(nullable(STR), nullable(INT))), "str | int | None"),
        (nullable(TypeRef("union", items=(nullable(STR), INT))), "str | int | None"),
        (TypeRef("union", items=(STR, STR)), "str"),
        (TypeRef("union", items=(NONE, STR)), "str | None"),
        (nullable(ANY), "typing.Any"),
        (TypeRef("union", items=(nullable(ANY), NONE)), "typing.Any"),
        (
            TypeRef("list", items=(TypeRef("union", items=(nullable(STR), NONE)),)),
            "list[str | None]",
        ),
        (
            TypeRef(
                "union",
                items=(TypeRef("literal", literals=("a",)), TypeRef("literal", literals=("b",))),
            ),
            'typing.Literal["a"] | str | typing.Literal["b"]',
        ),
    ],
)
def test_a_union_names_each_member_once_with_none_last(type_ref: TypeRef, expected: str) -> None:
    assert annotation(type_ref, MODELS) == expected


def test_params_dates_take_strings_once() -> None:
    dates = TypeRef("union", items=(TypeRef("datetime"), STR, nullable(TypeRef("date"))))
    assert annotation(dates, PARAMS) == "str | datetime.datetime | datetime.date | None"


@pytest.mark.parametrize(
    ("type_ref", "expected"),
    [
        (NONE, "None"),
        (ANY, "typing.Any"),
        (STR, "str | None"),
        (nullable(STR), "str | None"),
        (TypeRef("union", items=(STR, NONE)), "str | None"),
    ],
)
def test_an_optional_annotation_adds_none_only_where_it_is_missing(
    type_ref: TypeRef, expected: str
) -> None:
    assert optional_annotation(type_ref, MODELS) == expected


def test_an_optional_null_property_of_a_model_is_none_once() -> None:
    # discord GuildRoleTagsResponse.premium_subscriber: `type: "null"`, not required.
    field = Field("premium", "premium", NONE, False, "", None, False, False, "/p")
    model = ObjectType(
        "Tags", "tags", "acme/types/models/tags.py", "models", "", "", (field,), None, ""
    )
    code = object_type_code(model, "acme")
    assert [f.key_annotation for f in code.fields] == ["None"]


def test_an_empty_literal_is_refused_not_written() -> None:
    with pytest.raises(ValueError, match="Literal type without values"):
        annotation(TypeRef("literal"), PARAMS)
