"""Responses → what a method returns (the 2xx answers merged) and what each error carries."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import naming, runtime
from ..model.api import Field, Response, ResponseKind, TypeRef
from ..spec.refs import Ref, jp_ref
from .context import Context
from .examples import example_in

_JSON_TYPES = ("application/json",)
_RESPONSE_PREFERENCE = {"json": 0, "stream": 1, "text": 2, "bytes": 3, "none": 4}


def response_kind(media_type: str) -> ResponseKind:
    base = media_type.split(";")[0].strip().lower()
    if base in _JSON_TYPES or base.endswith("+json"):
        return "json"
    if base == "text/event-stream":
        return "stream"
    if base.startswith("text/"):
        return "text"
    return "bytes"


JSON_KIND: ResponseKind = "json"


def chosen_media_type(content: dict[str, Any]) -> tuple[str, ResponseKind]:
    """The media type a response is read as, of those it offers (JSON first), and its kind."""
    media_type = min(content, key=lambda m: (_RESPONSE_PREFERENCE[response_kind(m)], m))
    return media_type, response_kind(media_type)


def inexpressible(operation: dict[str, Any]) -> str:
    """Why the SDK cannot offer an operation as a method, or "" when it can.

    An operation that declares only informational (1xx) responses, such as a WebSocket upgrade
    (`101 Switching Protocols`), never completes as an HTTP request and response.
    """
    declared = operation.get("responses") or {}
    statuses = [str(status) for status in declared]
    if statuses and all(status.startswith("1") for status in statuses):
        return (
            f"it only answers {', '.join(sorted(statuses))} (a protocol switch such as a "
            "WebSocket upgrade), which an HTTP client method cannot express"
        )
    return ""


def answer_statuses(declared: dict[str, Any]) -> set[str]:
    """The statuses that are the operation's result: its 2xx; with none, its 3xx. An
    operation that documents only a redirect (a download by a signed URL, a step of a login
    flow) answers with it: the client returns it rather than following it."""
    statuses = [str(status) for status in declared]
    return {s for s in statuses if s.startswith("2")} or {s for s in statuses if s.startswith("3")}


def responses(
    operation: dict[str, Any], at: Ref, ctx: Context, prefix: str
) -> tuple[Response, tuple[Response, ...]]:
    """(the success response, the error responses in status order)."""
    declared = operation.get("responses") or {}
    if not declared:
        ctx.warnings.warn(at, "no responses declared; the method returns None")
    answers = answer_statuses(declared)
    built: list[Response] = []
    for status in sorted(declared, key=_status_order):
        response, response_at = ctx.resolver.deref(declared[status], jp_ref(at, "responses", status))
        is_success = status in answers
        hint = naming.type_name(prefix, "response", *([] if is_success else [status]))
        built.append(_response(status, response, response_at, ctx, hint, is_success))
        if is_success:
            built[-1] = _with_headers(built[-1], response, response_at, ctx, hint + "Headers")
    successes = [r for r in built if r.status in answers]
    errors = tuple(r for r in built if r.status not in answers)
    if not successes:
        # With no 2xx declared, `default` describes the successful answer too.
        default = [r for r in built if r.status == "default"]
        if default:
            return default[0], errors
        return Response("200", "", None, None, None, False, "none"), errors
    return _merge_successes(successes, at, ctx), errors


def _merge_successes(successes: list[Response], at: Ref, ctx: Context) -> Response:
    """Several 2xx responses: one result type (a union of the JSON ones, None if some are empty)."""
    first = successes[0]
    if len(successes) == 1:
        return first
    with_body = [r for r in successes if r.kind != "none"]
    if not with_body:
        return first
    kinds = {r.kind for r in with_body}
    if kinds != {"json"}:
        ctx.warnings.warn(
            at,
            f"2xx responses of different kinds ({', '.join(sorted(kinds))}); "
            f"the method returns what {with_body[0].status} returns",
        )
        for response in with_body[1:]:
            ctx.warnings.leave_out(
                jp_ref(at, "responses", response.status, "content", response.content_type or ""),
                f"response {response.status} as {response.content_type}",
                f"the method returns what {with_body[0].status} returns "
                f"({with_body[0].content_type})",
            )
        return with_body[0]
    options: list[TypeRef] = []
    for response in with_body:
        if response.type is not None and response.type not in options:
            options.append(response.type)
    result_type = options[0] if len(options) == 1 else TypeRef("union", items=tuple(options))
    if len(with_body) < len(successes):
        result_type = TypeRef(
            result_type.kind,
            result_type.literals,
            result_type.items,
            result_type.name,
            result_type.module,
            True,
            result_type.discriminator,
            result_type.tags,
        )
    lead = with_body[0]
    streaming = next((r for r in with_body if r.streams), None)
    description = "; ".join(f"{r.status}: {r.description}" for r in successes if r.description)
    return Response(
        lead.status,
        description,
        lead.content_type,
        result_type,
        lead.example,
        lead.has_example,
        "json",
        headers=lead.headers,
        headers_type=lead.headers_type,
        streams=streaming is not None,
        event_type=streaming.event_type if streaming else None,
        enveloped=streaming.enveloped if streaming else False,
    )


def _response(
    status: str, response: dict[str, Any], at: Ref, ctx: Context, hint: str, is_success: bool
) -> Response:
    content = response.get("content") or {}
    description = str(response.get("description") or "")
    error_class = "" if is_success else runtime.error_class(status)
    if not content:
        return Response(status, description, None, None, None, False, "none", error_class)
    media_type, kind = chosen_media_type(content)
    media = content[media_type] or {}
    schema_at = jp_ref(at, "content", media_type, "schema")
    has_example, example = example_in(
        media, jp_ref(at, "content", media_type), media.get("schema"), schema_at, ctx.resolver
    )
    type_ref: TypeRef | None
    if kind in ("bytes", "text"):
        type_ref = TypeRef("bytes") if kind == "bytes" else TypeRef("str")
    elif kind == "stream" and "schema" not in media:
        type_ref = None
    else:
        type_ref = ctx.typer.type_of(media.get("schema", {}), schema_at, hint, "models")
    built = Response(
        status, description, media_type, type_ref, example, has_example, kind, error_class
    )
    if kind == "stream":
        return dataclasses.replace(built, enveloped=_is_envelope(media, schema_at, ctx))
    events = next((m for m in sorted(content) if response_kind(m) == "stream"), None)
    if kind != "json" or events is None:
        return built
    # JSON, or events when the server chooses to stream (a `stream: true` request, as a rule).
    event_media = content[events] or {}
    event_type = None
    event_at = jp_ref(at, "content", events, "schema")
    if "schema" in event_media:
        event_type = ctx.typer.type_of(event_media["schema"], event_at, hint + "Event", "models")
    enveloped = _is_envelope(event_media, event_at, ctx)
    return dataclasses.replace(built, streams=True, event_type=event_type, enveloped=enveloped)


# The fields of one server-sent event.
_EVENT_FIELDS = frozenset({"event", "data", "id", "retry"})


def _is_envelope(media: dict[str, Any], at: Ref, ctx: Context) -> bool:
    """Whether an event stream's schema describes the whole event (`{event, data, id}`, as
    Mistral and OpenAPI 3.2's `itemSchema` write it) rather than its `data`: an object whose
    properties are event fields, `data` among them."""
    schema, _ = ctx.resolver.deref(media.get("schema"), at)
    properties = schema.get("properties") if isinstance(schema, dict) else None
    return isinstance(properties, dict) and "data" in properties and set(properties) <= _EVENT_FIELDS


# Header values are single strings on the wire: these schema types are read from one.
_HEADER_TYPES = ("string", "integer", "number", "boolean")


def _with_headers(
    response: Response, declared: dict[str, Any], at: Ref, ctx: Context, hint: str
) -> Response:
    """`response` with the headers it declares, typed, and the model they validate into.

    `Content-Type` is left out (OpenAPI: it is described by `content`); a header whose schema
    is an array or an object is kept as its text, with a warning, since its serialisation
    (`style: simple`) is not parsed.
    """
    headers = declared.get("headers")
    if not isinstance(headers, dict):
        return response
    wire_names = sorted(name for name in headers if str(name).lower() != "content-type")
    if not wire_names:
        return response
    python_names = naming.unique(
        [naming.field_name(wire, reserved=naming.RESERVED_MODEL_FIELDS) for wire in wire_names]
    )
    fields = []
    for wire, python_name in zip(wire_names, python_names, strict=True):
        header, header_at = ctx.resolver.deref(headers[wire], jp_ref(at, "headers", wire))
        header = header if isinstance(header, dict) else {}
        fields.append(
            Field(
                python_name=python_name,
                wire_name=wire,
                type=_header_type(header, header_at, ctx, hint + naming.pascal(wire)),
                required=header.get("required") is True,
                description=str(header.get("description") or ""),
                example=None,
                has_example=False,
                deprecated=header.get("deprecated") is True,
                pointer=header_at.pointer,
            )
        )
    headers_type = ctx.typer.define_model(
        jp_ref(at, "headers"), hint, tuple(fields), "The response headers the API declares."
    )
    return dataclasses.replace(response, headers=tuple(fields), headers_type=headers_type)


def _header_type(header: dict[str, Any], at: Ref, ctx: Context, hint: str) -> TypeRef:
    schema_at = jp_ref(at, "schema")
    if "schema" not in header:  # described by `content` instead: its text
        return TypeRef("str")
    schema, _ = ctx.resolver.deref(header["schema"], schema_at)
    kind = schema.get("type") if isinstance(schema, dict) else None
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    other = [str(k) for k in kinds if k not in (*_HEADER_TYPES, "null")]
    if other:
        ctx.warnings.warn(
            schema_at, f"a response header of type {other[0]!r} is typed as its text (str)"
        )
        return TypeRef("str")
    return ctx.typer.type_of(header["schema"], schema_at, hint, "models")


def _status_order(status: str) -> tuple[int, str]:
    return (1, status) if not status[:1].isdigit() else (0, status)
