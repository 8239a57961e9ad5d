"""Views of a resource's client module: each operation's arguments, its Endpoint's fields, how
a call sends each argument, what it returns, and the module's imports."""

from __future__ import annotations

from support.model import (
    STR,
    api,
    body,
    named,
    operation,
    parameter,
    replace,
    resource,
    response,
)

from generator.emit.code import Argument, ChildImport, OperationCode, resource_code
from generator.emit.imports import Imports
from generator.model.api import Operation, Resource, TypeRef


def code_of(
    *operations: Operation, children: tuple[Resource, ...] = ()
) -> tuple[Imports, list[OperationCode]]:
    things = resource("things", operations=operations, children=children)
    code = resource_code(api(things), things)
    assert code.resource is things
    return code.imports, list(code.operations)


def one(op: Operation) -> OperationCode:
    _, (code,) = code_of(op)
    assert code.operation is op
    return code


def test_optional_arguments_also_take_not_given() -> None:
    code = one(
        operation(
            "show",  # not `list`, which a class binding it would have to spell builtins.list
            parameters=(
                parameter("id", "path", required=True, description="The id.", deprecated=True),
                parameter("X-Trace", "header", TypeRef("list", items=(STR,))),
                parameter("pet", "query", named("Pet")),
            ),
        )
    )
    assert code.arguments == (
        Argument("id", "id", "str", False, "The id.", True),
        Argument("x_trace", "X-Trace", "list[str] | NotGiven", True, "", False),
        Argument("pet", "pet", "params.Pet | NotGiven", True, "", False),
    )


def test_each_location_is_sent_as_its_own_dict_of_wire_names() -> None:
    code = one(
        operation(
            "create",
            "POST",
            parameters=(
                parameter("id", "path", required=True),
                parameter("q", "query"),
                parameter("X-Id", "header"),
                parameter("sid", "cookie"),
                parameter("first-name", "body", required=True),
            ),
            body=body(named("ThingsCreateBody")),
        )
    )
    assert code.call_arguments == (
        ("path_params", '{"id": id}'),
        ("query", '{"q": q}'),
        ("headers", '{"X-Id": x_id}'),
        ("cookies", '{"sid": sid}'),
        ("json", '{"first-name": first_name}'),
    )


def test_a_body_that_is_not_flattened_is_sent_whole() -> None:
    data = replace(
        parameter("data", "body", TypeRef("list", items=(STR,)), required=True), wire_name=""
    )
    code = one(
        operation("create", "POST", parameters=(data,), body=body(data.type, flattened=False))
    )
    assert code.call_arguments == (("json", "data"),)


def test_multipart_sends_files_apart_from_the_form_fields() -> None:
    code = one(
        operation(
            "create",
            "POST",
            parameters=(
                parameter("name", "body", required=True),
                parameter("file", "body", TypeRef("file")),
                parameter("more", "body", TypeRef("list", items=(TypeRef("file"),))),
            ),
            body=body(named("B"), kind="multipart"),
        )
    )
    assert code.call_arguments == (
        ("form", '{"name": name}'),
        ("files", '{"file": file, "more": more}'),
    )
    assert ("multipart", "True") in code.endpoint_fields


def test_a_form_body_is_sent_as_a_form() -> None:
    code = one(
        operation(
            "create",
            "POST",
            parameters=(parameter("a", "body"),),
            body=body(named("B"), kind="form"),
        )
    )
    assert code.call_arguments == (("form", '{"a": a}'),)
    assert all(name != "multipart" for name, _ in code.endpoint_fields)


def test_a_raw_body_is_sent_as_content_with_its_content_type() -> None:
    data = replace(parameter("data", "body", TypeRef("bytes"), required=True), wire_name="")
    code = one(
        operation(
            "upload",
            "PUT",
            parameters=(data,),
            body=body(TypeRef("bytes"), flattened=False, kind="binary"),
        )
    )
    assert code.arguments == (Argument("data", "", "FileContent", False, "", False),)
    assert code.call_arguments == (("content", "data"),)
    assert ("content_type", '"application/octet-stream"') in code.endpoint_fields


