"""Path, query, header and cookie parameters → keyword arguments of an operation's method."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import naming
from ..model.api import Field, Parameter
from ..spec.refs import Ref, jp_ref
from .context import Context
from .examples import coerce_example, example_in

# Header parameters the OpenAPI specification says to ignore.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def parameters(
    operation: dict[str, Any], path_item: dict[str, Any], at: Ref, ctx: Context, prefix: str
) -> list[Parameter]:
    """Path-level parameters merged with the operation's (the operation wins on name + location)."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], Ref]] = {}
    path_at = Ref(at.file, at.pointer.rsplit("/", 1)[0])
    for source, source_at in ((path_item, path_at), (operation, at)):
        for index, raw in enumerate(source.get("parameters") or []):
            param, param_at = ctx.resolver.deref(raw, jp_ref(source_at, "parameters", index))
            merged[(str(param.get("name")), str(param.get("in")))] = (param, param_at)
    for (name, location), (_, param_at) in sorted(merged.items()):
        if location == "header" and name.lower() in IGNORED_HEADERS:
            del merged[(name, location)]
            ctx.warnings.leave_out(
                param_at,
                f"header parameter {name}",
                "OpenAPI says a header parameter named Accept, Content-Type or Authorization "
                "is ignored (the media types and security schemes say what is sent)",
            )
    return [
        _parameter(name, location, param, param_at, ctx, prefix)
        for (name, location), (param, param_at) in sorted(merged.items())
    ]


def _parameter(
    name: str, location: str, param: dict[str, Any], param_at: Ref, ctx: Context, prefix: str
) -> Parameter:
    schema = param.get("schema")
    schema_at = jp_ref(param_at, "schema")
    if schema is None and isinstance(param.get("content"), dict) and param["content"]:
        media_type = sorted(param["content"])[0]
        schema = param["content"][media_type].get("schema")
        schema_at = jp_ref(param_at, "content", media_type, "schema")
    type_ref = ctx.typer.type_of(
        schema if schema is not None else {}, schema_at, prefix + naming.pascal(name), "params"
    )
    if type_ref.kind == "base64":
        # A path, query, header or cookie value is text: the caller gives the base64 itself.
        type_ref = dataclasses.replace(type_ref, kind="str")
    has_example, example = example_in(param, param_at, schema, schema_at, ctx.resolver)
    style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
    explode = param.get("explode", style == "form") is True
    resolved_schema, resolved_at = (
        ctx.resolver.deref(schema, schema_at) if schema is not None else ({}, None)
    )
    has_default = isinstance(resolved_schema, dict) and "default" in resolved_schema
    has_sample, sample = (
        (False, None)
        if has_example
        else ctx.typer.samples.of(resolved_schema, name, type_ref, resolved_at)
    )
    return Parameter(
        python_name=naming.field_name(name, reserved=naming.RESERVED_METHOD_ARGS),
        wire_name=name,
        location=location,  # type: ignore[arg-type]  # validated by the spec validator
        type=type_ref,
        required=param.get("required") is True or location == "path",
        description=str(param.get("description") or ""),
        example=coerce_example(type_ref, example),
        has_example=has_example,
        deprecated=param.get("deprecated") is True,
        children=(),
        pointer=param_at.pointer,
        style=style,
        explode=explode,
        default=resolved_schema.get("default") if has_default else None,
        has_default=has_default,
        sample=sample,
        has_sample=has_sample,
    )


def body_field_parameter(field: Field, body_required: bool) -> Parameter:
    """A property of a flattened request body as a keyword argument.

    The schema's required properties are required arguments when the body is; when the
    operation may send no body, they are optional and `required_in_body` (the method then
    takes either no body argument or all of them: see `emit/code.py`).
    """
    return Parameter(
        python_name=naming.field_name(field.wire_name, reserved=naming.RESERVED_METHOD_ARGS),
        wire_name=field.wire_name,
        location="body",
        type=field.type,
        required=field.required and body_required,
        description=field.description,
        example=field.example,
        has_example=field.has_example,
        deprecated=field.deprecated,
        children=field.children,
        pointer=field.pointer,
        required_in_body=field.required and not body_required,
        sample=field.sample,
        has_sample=field.has_sample,
        condition=field.condition,
        one_needed_of=field.one_needed_of,
    )


def name_arguments(arguments: list[Parameter]) -> list[Parameter]:
    """Keyword argument names unique across path, query, header, cookie and body; in signature
    order (required first, then by name)."""
    ordered = sorted(arguments, key=lambda p: (p.location != "path", p.location, p.wire_name))
    names = naming.unique([p.python_name for p in ordered], taken=naming.RESERVED_METHOD_ARGS)
    renamed = [
        p if p.python_name == name else dataclasses.replace(p, python_name=name)
        for p, name in zip(ordered, names, strict=True)
    ]
    return sorted(renamed, key=lambda p: (not p.required, p.python_name))
