"""Build the intermediate model (`model.Api`) from a validated, reference-checked spec."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..model import naming
from ..errors import SpecError
from ..model.api import (
    Api,
    BodyKind,
    Field,
    Operation,
    Parameter,
    RequestBody,
    Resource,
    Response,
    ResponseKind,
    SecurityScheme,
    Server,
    TypeRef,
    Warning,
)
from ..spec.refs import Ref, Resolver, jp_ref
from .schemas import SchemaTyper, coerce_example, example_of

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_JSON_TYPES = ("application/json",)


@dataclass(frozen=True)
class _PlannedOperation:
    """An operation before its names are final (they depend on its neighbours)."""

    path: str
    http_method: str
    spec: dict[str, Any]
    path_item: dict[str, Any]
    at: Ref
    segments: tuple[str, ...]  # raw resource segments: ("v1", "lip-sync")
    method: str


def build_api(resolver: Resolver, package: str | None = None) -> Api:
    spec = resolver.root.data
    root = Ref(resolver.root.path.resolve(), "")
    info = spec.get("info") or {}
    title = str(info.get("title") or "API")
    package = package or naming.package_name(title)
    env_prefix = naming.constant(package)

    typer = SchemaTyper(resolver, {"params": set(), "models": set()})
    components = (spec.get("components") or {}).get("schemas") or {}
    for schema_name in sorted(components):
        typer.reserve_component(
            jp_ref(root, "components", "schemas", schema_name), naming.pascal(schema_name)
        )

    schemes = _security_schemes(spec, env_prefix)
    planned = _plan_operations(spec, root)
    operations_by_resource: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    for plan in planned:
        operation = _build_operation(plan, spec, typer, resolver, schemes)
        operations_by_resource[plan.segments].append(operation)

    # Component schemas are generated even when no operation uses them (webhooks-only documents).
    for schema_name in sorted(components):
        at = jp_ref(root, "components", "schemas", schema_name)
        for flavour in ("models",):
            typer.type_of({"$ref": "#" + at.pointer}, root, naming.pascal(schema_name), flavour)

    webhooks = _webhook_models(spec, root, typer, resolver)
    resources = _resource_tree(operations_by_resource)
    placed = sum(_count_operations(resource) for resource in resources)
    if placed != len(planned):  # a guard: an operation must never be dropped silently
        raise SpecError(f"internal error: {len(planned)} operations planned, {placed} placed")

    return Api(
        title=title,
        version=str(info.get("version") or "0.0.0"),
        description=str(info.get("description") or ""),
        package=package,
        dist_name=naming.distribution_name(package),
        env_prefix=env_prefix,
        error_base=naming.error_base_name(title),
        servers=_servers(spec),
        security_schemes=tuple(schemes.values()),
        resources=resources,
        object_types=tuple(typer.object_types()),
        warnings=tuple(typer.warnings),
        webhooks=webhooks,
    )


def _webhook_models(
    spec: dict[str, Any], root: Ref, typer: SchemaTyper, resolver: Resolver
) -> tuple[tuple[str, str], ...]:
    """Models for the payloads of 3.1 `webhooks`, so receivers can parse what they are sent."""
    result = []
    for name in sorted(spec.get("webhooks") or {}):
        item, item_at = resolver.deref(spec["webhooks"][name], jp_ref(root, "webhooks", name))
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            body, body_at = resolver.deref(
                operation["requestBody"], jp_ref(item_at, method, "requestBody")
            )
            for media_type in sorted(body.get("content") or {}):
                if body_kind(media_type) != "json":
                    continue
                schema_at = jp_ref(body_at, "content", media_type, "schema")
                schema = body["content"][media_type].get("schema", {})
                type_ref = typer.type_of(schema, schema_at, f"{name} webhook payload", "models")
                if type_ref.kind == "named":
                    result.append((name, type_ref.name))
                break
    return tuple(result)


# -- operations ---------------------------------------------------------------------------------


def _plan_operations(spec: dict[str, Any], root: Ref) -> list[_PlannedOperation]:
    plans: list[_PlannedOperation] = []
    paths = spec.get("paths") or {}
    for path in sorted(paths):
        path_item = paths[path] or {}
        for http_method in HTTP_METHODS:
            operation = path_item.get(http_method)
            if not isinstance(operation, dict):
                continue
            segments = tuple(naming.resource_segments(path))
            if not segments:
                tags = operation.get("tags") or []
                segments = (str(tags[0]) if tags else "api",)
            plans.append(
                _PlannedOperation(
                    path=path,
                    http_method=http_method,
                    spec=operation,
                    path_item=path_item,
                    at=jp_ref(root, "paths", path, http_method),
                    segments=segments,
                    method=naming.method_name(http_method, path),
                )
            )
    return _resolve_method_collisions(plans)


def _resolve_method_collisions(plans: list[_PlannedOperation]) -> list[_PlannedOperation]:
    """Two operations that would share a method name on one resource are named by operationId."""
    by_key: dict[tuple[tuple[str, ...], str], list[_PlannedOperation]] = defaultdict(list)
    for plan in plans:
        by_key[(_resource_key(plan.segments), plan.method)].append(plan)
    renamed: dict[int, str] = {}
    for group in by_key.values():
        if len(group) < 2:
            continue
        for plan in group:
            operation_id = plan.spec.get("operationId")
            if isinstance(operation_id, str) and operation_id:
                renamed[id(plan)] = naming.snake(operation_id, fallback=plan.method)
            else:
                suffix = "_".join(
                    naming.snake(s) for s in plan.path.split("/") if s.startswith("{")
                )
                renamed[id(plan)] = f"{plan.method}_by_{suffix}" if suffix else plan.method
    result: list[_PlannedOperation] = []
    names_by_resource: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for plan in plans:
        wanted = renamed.get(id(plan), plan.method)
        taken = names_by_resource[_resource_key(plan.segments)]
        (method,) = naming.unique([wanted], taken=[*taken, *naming.RESERVED_RESOURCE_ATTRS])
        taken.append(method)
        result.append(_replace_method(plan, method))
    return result


def _replace_method(plan: _PlannedOperation, method: str) -> _PlannedOperation:
    return _PlannedOperation(
        plan.path, plan.http_method, plan.spec, plan.path_item, plan.at, plan.segments, method
    )


def _resource_key(segments: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(naming.snake(segment) for segment in segments)


def _build_operation(
    plan: _PlannedOperation,
    spec: dict[str, Any],
    typer: SchemaTyper,
    resolver: Resolver,
    schemes: dict[str, SecurityScheme],
) -> Operation:
    op = plan.spec
    prefix = naming.type_name(*plan.segments, plan.method)
    parameters = _parameters(plan, typer, resolver, prefix)
    body, body_parameters = _request_body(plan, typer, resolver, prefix)
    arguments = _name_arguments([*parameters, *body_parameters])
    success, errors = _responses(plan, typer, resolver, prefix)
    security = _operation_security(op, spec, plan.at, resolver, schemes)
    qualified = ".".join([*_resource_key(plan.segments), plan.method])
    return Operation(
        method=plan.method,
        http_method=plan.http_method.upper(),
        path=plan.path,
        operation_id=str(op.get("operationId") or ""),
        summary=str(op.get("summary") or ""),
        description=str(op.get("description") or ""),
        deprecated=op.get("deprecated") is True,
        parameters=tuple(sorted(arguments, key=lambda p: (not p.required, p.python_name))),
        body=body,
        success=success,
        errors=errors,
        security=security,
        qualified_name=qualified,
        pointer=plan.at.pointer,
        endpoint_function=f"_{plan.method}_endpoint",
    )


def _parameters(
    plan: _PlannedOperation, typer: SchemaTyper, resolver: Resolver, prefix: str
) -> list[Parameter]:
    """Path-level parameters merged with the operation's (the operation wins on name + location)."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], Ref]] = {}
    path_at = Ref(plan.at.file, plan.at.pointer.rsplit("/", 1)[0])
    for source, at in ((plan.path_item, path_at), (plan.spec, plan.at)):
        for index, raw in enumerate(source.get("parameters") or []):
            param, param_at = resolver.deref(raw, jp_ref(at, "parameters", index))
            merged[(str(param.get("name")), str(param.get("in")))] = (param, param_at)
    result = []
    for (name, location), (param, param_at) in sorted(merged.items()):
        schema = param.get("schema")
        schema_at = jp_ref(param_at, "schema")
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            media_type = sorted(param["content"])[0]
            schema = param["content"][media_type].get("schema")
            schema_at = jp_ref(param_at, "content", media_type, "schema")
        type_ref = typer.type_of(
            schema if schema is not None else {}, schema_at, prefix + naming.pascal(name), "params"
        )
        has_example, example = _example(param, schema, resolver, schema_at)
        style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
        explode = param.get("explode", style == "form") is True
        resolved_schema, _ = resolver.deref(schema, schema_at) if schema is not None else ({}, None)
        has_default = isinstance(resolved_schema, dict) and "default" in resolved_schema
        result.append(
            Parameter(
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
            )
        )
    return result


