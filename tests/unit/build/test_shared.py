"""Inline error bodies of one structure are one model, named by what they are, not where."""

from __future__ import annotations

from typing import Any

from support.model import api_of, context_of, json_content, openapi

from generator.build.operations import plan_operations
from generator.build.shared import share_error_bodies
from generator.model.api import Api, ObjectType
from generator.spec.refs import jp_ref


def message(description: str = "", enum: list[str] | None = None, **more: Any) -> dict[str, Any]:
    field: dict[str, Any] = {"type": "string"}
    if enum:
        field["enum"] = enum
    return {
        "type": "object",
        "required": ["message"],
        "properties": {"message": field},
        "description": description,
        **more,
    }


def answer(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "an error", "content": json_content(schema)}


def operation(
    errors: dict[str, dict[str, Any]], ok: dict[str, Any] | None = None
) -> dict[str, Any]:
    success = ok or {"type": "object", "properties": {"id": {"type": "string"}}}
    responses = {"200": answer(success)}
    responses.update({status: answer(schema) for status, schema in errors.items()})
    return {"post": {"responses": responses}}


def built(paths: dict[str, Any], **more: Any) -> Api:
    return api_of(openapi(paths, **more))


def error_types(api: Api, route: str) -> dict[str, str]:
    op = next(op for _, op in api.all_operations() if op.route == route)
    return {error.status: error.type.name for error in op.errors if error.type is not None}


def model(api: Api, name: str) -> ObjectType:
    return next(t for t in api.object_types if t.name == name and t.flavour == "models")


def test_one_structure_at_one_status_everywhere_is_one_model_named_by_the_status() -> None:
    api = built(
        {
            "/a": operation({"404": message("Not found", ["Not Found"])}),
            "/b": operation({"404": message("Not found", ["Not Found"])}),
        }
    )
    assert error_types(api, "POST /a") == error_types(api, "POST /b") == {"404": "Error404"}
    assert model(api, "Error404").description == "Not found"


def test_prose_does_not_count_and_several_statuses_name_it_by_its_fields() -> None:
    api = built(
        {
            "/a": operation({"400": message("The request is invalid", example={"message": "x"})}),
            "/b": operation({"422": message("Unprocessable")}),
        }
    )
    assert error_types(api, "POST /a") == {"400": "ErrorMessage"}
    assert error_types(api, "POST /b") == {"422": "ErrorMessage"}
    shared = model(api, "ErrorMessage")
    assert shared.description == ""  # the places describe it differently
    assert shared.summary == "The body of 400 and 422 error responses."
    # No copy per place: besides the shared model, only the success bodies.
    assert {t.name for t in api.object_types} == {
        "ErrorMessage",
        "ACreateResponse",
        "BCreateResponse",
    }


def test_another_structure_is_another_model() -> None:
    api = built(
        {
            "/a": operation({"401": message(enum=["Unauthorized"]), "404": message(enum=["Gone"])}),
            "/b": operation({"401": message(enum=["Unauthorized"]), "404": message()}),
        }
    )
    assert error_types(api, "POST /a") == {"401": "Error401", "404": "ACreateResponse404"}
    assert error_types(api, "POST /b") == {"401": "Error401", "404": "BCreateResponse404"}


def test_a_body_at_one_place_keeps_the_name_of_its_place() -> None:
    api = built({"/a": operation({"400": message()})})
    assert error_types(api, "POST /a") == {"400": "ACreateResponse400"}


def test_success_bodies_are_never_shared() -> None:
    same = {"type": "object", "properties": {"id": {"type": "string"}}}
    api = built({"/a": operation({}, ok=same), "/b": operation({}, ok=same)})
    names = {op.success.type.name for _, op in api.all_operations() if op.success.type}
    assert names == {"ACreateResponse", "BCreateResponse"}


def test_a_title_or_a_response_component_names_the_model() -> None:
    titled = built(
        {
            "/a": operation({"400": message(title="Problem")}),
            "/b": operation({"409": message(title="Problem")}),
        }
    )
    assert error_types(titled, "POST /a") == {"400": "Problem"}
    component = built(
        {
            "/a": {"post": {"responses": {"404": {"$ref": "#/components/responses/Missing"}}}},
            "/b": {"post": {"responses": {"404": {"$ref": "#/components/responses/Missing"}}}},
        },
        components={"responses": {"Missing": answer(message())}},
    )
    assert error_types(component, "POST /b") == {"404": "Missing"}


def test_component_schemas_keep_their_own_name() -> None:
    spec = openapi(
        {
            "/a": operation({"400": {"$ref": "#/components/schemas/Fault"}}),
            "/b": operation({"409": {"$ref": "#/components/schemas/Fault"}}),
        },
        {"Fault": message()},
    )
    api = api_of(spec)
    assert error_types(api, "POST /a") == {"400": "Fault"}


def test_an_unrelated_operation_moves_no_name() -> None:
    paths = {
        "/m": operation({"400": message(), "422": message()}),
        "/n": operation({"400": message()}),
    }
    before = built(paths)
    # A new first operation whose own error body sorts before the shared one, twice.
    other = {"type": "object", "properties": {"code": {"type": "integer"}}}
    after = built({"/a": operation({"400": other, "500": other}), **paths})
    assert (
        error_types(before, "POST /m")
        == error_types(after, "POST /m")
        == {
            "400": "ErrorMessage",
            "422": "ErrorMessage",
        }
    )
    assert error_types(after, "POST /a") == {"400": "ErrorCode", "500": "ErrorCode"}


def test_a_shared_name_a_component_has_gets_the_next_free_one() -> None:
    spec = openapi(
        {"/a": operation({"404": message()}), "/b": operation({"404": message()})},
        {"Error404": {"type": "object", "properties": {"other": {"type": "string"}}}},
    )
    assert error_types(api_of(spec), "POST /a") == {"404": "Error404_2"}


def test_the_typer_knows_the_shared_model_before_it_types_any_place() -> None:
    spec = openapi({"/a": operation({"400": message()}), "/b": operation({"422": message()})})
    ctx, root = context_of(spec)
    share_error_bodies(plan_operations(spec, root), ctx)
    at = jp_ref(root, "paths", "/b", "post", "responses", "422", "content", "application/json")
    typed = ctx.typer.type_of(message(), jp_ref(at, "schema"), "Anything", "models")
    assert typed.name == "ErrorMessage"