def test_the_endpoint_says_everything_about_the_call() -> None:
    code = one(
        operation(
            "get",
            "GET",
            "/things/{id}",
            parameters=(
                parameter("q", "query", style="pipeDelimited", explode=False),
                parameter("plain", "query"),
                parameter("deep", "query", style="deepObject", explode=True),
            ),
            success=response("200", named("Thing")),
            errors=(
                response("404", named("Error"), error_class="NotFoundError", description="Missing"),
                response("4XX", named("Error"), error_class="APIStatusError"),
                response("500", error_class="InternalServerError"),
            ),
            security=(("bearer",), ()),
        )
    )
    assert code.endpoint_fields == (
        ("method", '"GET"'),
        ("path", '"/things/{id}"'),
        ("operation", '"things.get"'),
        ("security", '(("bearer",), ())'),
        ("response_type", "models.Thing"),
        ("error_types", '{404: models.Error, "4XX": models.Error}'),
        ("query_styles", '{"q": ("pipeDelimited", False), "deep": ("deepObject", True)}'),
    )
    assert code.raises == (
        ("NotFoundError", "Missing"),
        ("APIStatusError", ""),
        ("InternalServerError", ""),
    )
    assert (code.returns, code.result_type, code.send_function) == (
        ("models.Thing", "models.Thing"),
        "models.Thing",
        "request",
    )


def test_what_each_kind_of_response_returns_and_accepts() -> None:
    cases = {
        "none": (response("204"), ("None", "None"), "None", None),
        "bytes": (
            response("200", TypeRef("bytes"), kind="bytes"),
            ("bytes", "bytes"),
            "bytes",
            '"*/*"',
        ),
        "text": (response("200", STR, kind="text"), ("str", "str"), "str", '"text/plain, */*"'),
        "json list": (
            response("200", TypeRef("list", items=(named("Pet"),))),
            ("list[models.Pet]", "list[models.Pet]"),
            "list[models.Pet]",
            None,
        ),
    }
    for name, (success, returns, result_type, accept) in cases.items():
        code = one(operation("show", success=success))
        assert (code.returns, code.result_type) == (returns, result_type), name
        fields = dict(code.endpoint_fields)
        assert fields.get("accept") == accept, name
        assert fields.get("response_type") == (None if result_type == "None" else result_type), name


def test_event_streams_are_sent_with_stream_and_return_a_stream() -> None:
    plain = one(operation(success=response("200", kind="stream", content_type="text/event-stream")))
    assert (plain.returns, plain.result_type, plain.send_function) == (
        ("Stream[ServerSentEvent]", "AsyncStream[ServerSentEvent]"),
        "ServerSentEvent",
        "stream",
    )
    assert ("accept", '"text/event-stream"') in plain.endpoint_fields
    typed = one(operation(success=response("200", named("Delta"), kind="stream")))
    assert typed.returns == ("Stream[models.Delta]", "AsyncStream[models.Delta]")