def _example(holder: dict[str, Any], schema: Any, resolver: Resolver, at: Ref) -> tuple[bool, Any]:
    """The example of a parameter or media type: its `example`, else the first of its
    `examples` (by name), else its schema's; as (found, value)."""
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        first, _ = resolver.deref(examples[sorted(examples)[0]], at)
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    if schema is None:
        return False, None
    resolved, _ = resolver.deref(schema, at)
    return example_of(resolved)


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


_BODY_PREFERENCE = {"json": 0, "multipart": 1, "form": 2, "binary": 3, "text": 4}


def _request_body(
    plan: _PlannedOperation, typer: SchemaTyper, resolver: Resolver, prefix: str
) -> tuple[RequestBody | None, list[Parameter]]:
    raw = plan.spec.get("requestBody")
    if raw is None:
        return None, []
    body, body_at = resolver.deref(raw, jp_ref(plan.at, "requestBody"))
    content = body.get("content") or {}
    if not content:
        typer.warnings.append(
            Warning(_where(body_at), "a request body with no content; sent as raw bytes")
        )
    # One body per method: JSON when offered, else the first of the others by preference.
    media_type = min(
        content or {"application/octet-stream": {}},
        key=lambda m: (_BODY_PREFERENCE[body_kind(m)], m),
    )
    kind = body_kind(media_type)
    if len(content) > 1:
        others = ", ".join(sorted(m for m in content if m != media_type))
        typer.warnings.append(
            Warning(_where(body_at), f"the body is sent as {media_type}; not offered: {others}")
        )
    media = content.get(media_type) or {}
    schema_at = jp_ref(body_at, "content", media_type, "schema")
    if kind == "binary":
        type_ref = TypeRef("bytes")
    elif kind == "text":
        type_ref = TypeRef("str")
    else:
        type_ref = typer.type_of(media.get("schema", {}), schema_at, prefix + "Body", "params")
    required = body.get("required") is True
    description = str(body.get("description") or "")
    fields = typer.fields_of(type_ref, "params") if not type_ref.nullable else ()
    if fields and kind in ("json", "form", "multipart"):
        parameters = [_body_field_parameter(field, required) for field in fields]
        return RequestBody(media_type, type_ref, required, description, True, kind), parameters
    has_example, example = _example(media, media.get("schema"), resolver, schema_at)
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


