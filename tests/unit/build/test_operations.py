"""Operations: planned from `paths` (resource and method names, collisions resolved), then built."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import context_of, json_content, openapi, returns

from generator.build.operations import (
    HTTP_METHODS,
    build_operation,
    plan_operations,
    resource_key,
)
from generator.build.security import security_schemes

OK = {"responses": {"204": {"description": "ok"}}}


def plans(paths: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...], str]]:
    spec = openapi(paths)
    _, root = context_of(spec)
    return [
        (p.http_method, p.path, p.resource_key, p.method) for p in plan_operations(spec, root)
    ]


def test_operations_are_planned_in_path_then_method_order() -> None:
    assert plans({"/b": {"post": OK, "get": OK}, "/a": {"delete": OK}}) == [
        ("delete", "/a", ("a",), "delete"),
        ("get", "/b", ("b",), "list"),
        ("post", "/b", ("b",), "create"),
    ]
    assert HTTP_METHODS == ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def test_path_item_keys_that_are_not_operations_are_skipped() -> None:
    paths = {"/a": {"parameters": [], "summary": "x", "x-ext": {}, "get": OK, "servers": []}}
    assert plans(paths) == [("get", "/a", ("a",), "list")]


def test_resource_segments_come_from_the_path_else_the_first_tag_else_api() -> None:
    assert plans(
        {"/": {"get": {"tags": ["Root Tag", "Other"], **OK}}, "/{id}": {"get": OK}}
    ) == [("get", "/", ("root_tag",), "list"), ("get", "/{id}", ("api",), "get")]


def test_segments_spelled_differently_are_one_resource() -> None:
    assert resource_key(("V1", "lip-sync")) == resource_key(("v1", "lip_sync")) == ("v1", "lip_sync")


def test_colliding_methods_are_named_by_operation_id() -> None:
    assert plans(
        {
            "/things/{id}": {"get": {"operationId": "getThing", **OK}},
            "/things/{id}/{part}": {"get": {"operationId": "getPart", **OK}},
        }
    ) == [
        ("get", "/things/{id}", ("things",), "get_thing"),
        ("get", "/things/{id}/{part}", ("things",), "get_part"),
    ]


def test_colliding_methods_without_operation_id_are_named_by_their_parameters() -> None:
    assert plans(
        {
            "/things": {"get": OK},
            "/things/{id}": {"get": OK},
            "/Things/{name}": {"get": OK},
            "/x": {"put": OK},
            "/x/{id}": {"put": OK, "patch": OK},
        }
    ) == [
        ("get", "/Things/{name}", ("things",), "get_by_name"),
        ("get", "/things", ("things",), "list"),
        ("get", "/things/{id}", ("things",), "get_by_id"),
        ("put", "/x", ("x",), "update"),
        ("put", "/x/{id}", ("x",), "update_by_id"),
        ("patch", "/x/{id}", ("x",), "update_by_id_2"),  # still equal: made unique
    ]


def test_a_method_never_takes_a_name_the_resource_client_uses() -> None:
    # An operationId like `close` would shadow the client's own method.
    assert plans(
        {
            "/things/{id}": {"get": {"operationId": "close", **OK}},
            "/things/{id}/{x}": {"get": {"operationId": "with_options", **OK}},
        }
    ) == [
        ("get", "/things/{id}", ("things",), "close_2"),
        ("get", "/things/{id}/{x}", ("things",), "with_options_2"),
    ]


# -- building one operation -----------------------------------------------------------------------


def build(path: str, http_method: str, operation: dict[str, Any], **spec_extra: Any) -> Any:
    spec = openapi({path: {http_method: operation}}, **spec_extra)
    ctx, root = context_of(spec)
    (plan,) = plan_operations(spec, root)
    return build_operation(plan, spec, ctx, security_schemes(spec, "ACME"))


def test_an_operation_keeps_what_the_spec_says_and_the_names_it_was_given() -> None:
    op = build(
        "/v1/lip-sync",
        "post",
        {
            "operationId": "createLipSync",
            "summary": "Lip sync",
            "description": "Makes a video.",
            "deprecated": True,
            "requestBody": {
                "required": True,
                "content": json_content(
                    {"type": "object", "properties": {"name": {"type": "string"}}}
                ),
            },
            "responses": returns({"type": "object", "properties": {"id": {"type": "string"}}}),
        },
    )
    assert (op.method, op.http_method, op.path) == ("create", "POST", "/v1/lip-sync")
    assert (op.operation_id, op.summary, op.description) == (
        "createLipSync",
        "Lip sync",
        "Makes a video.",
    )
    assert op.deprecated is True
    assert op.qualified_name == "v1.lip_sync.create"
    assert op.pointer == "/paths/~1v1~1lip-sync/post"
    assert op.endpoint_function == "_create_endpoint"
    assert op.route == "POST /v1/lip-sync"
    assert op.title == "Lip sync"
    assert [p.python_name for p in op.parameters] == ["name"]
    assert op.body is not None and op.body.type.name == "V1LipSyncCreateBody"
    assert op.success.type is not None and op.success.type.name == "V1LipSyncCreateResponse"
    assert op.security == ()


def test_without_a_summary_the_title_is_the_route() -> None:
    op = build("/things/{id}", "get", {"deprecated": "yes", **OK})
    assert op.title == op.route == "GET /things/{id}"
    assert (op.summary, op.operation_id, op.deprecated) == ("", "", False)


def test_the_documents_security_applies() -> None:
    op = build(
        "/things",
        "get",
        OK,
        security=[{"key": []}],
        components={"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "k"}}},
    )
    assert op.security == (("key",),)


@pytest.mark.parametrize(
    ("security", "expected"),
    [([], ()), ([{}], ((),))],
)
def test_an_operation_may_switch_security_off(
    security: list[dict[str, Any]], expected: tuple[tuple[str, ...], ...]
) -> None:
    op = build(
        "/things",
        "get",
        {"security": security, **OK},
        security=[{"key": []}],
        components={"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "k"}}},
    )
    assert op.security == expected
