"""Request bodies → how a method takes and sends them (flattened keyword arguments or `data`)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model.api import BodyKind, Parameter, RequestBody, TypeRef
from ..spec.refs import Ref, jp_ref
from .context import Context
from .examples import coerce_example, example_in
from .parameters import body_field_parameter

_JSON_TYPES = ("application/json",)
_BODY_PREFERENCE = {"json": 0, "multipart": 1, "form": 2, "binary": 3, "text": 4}


def body_kind(media_type: str) -> BodyKind:
    base = media_type.split(";")[0].strip().lower()
    if base in _JSON_TYPES or base.endswith("+json"):
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


def is_json(media_type: str) -> bool:
    return body_kind(media_type) == "json"


def request_body(
    operation: dict[str, Any], at: Ref, ctx: Context, prefix: str
) -> tuple[RequestBody | None, list[Parameter]]:
    """The body the method sends, and the arguments it takes for it."""
    raw = operation.get("requestBody")
    if raw is None:
        return None, []
    body, body_at = ctx.resolver.deref(raw, jp_ref(at, "requestBody"))
    content = body.get("content") or {}
    if not content:
        ctx.warnings.warn(body_at, "a request body with no content; sent as raw bytes")
    # One body per method: JSON when offered, else the first of the others by preference.
    media_type = min(
        content or {"application/octet-stream": {}},
        key=lambda m: (_BODY_PREFERENCE[body_kind(m)], m),
    )
    kind = body_kind(media_type)
    if len(content) > 1:
        others = sorted(m for m in content if m != media_type)
        ctx.warnings.warn(
            body_at, f"the body is sent as {media_type}; not offered: {', '.join(others)}"
        )
        for other in others:
            ctx.warnings.leave_out(
                jp_ref(body_at, "content", other),
                f"request body media type {other}",
                f"one body per method: it is sent as {media_type}",
            )
    media = content.get(media_type) or {}
    schema_at = jp_ref(body_at, "content", media_type, "schema")
    if kind == "binary":
        type_ref = TypeRef("bytes")
    elif kind == "text":
        type_ref = TypeRef("str")
    else:
        type_ref = ctx.typer.type_of(media.get("schema", {}), schema_at, prefix + "Body", "params")
    required = body.get("required") is True
    description = str(body.get("description") or "")
    fields = ctx.typer.fields_of(type_ref, "params") if not type_ref.nullable else ()
    has_example, example = example_in(
        media, jp_ref(body_at, "content", media_type), media.get("schema"), schema_at, ctx.resolver
    )
    if fields and kind in ("json", "form", "multipart"):
        arguments = [body_field_parameter(field, required) for field in fields]
        if has_example and isinstance(example, dict):
            arguments = [_from_body_example(argument, example) for argument in arguments]
        return RequestBody(media_type, type_ref, required, description, True, kind), arguments
    if kind == "binary":
        has_example, example = False, None
    data = Parameter(
        python_name="data",
        wire_name="",
        location="body",
        type=type_ref,
        required=required,
        description=description or "The request body.",
        example=example,
        has_example=has_example,
        deprecated=False,
        children=(),
        pointer=schema_at.pointer,
    )
    return RequestBody(media_type, type_ref, required, description, False, kind), [data]


def _from_body_example(argument: Parameter, example: dict[str, Any]) -> Parameter:
    """A body property's argument, given the spec's example of the whole body: the example's value
    for it, or, where the example leaves it out, nothing to show (a complete request as the spec
    writes it, whatever examples its parts have)."""
    if argument.wire_name in example:
        value = coerce_example(argument.type, example[argument.wire_name])
        return dataclasses.replace(argument, example=value, has_example=True)
    return dataclasses.replace(argument, left_out_of_example=True)