def _where(ref: Ref) -> str:
    return f"{ref.file.name}#{ref.pointer}"


def _body_field_parameter(field: Field, body_required: bool) -> Parameter:
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
    )


def _name_arguments(parameters: list[Parameter]) -> list[Parameter]:
    """Keyword argument names unique across path, query, header, cookie and body."""
    ordered = sorted(parameters, key=lambda p: (p.location != "path", p.location, p.wire_name))
    names = naming.unique([p.python_name for p in ordered], taken=naming.RESERVED_METHOD_ARGS)
    return [_renamed(p, name) for p, name in zip(ordered, names, strict=True)]


def _renamed(parameter: Parameter, python_name: str) -> Parameter:
    return dataclasses.replace(parameter, python_name=python_name)


def _responses(
    plan: _PlannedOperation, typer: SchemaTyper, resolver: Resolver, prefix: str
) -> tuple[Response, tuple[Response, ...]]:
    responses = plan.spec.get("responses") or {}
    if not responses:
        typer.warnings.append(
            Warning(_where(plan.at), "no responses declared; the method returns None")
        )
    built: list[Response] = []
    for status in sorted(responses, key=_status_order):
        response, response_at = resolver.deref(
            responses[status], jp_ref(plan.at, "responses", status)
        )
        is_success = status.startswith("2")
        hint = naming.type_name(prefix, "response", *([] if is_success else [status]))
        built.append(_response(status, response, response_at, typer, resolver, hint))
    successes = [r for r in built if r.status.startswith("2")]
    errors = tuple(r for r in built if not r.status.startswith("2"))
    if not successes:
        # With no 2xx declared, `default` describes the successful answer too.
        default = [r for r in built if r.status == "default"]
        if default:
            return default[0], errors
        return Response("200", "", None, None, None, False, "none"), errors
    return _merge_successes(successes, plan, typer), errors


