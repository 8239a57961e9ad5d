"""Parameters → keyword arguments: path-level and operation parameters merged, named uniquely,
in signature order."""

from __future__ import annotations

from typing import Any

from support.model import context_of, field, openapi, parameter

from generator.build.parameters import body_field_parameter, name_arguments, parameters
from generator.model.api import Parameter, TypeRef
from generator.spec.refs import jp_ref


def built(path_item: dict[str, Any], method: str = "get", **spec_extra: Any) -> list[Parameter]:
    spec = openapi({"/things/{id}": path_item}, **spec_extra)
    ctx, root = context_of(spec)
    at = jp_ref(root, "paths", "/things/{id}", method)
    return parameters(path_item[method], path_item, at, ctx, "ThingsGet")


def by_key(items: list[Parameter]) -> dict[tuple[str, str], Parameter]:
    return {(p.wire_name, p.location): p for p in items}


def test_path_level_parameters_are_merged_and_the_operation_wins() -> None:
    result = by_key(
        built(
            {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "description": "path-level"},
                ],
                "get": {
                    "parameters": [
                        {"name": "limit", "in": "query", "description": "operation"},
                        {"name": "limit", "in": "header", "description": "another place"},
                    ]
                },
            }
        )
    )
    assert sorted(result) == [("id", "path"), ("limit", "header"), ("limit", "query")]
    assert result[("limit", "query")].description == "operation"
    assert result[("limit", "query")].pointer == "/paths/~1things~1{id}/get/parameters/0"
    assert result[("id", "path")].pointer == "/paths/~1things~1{id}/parameters/0"


def test_a_referenced_parameter_is_resolved_and_located_at_its_component() -> None:
    (tags,) = built(
        {"get": {"parameters": [{"$ref": "#/components/parameters/Tags"}]}},
        components={
            "parameters": {
                "Tags": {
                    "name": "tags",
                    "in": "query",
                    "style": "pipeDelimited",
                    "explode": False,
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "example": ["a"],
                }
            }
        },
    )
    assert tags.type == TypeRef("list", items=(TypeRef("str"),))
    assert (tags.style, tags.explode) == ("pipeDelimited", False)
    assert (tags.has_example, tags.example) == (True, ["a"])
    assert tags.pointer == "/components/parameters/Tags"


def test_styles_default_by_location() -> None:
    result = by_key(
        built(
            {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "schema": {"type": "string"}},
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                        {"name": "h", "in": "header", "schema": {"type": "string"}},
                        {"name": "c", "in": "cookie", "schema": {"type": "string"}},
                        {"name": "e", "in": "query", "style": "form", "explode": False},
                    ]
                }
            }
        )
    )
    assert (result[("id", "path")].style, result[("id", "path")].explode) == ("simple", False)
    assert (result[("q", "query")].style, result[("q", "query")].explode) == ("form", True)
    assert (result[("h", "header")].style, result[("h", "header")].explode) == ("simple", False)
    assert (result[("c", "cookie")].style, result[("c", "cookie")].explode) == ("form", True)
    assert result[("e", "query")].explode is False
    # A path parameter is always required, whatever the spec says.
    assert result[("id", "path")].required is True
    assert result[("q", "query")].required is False


def test_type_default_and_example() -> None:
    (limit,) = built(
        {
            "get": {
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": True,
                        "deprecated": True,
                        "description": "How many.",
                        "schema": {"type": "number", "default": 10, "example": 5},
                    }
                ]
            }
        }
    )
    assert limit.type == TypeRef("float")
    assert (limit.has_default, limit.default) == (True, 10)
    assert (limit.has_example, limit.example) == (True, 5.0)  # shown as the number type it is
    assert type(limit.example) is float
    assert (limit.required, limit.deprecated, limit.description) == (True, True, "How many.")


def test_a_parameter_described_by_content_takes_its_schema() -> None:
    (filter_,) = built(
        {
            "get": {
                "parameters": [
                    {
                        "name": "filter",
                        "in": "query",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
                            }
                        },
                    }
                ]
            }
        }
    )
    assert filter_.type.kind == "named" and filter_.type.name == "ThingsGetFilter"


def test_a_parameter_without_a_schema_is_any() -> None:
    (anything,) = built({"get": {"parameters": [{"name": "x", "in": "query"}]}})
    assert anything.type == TypeRef("any")
    assert (anything.has_default, anything.has_example) == (False, False)


def test_names_that_generated_code_uses_get_an_underscore() -> None:
    result = built(
        {
            "get": {
                "parameters": [
                    {"name": "self", "in": "query"},
                    {"name": "request_options", "in": "query"},
                    {"name": "class", "in": "query"},
                ]
            }
        }
    )
    assert sorted(p.python_name for p in result) == ["class_", "request_options_", "self_"]


def test_body_field_parameter_is_required_only_if_the_body_is() -> None:
    prop = field("typing", TypeRef("int"), required=True, description="d", pointer="/p")
    required = body_field_parameter(prop, body_required=True)
    assert (required.python_name, required.wire_name, required.location) == (
        "typing_",
        "typing",
        "body",
    )
    assert (required.required, required.type, required.description, required.pointer) == (
        True,
        TypeRef("int"),
        "d",
        "/p",
    )
    assert body_field_parameter(prop, body_required=False).required is False


def test_argument_names_are_unique_across_locations_and_in_signature_order() -> None:
    arguments = [
        parameter("limit", "query", required=False),
        parameter("limit", "header", required=False),
        parameter("name", "body", required=True),
        parameter("name", "query", required=True),
        parameter("id", "path", required=True),
        parameter("self", "body", required=False),
    ]
    named = name_arguments(arguments)
    assert [(p.python_name, p.location) for p in named] == [
        ("id", "path"),  # required first, then by name
        ("name", "body"),
        ("name_2", "query"),
        ("limit", "header"),
        ("limit_2", "query"),
        ("self_", "body"),
    ]