def test_json_or_events_chosen_by_the_server_and_typed_by_the_stream_flag() -> None:
    either = response("200", named("Answer"), streams=True, event_type=named("Chunk"))
    flag = parameter("stream", "body", TypeRef("bool"))
    query = parameter("query", "body", STR, required=True)
    code = one(operation(http_method="POST", parameters=(query, flag), success=either))
    events = ("Stream[models.Chunk]", "AsyncStream[models.Chunk]")
    answer = ("models.Answer", "models.Answer")
    both = ("models.Answer | Stream[models.Chunk]", "models.Answer | AsyncStream[models.Chunk]")
    assert (code.returns, code.send_function) == (both, "request_or_stream")
    fields = dict(code.endpoint_fields)
    assert (fields["accept"], fields["event_type"]) == (
        '"application/json, text/event-stream"',
        "models.Chunk",
    )
    assert [
        (signature.returns, [(a.annotation, a.optional) for a in signature.arguments])
        for signature in code.overloads
    ] == [
        (answer, [("str", False), ("typing.Literal[False] | NotGiven", True)]),
        (events, [("str", False), ("typing.Literal[True]", False)]),
        (both, [("str", False), ("bool | NotGiven", True)]),
    ]
    # No `stream` flag: the Content-Type alone decides, the annotation says either.
    untyped = response("200", named("Answer"), streams=True)
    plain = one(operation(http_method="POST", success=untyped))
    assert plain.returns[0] == "models.Answer | Stream[ServerSentEvent]"
    assert (plain.overloads, dict(plain.endpoint_fields)["event_type"]) == ((), "ServerSentEvent")
    assert "event_envelope" not in dict(plain.endpoint_fields)
    # An event type that describes the whole event, not its data: the runtime is told so.
    whole = response("200", named("Answer"), streams=True, event_type=named("E"), enveloped=True)
    whole_events = response("200", named("E"), kind="stream", enveloped=True)
    for success in (whole, whole_events):
        fields = dict(one(operation(http_method="POST", success=success)).endpoint_fields)
        assert fields["event_envelope"] == "True"


def test_a_module_imports_only_what_its_operations_use() -> None:
    imports, _ = code_of()
    assert imports == Imports(
        (
            ("from __future__ import annotations",),  # annotations name models, imported on use
            ("import typing",),
            ("from acme._core import AsyncBaseClient, SyncBaseClient",),
        )
    )
    imports, _ = code_of(operation(parameters=(parameter("id", "path", required=True),)))
    assert imports.groups == (
        ("from __future__ import annotations",),
        ("import functools", "import typing"),
        (
            "from acme._core import AsyncBaseClient, Endpoint, RequestOptions, SyncBaseClient, "
            "async_to_raw_response_wrapper, async_to_streamed_response_wrapper, "
            "to_raw_response_wrapper, to_streamed_response_wrapper",
        ),
    )


def test_a_module_imports_what_optional_arguments_streams_and_types_need() -> None:
    imports, _ = code_of(
        operation(
            "get",
            parameters=(
                parameter("since", "query", TypeRef("datetime")),
                parameter("p", "query", named("Pet")),
            ),
            success=response("200", kind="stream", content_type="text/event-stream"),
        ),
        operation(
            "list",
            success=response(
                "200",
                TypeRef(
                    "union",
                    items=(named("Cat"), named("Dog")),
                    discriminator="k",
                    tags=(("c",), ("d",)),
                ),
            ),
        ),
    )
    _, stdlib, third_party, first_party = imports.groups
    assert stdlib == ("import datetime", "import functools", "import typing")
    assert third_party == ("import pydantic",)
    core, types = first_party
    for name in (
        "NOT_GIVEN",
        "NotGiven",
        "Stream",
        "AsyncStream",
        "ServerSentEvent",
        "discriminate_by",
    ):
        assert name in core.removeprefix("from acme._core import ").split(", "), name
    assert types == "from acme.types import models, params"


def test_declared_response_headers_give_the_raw_wrapper_their_model() -> None:
    headers_type = named("ThingsListResponseHeaders")
    declares = operation("list", success=response("204", headers_type=headers_type))
    imports, (with_headers, without) = code_of(declares, operation("get"))
    assert with_headers.headers_model == "models.ThingsListResponseHeaders"
    assert without.headers_model == ""
    assert imports.groups[-1][-1] == "from acme.types import models"


def test_child_clients_are_imported_for_annotations() -> None:
    things = resource("things", children=(resource("things", "parts"),))
    code = resource_code(api(things), things)
    assert code.child_imports == (
        ChildImport("acme.resources.things.parts.client", ("AsyncPartsClient", "PartsClient")),
    )
    assert code.imports.groups[1] == ("import functools", "import typing")