def _merge_successes(
    successes: list[Response], plan: _PlannedOperation, typer: SchemaTyper
) -> Response:
    """Several 2xx responses: one result type (a union of the JSON ones, None if some are empty)."""
    first = successes[0]
    if len(successes) == 1:
        return first
    with_body = [r for r in successes if r.kind != "none"]
    if not with_body:
        return first
    kinds = {r.kind for r in with_body}
    if kinds != {"json"}:
        typer.warnings.append(
            Warning(
                _where(plan.at),
                f"2xx responses of different kinds ({', '.join(sorted(kinds))}); "
                f"the method returns what {with_body[0].status} returns",
            )
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
    description = "; ".join(f"{r.status}: {r.description}" for r in successes if r.description)
    return Response(
        lead.status,
        description,
        lead.content_type,
        result_type,
        lead.example,
        lead.has_example,
        "json",
    )


def response_kind(media_type: str) -> ResponseKind:
    base = media_type.split(";")[0].strip().lower()
    if base in _JSON_TYPES or base.endswith("+json"):
        return "json"
    if base == "text/event-stream":
        return "stream"
    if base.startswith("text/"):
        return "text"
    return "bytes"


_RESPONSE_PREFERENCE = {"json": 0, "stream": 1, "text": 2, "bytes": 3, "none": 4}


def _response(
    status: str,
    response: dict[str, Any],
    at: Ref,
    typer: SchemaTyper,
    resolver: Resolver,
    hint: str,
) -> Response:
    content = response.get("content") or {}
    description = str(response.get("description") or "")
    if not content:
        return Response(status, description, None, None, None, False, "none")
    media_type = min(content, key=lambda m: (_RESPONSE_PREFERENCE[response_kind(m)], m))
    kind = response_kind(media_type)
    media = content[media_type] or {}
    schema_at = jp_ref(at, "content", media_type, "schema")
    has_example, example = _example(media, media.get("schema"), resolver, schema_at)
    if kind in ("bytes", "text"):
        type_ref = TypeRef("bytes") if kind == "bytes" else TypeRef("str")
        return Response(status, description, media_type, type_ref, example, has_example, kind)
    if kind == "stream" and "schema" not in media:
        return Response(status, description, media_type, None, example, has_example, kind)
    type_ref = typer.type_of(media.get("schema", {}), schema_at, hint, "models")
    return Response(status, description, media_type, type_ref, example, has_example, kind)


def _status_order(status: str) -> tuple[int, str]:
    return (1, status) if not status[:1].isdigit() else (0, status)


# -- security and servers ---------------------------------------------------------------------


def _security_schemes(spec: dict[str, Any], env_prefix: str) -> dict[str, SecurityScheme]:
    raw = (spec.get("components") or {}).get("securitySchemes") or {}
    preferred: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, tuple[str, str, str]] = {}
    for key in sorted(raw):
        scheme = raw[key] or {}
        scheme_type = scheme.get("type")
        if scheme_type == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            kinds[key] = ("basic", "header", "Authorization")
            preferred[key] = ("username", "password")
        elif scheme_type == "apiKey":
            kinds[key] = ("api_key", str(scheme.get("in", "header")), str(scheme.get("name", "")))
            preferred[key] = ("api_key",)
        else:  # http bearer, oauth2 and openIdConnect all end in a bearer token
            kinds[key] = ("bearer", "header", "Authorization")
            preferred[key] = ("token",)
    counts: dict[str, int] = defaultdict(int)
    for names in preferred.values():
        for name in names:
            counts[name] += 1
    schemes: dict[str, SecurityScheme] = {}
    for key in sorted(raw):
        names = preferred[key]
        if any(counts[name] > 1 for name in names):
            base = naming.snake(key, fallback="auth")
            names = (base,) if len(names) == 1 else tuple(f"{base}_{name}" for name in names)
        kind, location, wire_name = kinds[key]
        schemes[key] = SecurityScheme(
            key=key,
            kind=kind,  # type: ignore[arg-type]
            location=location,  # type: ignore[arg-type]
            wire_name=wire_name,
            arguments=names,
            env_vars=tuple(
                naming.env_var(env_prefix, "api_token" if name == "token" else name)
                for name in names
            ),
            description=str((raw[key] or {}).get("description") or ""),
        )
    return schemes


