"""Responses → what a method returns (its 2xx responses merged) and what each error carries."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import context_of, json_content, named, openapi

from generator.build.responses import response_kind, responses
from generator.model.api import Response, TypeRef, Warning
from generator.spec.refs import jp_ref


def obj(name: str) -> dict[str, Any]:
    return {"type": "object", "properties": {name: {"type": "string"}}}


def built(
    declared: dict[str, Any] | None, **spec_extra: Any
) -> tuple[Response, tuple[Response, ...], list[Warning]]:
    operation = {} if declared is None else {"responses": declared}
    spec = openapi({"/things": {"get": operation}}, **spec_extra)
    ctx, root = context_of(spec)
    at = jp_ref(root, "paths", "/things", "get")
    success, errors = responses(operation, at, ctx, "ThingsList")
    return success, errors, ctx.warnings.items


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/json", "json"),
        ("application/problem+json", "json"),
        ("Application/JSON; charset=utf-8", "json"),
        ("text/event-stream", "stream"),
        ("text/plain", "text"),
        ("text/html", "text"),
        ("application/pdf", "bytes"),
        ("application/octet-stream", "bytes"),
    ],
)
def test_response_kind_of_a_media_type(media_type: str, kind: str) -> None:
    assert response_kind(media_type) == kind


def test_one_json_success_is_what_the_method_returns() -> None:
    success, errors, warnings = built(
        {"200": {"description": "The thing.", "content": json_content(obj("a"))}}
    )
    assert success == Response(
        "200", "The thing.", "application/json", named("ThingsListResponse"), None, False, "json"
    )
    assert errors == () and warnings == []


def test_several_json_successes_are_a_union_nullable_if_one_is_empty() -> None:
    success, _, _ = built(
        {
            "200": {"description": "a", "content": json_content(obj("a"))},
            "201": {"description": "b", "content": json_content(obj("b"))},
            "204": {"description": "none"},
        }
    )
    assert success.status == "200" and success.kind == "json"
    assert success.type == TypeRef(
        "union", items=(named("ThingsListResponse"), named("ThingsListResponse2")), nullable=True
    )
    assert success.description == "200: a; 201: b; 204: none"


def test_successes_of_one_type_are_that_type_not_a_union() -> None:
    success, _, _ = built(
        {
            "200": {"description": "", "content": json_content({"$ref": "#/components/schemas/T"})},
            "201": {"description": "", "content": json_content({"$ref": "#/components/schemas/T"})},
        },
        components={"schemas": {"T": obj("a")}},
    )
    assert success.type == named("T")  # a component keeps its own name


def test_successes_of_different_kinds_return_the_first_with_a_warning() -> None:
    success, _, warnings = built(
        {
            "200": {"description": "", "content": json_content(obj("a"))},
            "201": {"description": "", "content": {"text/plain": {"schema": {"type": "string"}}}},
        }
    )
    assert success.kind == "json" and success.status == "200"
    assert warnings == [
        Warning(
            "spec.yaml#/paths/~1things/get",
            "2xx responses of different kinds (json, text); the method returns what 200 returns",
        )
    ]


def test_empty_successes_return_none() -> None:
    success, _, _ = built({"202": {"description": "Accepted"}, "204": {"description": "Done"}})
    assert (success.status, success.kind, success.type) == ("202", "none", None)


def test_errors_are_in_status_order_with_the_exception_each_raises() -> None:
    success, errors, _ = built(
        {
            "default": {"description": "Other"},
            "500": {"description": "Oops"},
            "404": {"description": "Missing", "content": json_content(obj("message"))},
            "4XX": {"description": "Client"},
            "200": {"description": "OK"},
        }
    )
    assert [(e.status, e.error_class) for e in errors] == [
        ("404", "NotFoundError"),
        ("4XX", "APIStatusError"),
        ("500", "InternalServerError"),
        ("default", "APIStatusError"),
    ]
    assert errors[0].type == named("ThingsListResponse404")
    assert success.error_class == ""


def test_a_documented_redirect_is_the_answer_only_without_a_2xx() -> None:
    redirect_only = {
        "302": {
            "description": "Onward",
            "content": {"application/json": {"schema": {"type": "string"}}},
        },
        "400": {"description": "Bad"},
    }
    success, errors, _ = built(redirect_only)
    assert (success.status, success.kind, success.error_class) == ("302", "json", "")
    assert [e.status for e in errors] == ["400"]
    with_a_2xx, errors, _ = built({"200": {"description": "OK"}, "302": {"description": "Moved"}})
    assert with_a_2xx.status == "200"
    assert [(e.status, e.error_class) for e in errors] == [("302", "APIStatusError")]


def test_with_only_default_it_describes_success_too() -> None:
    success, errors, _ = built({"default": {"description": "d", "content": json_content(obj("a"))}})
    assert success.status == "default"
    assert success.type == named("ThingsListResponseDefault")
    assert errors == (success,)


def test_no_responses_return_none_with_a_warning() -> None:
    success, errors, warnings = built(None)
    assert success == Response("200", "", None, None, None, False, "none")
    assert errors == ()
    assert warnings == [
        Warning("spec.yaml#/paths/~1things/get", "no responses declared; the method returns None")
    ]


def test_json_is_preferred_among_media_types() -> None:
    success, _, _ = built(
        {
            "200": {
                "description": "",
                "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "application/json": {"schema": obj("a")},
                    "application/pdf": {},
                },
            }
        }
    )
    assert (success.content_type, success.kind) == ("application/json", "json")


def test_json_that_the_server_may_stream_keeps_the_events_type() -> None:
    """Exa, Mistral: one 200 offering JSON and `text/event-stream` is JSON that may stream."""
    typed, _, _ = built(
        {
            "200": {
                "description": "",
                "content": {
                    "text/event-stream": {"schema": obj("delta")},
                    "application/json": {"schema": obj("answer")},
                },
            }
        }
    )
    assert (typed.kind, typed.type, typed.streams, typed.event_type) == (
        "json",
        named("ThingsListResponse"),
        True,
        named("ThingsListResponseEvent"),
    )
    untyped, _, _ = built(
        {"200": {"description": "", "content": json_content(obj("a")) | {"text/event-stream": {}}}}
    )
    assert (untyped.streams, untyped.event_type) == (True, None)
    only_json, _, _ = built({"200": {"description": "", "content": json_content(obj("a"))}})
    assert only_json.streams is False


@pytest.mark.parametrize(
    ("schema", "enveloped"),
    [
        ({"type": "object", "properties": {"event": {}, "data": obj("a"), "id": {}}}, True),
        ({"type": "object", "properties": {"data": {"type": "string"}}}, True),
        (obj("delta"), False),  # the schema of the data
        ({"type": "object", "properties": {"data": obj("a"), "usage": obj("b")}}, False),
    ],
)
def test_an_event_schema_of_event_fields_describes_the_whole_event(
    schema: dict[str, Any], enveloped: bool
) -> None:
    """Mistral (and OpenAPI 3.2's `itemSchema`) describe the event, `data` one of its fields."""
    stream, _, _ = built({"200": {"description": "", "content": {"text/event-stream": {"schema": schema}}}})
    either, _, _ = built(
        {
            "200": {
                "description": "",
                "content": json_content(obj("a")) | {"text/event-stream": {"schema": schema}},
            }
        }
    )
    assert (stream.enveloped, either.enveloped) == (enveloped, enveloped)


@pytest.mark.parametrize(
    ("media", "kind", "type_ref"),
    [
        ({"application/pdf": {}}, "bytes", TypeRef("bytes")),
        ({"text/csv": {"schema": {"type": "string"}}}, "text", TypeRef("str")),
        ({"text/event-stream": {}}, "stream", None),  # each event a ServerSentEvent
        (
            {"text/event-stream": {"schema": obj("delta")}},
            "stream",
            named("ThingsListResponse"),
        ),
    ],
)
def test_non_json_responses(media: dict[str, Any], kind: str, type_ref: TypeRef | None) -> None:
    success, _, _ = built({"200": {"description": "", "content": media}})
    assert (success.kind, success.type) == (kind, type_ref)


def test_examples_come_from_the_media_type() -> None:
    success, _, _ = built(
        {
            "200": {
                "description": "",
                "content": {"application/json": {"schema": obj("a"), "example": {"a": "x"}}},
            }
        }
    )
    assert (success.has_example, success.example) == (True, {"a": "x"})


def test_a_referenced_response_is_resolved() -> None:
    success, _, _ = built(
        {"200": {"$ref": "#/components/responses/Thing"}},
        components={
            "responses": {"Thing": {"description": "A thing.", "content": json_content(obj("a"))}}
        },
    )
    assert success.description == "A thing."
    assert success.type == named("ThingsListResponse")


def test_success_headers_are_typed_fields_of_a_model_without_content_type() -> None:
    header_components = {
        "headers": {
            "Remaining": {
                "description": "Calls left.",
                "required": True,
                "schema": {"type": "integer"},
            }
        }
    }
    success, errors, warnings = built(
        {
            "200": {
                "description": "The things.",
                "headers": {
                    "X-RateLimit-Remaining": {"$ref": "#/components/headers/Remaining"},
                    "X-Request-Id": {"schema": {"type": "string"}},
                    "Content-Type": {"schema": {"type": "string"}},
                    "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}},
                },
                "content": json_content(obj("a")),
            },
            "404": {"description": "No.", "headers": {"X-Why": {"schema": {"type": "string"}}}},
        },
        components=header_components,
    )
    assert success.headers_type == named("ThingsListResponseHeaders")
    assert [
        (f.python_name, f.wire_name, f.type, f.required, f.description) for f in success.headers
    ] == [
        ("x_rate_limit_remaining", "X-RateLimit-Remaining", TypeRef("int"), True, "Calls left."),
        ("x_request_id", "X-Request-Id", TypeRef("str"), False, ""),
        ("x_tags", "X-Tags", TypeRef("str"), False, ""),
    ]
    assert success.headers[0].pointer == "/components/headers/Remaining"
    assert errors[0].headers == () and errors[0].headers_type is None
    assert [(w.pointer, w.message) for w in warnings] == [
        (
            "spec.yaml#/paths/~1things/get/responses/200/headers/X-Tags/schema",
            "a response header of type 'array' is typed as its text (str)",
        )
    ]


def test_a_success_without_headers_has_no_headers_model() -> None:
    success, _, _ = built({"200": {"description": "ok", "headers": {"Content-Type": {}}}})
    assert success.headers == () and success.headers_type is None
