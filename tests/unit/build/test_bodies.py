"""Request bodies → the media type sent, and the arguments a method takes for it: an object's
properties flattened into keyword arguments, anything else one `data` argument."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import context_of, openapi

from generator.build.bodies import body_kind, is_json, request_body
from generator.model.api import Parameter, RequestBody, TypeRef, Warning
from generator.spec.refs import jp_ref

OBJECT = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "size": {"type": "integer", "example": 3}},
}


def built(
    body: dict[str, Any] | None, **spec_extra: Any
) -> tuple[RequestBody | None, list[Parameter], list[Warning]]:
    operation = {} if body is None else {"requestBody": body}
    spec = openapi({"/things": {"post": operation}}, **spec_extra)
    ctx, root = context_of(spec)
    at = jp_ref(root, "paths", "/things", "post")
    result, arguments = request_body(operation, at, ctx, "ThingsCreate")
    return result, arguments, ctx.warnings.items


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/json", "json"),
        ("application/json; charset=utf-8", "json"),
        ("application/merge-patch+json", "json"),
        ("APPLICATION/JSON", "json"),
        ("multipart/form-data", "multipart"),
        ("application/x-www-form-urlencoded", "form"),
        ("text/plain", "text"),
        ("text/csv", "text"),
        ("application/octet-stream", "binary"),
        ("image/png", "binary"),
        ("application/xml", "binary"),
    ],
)
def test_body_kind_of_a_media_type(media_type: str, kind: str) -> None:
    assert body_kind(media_type) == kind
    assert is_json(media_type) is (kind == "json")


def test_no_body_no_arguments() -> None:
    assert built(None) == (None, [], [])


def test_an_object_body_is_flattened_into_keyword_arguments() -> None:
    body, arguments, warnings = built(
        {"required": True, "description": "A thing.", "content": {"application/json": {"schema": OBJECT}}}
    )
    assert body == RequestBody(
        "application/json",
        TypeRef("named", name="ThingsCreateBody", module="things_create_body"),
        True,
        "A thing.",
        True,
        "json",
    )
    assert [(a.python_name, a.location, a.required, a.example) for a in arguments] == [
        ("name", "body", True, None),
        ("size", "body", False, 3),
    ]
    assert warnings == []


def test_properties_of_an_optional_body_are_optional_arguments() -> None:
    _, arguments, _ = built({"content": {"application/json": {"schema": OBJECT}}})
    assert [a.required for a in arguments] == [False, False]


def test_json_is_preferred_and_what_is_not_sent_is_a_warning() -> None:
    body, _, warnings = built(
        {
            "content": {
                "multipart/form-data": {"schema": OBJECT},
                "application/json": {"schema": OBJECT},
                "application/xml": {"schema": OBJECT},
            }
        }
    )
    assert body is not None and body.content_type == "application/json"
    assert warnings == [
        Warning(
            "spec.yaml#/paths/~1things/post/requestBody",
            "the body is sent as application/json; not offered: application/xml, "
            "multipart/form-data",
        )
    ]


@pytest.mark.parametrize("media_type", ["multipart/form-data", "application/x-www-form-urlencoded"])
def test_form_bodies_are_flattened_too(media_type: str) -> None:
    body, arguments, _ = built({"content": {media_type: {"schema": OBJECT}}})
    assert body is not None and body.flattened and body.kind == body_kind(media_type)
    assert [a.python_name for a in arguments] == ["name", "size"]


def test_a_binary_file_property_of_a_multipart_body_is_a_file() -> None:
    schema = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
    _, (file,), _ = built({"content": {"multipart/form-data": {"schema": schema}}})
    assert file.type == TypeRef("file")


def test_a_body_that_is_not_an_object_is_one_data_argument() -> None:
    body, (data,), _ = built(
        {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"type": "array", "items": {"type": "string"}},
                    "example": ["a"],
                }
            },
        }
    )
    assert body is not None and not body.flattened
    assert (data.python_name, data.wire_name, data.location) == ("data", "", "body")
    assert data.type == TypeRef("list", items=(TypeRef("str"),))
    assert (data.required, data.has_example, data.example) == (True, True, ["a"])
    assert data.description == "The request body."
    assert data.pointer == "/paths/~1things/post/requestBody/content/application~1json/schema"


def test_a_nullable_object_body_is_not_flattened() -> None:
    body, (data,), _ = built(
        {"content": {"application/json": {"schema": {**OBJECT, "nullable": True}}}}
    )
    assert body is not None and not body.flattened
    assert data.type.nullable and data.type.name == "ThingsCreateBody"


@pytest.mark.parametrize(
    ("media_type", "type_ref", "example"),
    [
        ("application/octet-stream", TypeRef("bytes"), (False, None)),  # file content: no example
        ("text/plain", TypeRef("str"), (True, "hi")),
    ],
)
def test_raw_bodies_are_bytes_or_text(
    media_type: str, type_ref: TypeRef, example: tuple[bool, Any]
) -> None:
    body, (data,), _ = built(
        {"description": "Raw.", "content": {media_type: {"schema": {"type": "string"}, "example": "hi"}}}
    )
    assert body == RequestBody(media_type, type_ref, False, "Raw.", False, body_kind(media_type))
    assert data.type == type_ref
    assert (data.has_example, data.example) == example
    assert data.description == "Raw."


def test_a_body_without_content_is_raw_bytes_with_a_warning() -> None:
    body, (data,), warnings = built({"content": {}})
    assert body is not None and (body.content_type, body.kind) == ("application/octet-stream", "binary")
    assert data.type == TypeRef("bytes")
    assert warnings == [
        Warning(
            "spec.yaml#/paths/~1things/post/requestBody",
            "a request body with no content; sent as raw bytes",
        )
    ]


def test_a_referenced_body_is_resolved() -> None:
    body, arguments, _ = built(
        {"$ref": "#/components/requestBodies/NewThing"},
        components={
            "requestBodies": {
                "NewThing": {"required": True, "content": {"application/json": {"schema": OBJECT}}}
            }
        },
    )
    assert body is not None and body.required and body.flattened
    assert [a.required for a in arguments] == [True, False]


def test_the_specs_example_of_the_whole_body_gives_the_arguments_examples() -> None:
    media = {"schema": OBJECT, "example": {"name": "Rex"}}
    _, arguments, _ = built({"content": {"application/json": media}})
    by_name = {a.wire_name: a for a in arguments}
    assert (by_name["name"].has_example, by_name["name"].example) == (True, "Rex")
    # `size` has an example of its own, but the whole body's example leaves it out.
    assert by_name["size"].left_out_of_example and not by_name["name"].left_out_of_example
    _, plain, _ = built({"content": {"application/json": {"schema": OBJECT}}})
    assert not any(a.left_out_of_example for a in plain)