def _operation_security(
    op: dict[str, Any],
    spec: dict[str, Any],
    at: Ref,
    resolver: Resolver,
    schemes: dict[str, SecurityScheme],
) -> tuple[tuple[str, ...], ...]:
    requirements = op.get("security", spec.get("security")) or []
    alternatives = []
    for index, requirement in enumerate(requirements):
        for key in requirement or {}:
            if key not in schemes:
                raise SpecError(
                    f"security requirement names {key!r}, which is not in "
                    "components/securitySchemes",
                    resolver.locate(jp_ref(at, "security", index)),
                )
        alternatives.append(tuple(sorted(requirement or {})))
    return tuple(alternatives)


def _servers(spec: dict[str, Any]) -> tuple[Server, ...]:
    servers = spec.get("servers") or [{"url": "http://localhost", "description": "Default"}]
    members = []
    for index, server in enumerate(servers):
        description = str(server.get("description") or "")
        members.append(naming.constant(description, fallback=f"SERVER_{index + 1}"))
    members = naming.unique(members)
    result = []
    for member, server in zip(members, servers, strict=True):
        url = str(server.get("url", ""))
        for name, variable in sorted((server.get("variables") or {}).items()):
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        result.append(Server(member, url.rstrip("/"), str(server.get("description") or "")))
    return tuple(result)


# -- resources ----------------------------------------------------------------------------------


def _resource_tree(operations: dict[tuple[str, ...], list[Operation]]) -> tuple[Resource, ...]:
    # Segments that differ only in spelling (`Users`, `users`) are one resource.
    keyed: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    for segments, ops in sorted(operations.items()):
        keyed[_resource_key(segments)].extend(ops)
    raw_by_key = {_resource_key(segments): segments for segments in operations}

    def build(prefix: tuple[str, ...], module_path: tuple[str, ...]) -> tuple[Resource, ...]:
        child_keys = sorted(
            {
                key[len(prefix)]
                for key in keyed
                if key[: len(prefix)] == prefix and len(key) > len(prefix)
            }
        )
        taken = {op.method for op in keyed.get(prefix, [])} | naming.RESERVED_RESOURCE_ATTRS
        attrs = naming.unique(child_keys, taken=taken)
        children = []
        for key, attr in zip(child_keys, attrs, strict=True):
            path = (*prefix, key)
            children.append(
                Resource(
                    attr=attr,
                    class_name=naming.pascal(_raw_segment(raw_by_key, path)) + "Client",
                    path=(*module_path, attr),
                    operations=tuple(keyed.get(path, [])),
                    children=build(path, (*module_path, attr)),
                )
            )
        return tuple(children)

    return build((), ())


def _raw_segment(raw_by_key: dict[tuple[str, ...], tuple[str, ...]], path: tuple[str, ...]) -> str:
    for key, raw in sorted(raw_by_key.items()):
        if key[: len(path)] == path:
            return raw[len(path) - 1]
    return path[-1]


def _count_operations(resource: Resource) -> int:
    return len(resource.operations) + sum(_count_operations(c) for c in resource.children)
