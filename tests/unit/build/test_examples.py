"""Examples as the spec gives them: on a schema, a parameter or a media type."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import context_of

from generator.build.examples import coerce_example, example_in, example_of
from generator.errors import SpecError
from generator.model.api import TypeRef
from generator.spec.refs import jp_ref


@pytest.mark.parametrize(
    ("schema", "found"),
    [
        ({"example": 0}, (True, 0)),
        ({"example": None}, (True, None)),  # an explicit null is an example
        ({"examples": ["a", "b"]}, (True, "a")),  # 3.1: the first
        ({"example": "x", "examples": ["a"]}, (True, "x")),
        ({"examples": []}, (False, None)),
        ({"examples": {"a": 1}}, (False, None)),  # not a list: a media type's, not a schema's
        ({}, (False, None)),
        (True, (False, None)),
        (None, (False, None)),
    ],
)
def test_example_of_a_schema(schema: Any, found: tuple[bool, Any]) -> None:
    assert example_of(schema) == found


SPEC = {
    "components": {
        "examples": {"Shared": {"value": {"from": "component"}}},
        "schemas": {"Named": {"type": "string", "example": "from schema"}},
    }
}


@pytest.mark.parametrize(
    ("holder", "schema", "found"),
    [
        ({"example": 1, "examples": {"a": {"value": 2}}}, {"example": 3}, (True, 1)),
        ({"examples": {"b": {"value": 2}, "a": {"value": 1}}}, None, (True, 1)),  # by name
        (
            {"examples": {"a": {"$ref": "#/components/examples/Shared"}}},
            None,
            (True, {"from": "component"}),
        ),
        ({"examples": {"a": {"summary": "no value"}}}, {"example": 3}, (True, 3)),
        ({}, {"$ref": "#/components/schemas/Named"}, (True, "from schema")),
        ({}, {"type": "string"}, (False, None)),
        ({}, None, (False, None)),
    ],
)
def test_example_in_a_parameter_or_media_type(
    holder: dict[str, Any], schema: Any, found: tuple[bool, Any]
) -> None:
    ctx, root = context_of(SPEC)
    assert example_in(holder, root, schema, root, ctx.resolver) == found


def test_a_dangling_example_ref_is_named_where_it_is_written() -> None:
    ctx, root = context_of(SPEC)
    holder_at, schema_at = jp_ref(root, "media"), jp_ref(root, "media", "schema")
    holder = {"examples": {"a": {"$ref": "#/components/examples/Missing"}}}
    with pytest.raises(SpecError) as caught:
        example_in(holder, holder_at, {"type": "string"}, schema_at, ctx.resolver)
    assert caught.value.location is not None
    assert caught.value.location.pointer == "/media/examples/a/$ref"


@pytest.mark.parametrize(
    ("kind", "value", "shown"),
    [("float", 0, 0.0), ("float", 2, 2.0), ("float", True, True), ("int", 0, 0), ("str", 0, 0)],
)
def test_coerce_example_shows_numbers_as_their_type(kind: str, value: Any, shown: Any) -> None:
    result = coerce_example(TypeRef(kind), value)  # type: ignore[arg-type]
    assert result == shown and type(result) is type(shown)
