"""Presentation-ready values for the templates: annotations, import lists, doc rows, examples.

The templates print what these hold; every decision about what to show is made here. Spec strings
stay raw here and are escaped by the template filters at the place they land.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

from ..model import naming, runtime
from ..model.api import (
    Api,
    Field,
    ObjectType,
    Operation,
    Parameter,
    Resource,
    SecurityScheme,
    TypeRef,
)
from . import escape
from .type_exprs import Needs, Spelling, annotation, needs

QUALIFIED_PARAMS = Spelling("params", qualified=True)
QUALIFIED_MODELS = Spelling("models", qualified=True)


@dataclass(frozen=True)
class Flavour:
    """The handful of words in which the sync and async SDK differ."""

    is_async: bool
    index: int  # 0 sync, 1 async: the position of this flavour's entry in per-flavour pairs
    class_prefix: str
    def_keyword: str
    await_keyword: str
    base_client: str
    http_client: str
    raw_wrapper: str
    client_class: str


SYNC = Flavour(
    False, 0, "", "def", "", "SyncBaseClient", "httpx.Client", "to_raw_response_wrapper", "Client"
)
ASYNC = Flavour(
    True,
    1,
    "Async",
    "async def",
    "await ",
    "AsyncBaseClient",
    "httpx.AsyncClient",
    "async_to_raw_response_wrapper",
    "AsyncClient",
)
FLAVOURS = (SYNC, ASYNC)


# -- code ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    name: str
    wire_name: str
    annotation: str
    optional: bool
    description: str
    deprecated: bool


@dataclass(frozen=True)
class OperationCode:
    operation: Operation
    arguments: tuple[Argument, ...]
    returns: tuple[str, str]  # the return annotation of the sync and the async method
    result_type: str  # what one call gives (for event streams, one event): `Endpoint[...]`
    send_function: str  # the base client's `request`, or `stream` for event streams
    endpoint_fields: tuple[tuple[str, str], ...]  # Endpoint(name=expression, ...)
    call_arguments: tuple[tuple[str, str], ...]  # request(endpoint, name=expression, ...)
    raises: tuple[tuple[str, str], ...]  # (error class, description) for the docstring


@dataclass(frozen=True)
class ChildResource:
    attr: str
    class_name: str
    module: str  # absolute module of its client.py

    @property
    def class_names(self) -> list[str]:
        """Its sync and async client classes, in import order."""
        return sorted([self.class_name, f"Async{self.class_name}"], key=member_order)


@dataclass(frozen=True)
class ResourceCode:
    resource: Resource
    module: str
    children: tuple[ChildResource, ...]
    operations: tuple[OperationCode, ...]
    imports: Imports


def resource_code(api: Api, resource: Resource) -> ResourceCode:
    operations = tuple(_operation_code(op) for op in resource.operations)
    need = Needs()
    uses_params = uses_models = False
    for op in resource.operations:
        for parameter in op.parameters:
            parameter_needs = needs(parameter.type, "params")
            uses_params = uses_params or bool(parameter_needs.named)
            need = need | parameter_needs
        for response in (op.success, *op.errors):
            if response.type is not None:
                response_needs = needs(response.type, "models")
                uses_models = uses_models or bool(response_needs.named)
                need = need | response_needs
    children = tuple(
        ChildResource(child.attr, child.class_name, resource_module(api, child))
        for child in resource.children
    )
    core_names = {"AsyncBaseClient", "SyncBaseClient", *need.runtime}
    if operations:
        core_names |= {
            "Endpoint",
            "RequestOptions",
            "async_to_raw_response_wrapper",
            "to_raw_response_wrapper",
        }
    if any(argument.optional for code in operations for argument in code.arguments):
        core_names |= {"NOT_GIVEN", "NotGiven"}
    if any(code.send_function == "stream" for code in operations):
        core_names |= {"Stream", "AsyncStream"}
    if any(code.result_type == "ServerSentEvent" for code in operations):
        core_names.add("ServerSentEvent")
    types = {name for name, used in (("models", uses_models), ("params", uses_params)) if used}
    # `typing` for `Final` (and for custom code in the classes' regions, which cannot import).
    stdlib = {"functools", "typing"} if children or operations else {"typing"}
    if need.datetime:
        stdlib.add("datetime")
    return ResourceCode(
        resource=resource,
        module=resource_module(api, resource),
        children=children,
        operations=operations,
        imports=imports(
            stdlib=stdlib,
            third_party={"pydantic"} if need.pydantic else set(),
            first_party={f"{api.package}._core": core_names, f"{api.package}.types": types},
        ),
    )


def resource_module(api: Api, resource: Resource) -> str:
    return ".".join([api.package, "resources", *resource.path, "client"])


_LINE_LENGTH = 88  # black's default, the formatter of record


def fit_annotation(annotation_text: str, line_without_it: int) -> str:
    """Parenthesize a union annotation that cannot fit its line, as black would.

    black wraps such a type hint in parentheses, ruff splits it at `|` instead; writing the
    parentheses here makes both produce the same bytes, so the fast formatter can be used.
    """
    too_long = line_without_it + len(annotation_text) > _LINE_LENGTH
    if too_long and " | " in annotation_text:
        return f"({annotation_text})"
    return annotation_text


def _argument(parameter: Parameter) -> Argument:
    text = annotation(parameter.type, QUALIFIED_PARAMS)
    if not parameter.required:
        text = f"{text} | NotGiven"
    # `        name: <annotation> = NOT_GIVEN,` in a method signature
    tail = len(" = NOT_GIVEN,") if not parameter.required else len(",")
    return Argument(
        name=parameter.python_name,
        wire_name=parameter.wire_name,
        annotation=fit_annotation(text, 8 + len(parameter.python_name) + 2 + tail),
        optional=not parameter.required,
        description=parameter.description,
        deprecated=parameter.deprecated,
    )


_ACCEPT = {
    "json": "application/json",
    "bytes": "*/*",
    "text": "text/plain, */*",
    "stream": "text/event-stream",
    "none": "application/json",
}


def _operation_code(op: Operation) -> OperationCode:
    arguments = tuple(_argument(p) for p in op.parameters)
    by_location: dict[str, list[Argument]] = {}
    for parameter, argument in zip(op.parameters, arguments, strict=True):
        by_location.setdefault(parameter.location, []).append(argument)
    body_arguments = by_location.get("body", [])
    body_kind = op.body.kind if op.body is not None else ""
    flattened = op.body is not None and op.body.flattened
    is_file = {p.python_name for p in op.parameters if p.location == "body" and _is_file(p.type)}
    whole_body = body_arguments[0].name if op.body is not None and not flattened else ""

    call: list[tuple[str, str]] = []
    for location, name in (
        ("path", "path_params"),
        ("query", "query"),
        ("header", "headers"),
        ("cookie", "cookies"),
    ):
        if by_location.get(location):
            call.append((name, _wire_dict(by_location[location])))
    if body_kind == "json":
        call.append(("json", _wire_dict(body_arguments) if flattened else whole_body))
    elif body_kind in ("form", "multipart"):
        form_fields = [a for a in body_arguments if a.name not in is_file]
        call.append(("form", _wire_dict(form_fields) if flattened else whole_body))
        if body_kind == "multipart":
            call.append(("files", _wire_dict([a for a in body_arguments if a.name in is_file])))
    elif body_kind:
        call.append(("content", whole_body))

    success = op.success
    item_type = annotation(success.type, QUALIFIED_MODELS) if success.type else "None"
    if success.kind == "stream":
        result_type = item_type if success.type else "ServerSentEvent"
        returns = (f"Stream[{result_type}]", f"AsyncStream[{result_type}]")
    else:
        result_type = {"bytes": "bytes", "text": "str", "none": "None"}.get(
            success.kind, item_type
        )
        returns = (result_type, result_type)

    fields: list[tuple[str, str]] = [
        ("method", escape.py_str(op.http_method)),
        ("path", escape.py_str(op.path)),
        ("operation", escape.py_str(op.qualified_name)),
    ]
    if op.security:
        fields.append(("security", escape.py_literal(op.security)))
    if result_type != "None":
        fields.append(("response_type", result_type))
    error_types = [
        f"{_status_literal(r.status)}: {annotation(r.type, QUALIFIED_MODELS)}"
        for r in op.errors
        if r.type is not None
    ]
    if error_types:
        fields.append(("error_types", "{" + ", ".join(error_types) + "}"))
    if _ACCEPT[success.kind] != "application/json":
        fields.append(("accept", escape.py_str(_ACCEPT[success.kind])))
    if body_kind in ("binary", "text") and op.body is not None:
        fields.append(("content_type", escape.py_str(op.body.content_type)))
    query_styles = [
        f"{escape.py_str(p.wire_name)}: ({escape.py_str(p.style)}, {p.explode})"
        for p in op.parameters
        if p.location == "query" and (p.style, p.explode) != ("form", True)
    ]
    if query_styles:
        fields.append(("query_styles", "{" + ", ".join(query_styles) + "}"))
    if body_kind == "multipart":
        fields.append(("multipart", "True"))
    return OperationCode(
        operation=op,
        arguments=arguments,
        returns=returns,
        result_type=result_type,
        send_function="stream" if success.kind == "stream" else "request",
        endpoint_fields=tuple(fields),
        call_arguments=tuple(call),
        raises=tuple((runtime.error_class(r.status), r.description) for r in op.errors),
    )


def _wire_dict(arguments: list[Argument]) -> str:
    """`{"wire-name": python_name, ...}`: how a call sends its arguments of one location."""
    return "{" + ", ".join(f"{escape.py_str(a.wire_name)}: {a.name}" for a in arguments) + "}"


def _is_file(type_ref: TypeRef) -> bool:
    return type_ref.kind == "file" or (type_ref.kind == "list" and _is_file(type_ref.items[0]))


def _status_literal(status: str) -> str:
    return status if status.isdigit() else escape.py_str(status)


@dataclass(frozen=True)
class FieldCode:
    field: Field
    annotation: str
    key_annotation: str  # TypedDict: wrapped in Required/NotRequired
    default: str  # pydantic: "" for required, else "None"
    needs_alias: bool


@dataclass(frozen=True)
class ObjectTypeCode:
    object_type: ObjectType
    fields: tuple[FieldCode, ...]
    functional: bool  # TypedDict keys that are not identifiers need the functional syntax
    imports: Imports
    extra_annotation: str


def object_type_code(object_type: ObjectType, package: str) -> ObjectTypeCode:
    spelling = Spelling(object_type.flavour, qualified=False)
    fields = []
    need = Needs()
    for field in object_type.fields:
        text = annotation(field.type, spelling)
        need = need | needs(field.type, object_type.flavour)
        if object_type.flavour == "params":
            wrapper = "Required" if field.required else "NotRequired"
            key_annotation = f"typing_extensions.{wrapper}[{text}]"
            default = ""
        else:
            already_optional = field.type.nullable or text == "typing.Any"
            key_annotation = text if field.required or already_optional else f"{text} | None"
            default = "" if field.required else "None"
            if field.python_name == field.wire_name:  # `    name: <annotation> = None`
                tail = len(" = None") if default else 0
                key_annotation = fit_annotation(
                    key_annotation, 4 + len(field.python_name) + 2 + tail
                )
        fields.append(
            FieldCode(field, text, key_annotation, default, field.python_name != field.wire_name)
        )
    extra = ""
    if object_type.extra_values is not None:
        extra = annotation(object_type.extra_values, spelling)
        need = need | needs(object_type.extra_values, object_type.flavour)
    functional = object_type.flavour == "params" and not all(
        naming.is_identifier(f.wire_name) for f in object_type.fields
    )
    siblings: dict[str, set[str]] = {}
    for module, name in need.named:
        if name != object_type.name:
            siblings.setdefault(f".{module}", set()).add(name)
    stdlib = {m for m, used in (("typing", need.typing), ("datetime", need.datetime)) if used}
    third_party = {"pydantic"} if object_type.flavour == "models" else {"typing_extensions"}
    runtime = {f"{package}._core": set(need.runtime)} if need.runtime else {}
    return ObjectTypeCode(
        object_type=object_type,
        fields=tuple(fields),
        functional=functional,
        imports=imports(
            stdlib=stdlib, third_party=third_party, first_party=runtime, local=siblings
        ),
        extra_annotation=extra,
    )


# -- client -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthArgument:
    name: str
    env_var: str
    description: str


@dataclass(frozen=True)
class AuthSchemeCode:
    scheme: SecurityScheme
    arguments: tuple[AuthArgument, ...]
    hint: str


def auth_code(api: Api) -> tuple[AuthSchemeCode, ...]:
    result = []
    for scheme in api.security_schemes:
        arguments = tuple(
            AuthArgument(name, env, _auth_description(scheme, name, env))
            for name, env in zip(scheme.arguments, scheme.env_vars, strict=True)
        )
        given = ", ".join(f"{a.name}=..." for a in arguments)
        envs = " and ".join(a.env_var for a in arguments)
        hint = f"pass {given} to the client or set {envs}"
        result.append(AuthSchemeCode(scheme, arguments, hint))
    return tuple(result)


def _auth_description(scheme: SecurityScheme, name: str, env: str) -> str:
    what = {
        "bearer": "The bearer token sent as `Authorization: Bearer …`",
        "basic": f"The HTTP basic auth {name.rsplit('_', 1)[-1]}",
        "api_key": f"The API key sent in the {scheme.location} `{scheme.wire_name}`",
    }[scheme.kind]
    return f"{what}. Defaults to the environment variable `{env}`."


# -- docs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocRow:
    name: str  # raw name, shown as code
    depth: int
    required: bool
    description: str
    deprecated: bool
    example: str  # JSON text or ""


@dataclass(frozen=True)
class OperationDoc:
    operation: Operation
    heading: str
    rows: tuple[DocRow, ...]
    sync_example: str
    async_example: str
    response_type: str
    response_link: str
    response_example: str
    response_example_block: bool
    errors: tuple[tuple[str, str, str], ...]  # (status, error class, description)


def operation_doc(api: Api, resource: Resource, op: Operation, doc_path: str) -> OperationDoc:
    rows: list[DocRow] = []
    for parameter in op.parameters:
        rows.append(
            DocRow(
                parameter.python_name,
                0,
                parameter.required,
                parameter.description,
                parameter.deprecated,
                _json_or_blank(parameter.has_example, parameter.example),
            )
        )
        rows.extend(_child_rows(parameter.children, 1))
    response_type = ""
    response_link = ""
    success_type = op.success.type
    if success_type is not None:
        response_type = annotation(success_type, Spelling("models", qualified=False))
        named = _named_inside(success_type)
        if named is not None:
            target = f"{api.package}/types/models/{named.module}.py"
            response_link = posixpath.relpath(target, posixpath.dirname(doc_path))
    example_text = ""
    if op.success.has_example:
        example_text = escape.json_inline(op.success.example)
    block = len(example_text) > 100
    if block:
        example_text = escape.json_text(op.success.example, indent=2)
    return OperationDoc(
        operation=op,
        heading=op.summary or op.method.replace("_", " ").capitalize(),
        rows=tuple(rows),
        sync_example=example_code(api, resource, op, SYNC),
        async_example=example_code(api, resource, op, ASYNC),
        response_type=response_type,
        response_link=response_link,
        response_example=example_text,
        response_example_block=block,
        errors=tuple((r.status, runtime.error_class(r.status), r.description) for r in op.errors),
    )


def _child_rows(fields: tuple[Field, ...], depth: int) -> list[DocRow]:
    rows = []
    for field in fields:
        rows.append(
            DocRow(
                field.wire_name,
                depth,
                field.required,
                field.description,
                field.deprecated,
                _json_or_blank(field.has_example, field.example),
            )
        )
        rows.extend(_child_rows(field.children, depth + 1))
    return rows


def _json_or_blank(has_example: bool, example: Any) -> str:
    return escape.json_inline(example) if has_example else ""


def _named_inside(type_ref: TypeRef) -> TypeRef | None:
    if type_ref.kind == "named":
        return type_ref
    if type_ref.kind == "list":
        return _named_inside(type_ref.items[0])
    return None


def example_code(api: Api, resource: Resource, op: Operation, flavour: Flavour) -> str:
    """A runnable call of `op`, with the spec's examples (or typed samples) as arguments."""
    lines = [
        f"from {api.package} import {flavour.client_class}",
        "from os import getenv",
        "",
        client_line(api, op, flavour),
        f"res = {flavour.await_keyword}{call_expression(resource, op, api)}",
    ]
    return "\n".join(lines) + "\n"


def client_line(api: Api, op: Operation | None, flavour: Flavour, *extra: str) -> str:
    """`client = Client(token=getenv("…"))` with the credentials `op` needs."""
    schemes = _example_schemes(api, op) if op is not None else list(api.security_schemes[:1])
    auth_arguments = [
        f"{name}=getenv({escape.py_str(env)})"
        for scheme in schemes
        for name, env in zip(scheme.arguments, scheme.env_vars, strict=True)
    ]
    return f"client = {flavour.client_class}({', '.join([*auth_arguments, *extra])})"


def call_expression(
    resource: Resource, op: Operation, api: Api, *, raw: bool = False, extra: tuple[str, ...] = ()
) -> str:
    """`client.v1.lip_sync.create(assets=…, …)` with example arguments."""
    call_arguments = [
        f"{p.python_name}={escape.py_literal(_example_value(api, p))}"
        for p in op.parameters
        if p.required or p.has_example
    ]
    accessor = ".".join(
        ["client", *resource.path, *(["with_raw_response"] if raw else []), op.method]
    )
    return f"{accessor}({', '.join([*call_arguments, *extra])})"


def _example_schemes(api: Api, op: Operation) -> list[SecurityScheme]:
    for alternative in op.security:
        if alternative:
            return [s for s in api.security_schemes if s.key in alternative]
    return []


def _example_value(api: Api, parameter: Parameter) -> Any:
    if parameter.type.kind in ("file", "bytes"):
        return b"example file content"  # a file argument takes bytes, whatever the spec shows
    if parameter.type.kind == "list" and parameter.type.items[0].kind == "file":
        return [b"example file content"]
    if parameter.has_example:
        return parameter.example
    return sample_value(api, parameter.type, depth=0)


def sample_value(api: Api, type_ref: TypeRef, depth: int) -> Any:
    """A value of `type_ref` for examples when the spec gives none."""
    kind = type_ref.kind
    if kind == "literal":
        return type_ref.literals[0]
    if kind == "int":
        return 1
    if kind == "float":
        return 1.0
    if kind == "bool":
        return True
    if kind == "datetime":
        return "2024-01-01T00:00:00Z"
    if kind == "date":
        return "2024-01-01"
    if kind == "uuid":
        return "00000000-0000-0000-0000-000000000000"
    if kind == "list":
        return [sample_value(api, type_ref.items[0], depth + 1)] if depth < 4 else []
    if kind == "union":
        return sample_value(api, type_ref.items[0], depth + 1)
    if kind == "named" and depth < 4:
        for object_type in api.object_types:
            if object_type.flavour == "params" and object_type.name == type_ref.name:
                return {
                    f.wire_name: (
                        f.example if f.has_example else sample_value(api, f.type, depth + 1)
                    )
                    for f in object_type.fields
                    if f.required
                }
    if kind in ("dict", "named"):
        return {}
    if kind in ("any", "none"):
        return None
    return "string"


def resource_doc_path(api: Api, resource: Resource) -> str:
    return "/".join([api.package, "resources", *resource.path, "README.md"])


def relative_link(from_file: str, to_file: str) -> str:
    return posixpath.relpath(to_file, posixpath.dirname(from_file))


def sorted_resources(resources: tuple[Resource, ...]) -> list[Resource]:
    """Every resource in the tree, depth first, in name order."""
    result: list[Resource] = []
    for resource in resources:
        result.append(resource)
        result.extend(sorted_resources(resource.children))
    return result


def env_var_names(api: Api) -> dict[str, str]:
    return {"base_url": naming.env_var(api.env_prefix, "base_url")}


def readme_examples(api: Api, featured: tuple[Resource, Operation] | None) -> dict[str, str]:
    """The README's code samples, built around one real operation so that the tests can run them."""
    imports = f"from {api.package} import Client"
    if featured is None:
        call = "None  # this API has no operations"
        op = None
        raw_call = call
        resource = None
    else:
        resource, op = featured
        call = call_expression(resource, op, api)
        raw_call = call_expression(resource, op, api, raw=True)
    client = client_line(api, op, SYNC)
    head = f"{imports}\nfrom os import getenv\n\n{client}\n"
    sync_example = head + f"res = {call}\nprint(res)\n"
    async_example = (
        f"import asyncio\nfrom os import getenv\n\nfrom {api.package} import AsyncClient\n\n\n"
        "async def main() -> None:\n"
        f"    async with AsyncClient({_client_arguments(client)}) as client:\n"
        f"        res = await {call}\n"
        "        print(res)\n\n\n"
        "asyncio.run(main())\n"
    )
    errors_example = (
        f"from os import getenv\n\n"
        f"from {api.package} import APIConnectionError, APIStatusError, BadRequestError, Client\n\n"
        f"{client}\n"
        "try:\n"
        f"    res = {call}\n"
        "except BadRequestError as error:\n"
        "    print('rejected:', error.status_code, error.body)\n"
        "except APIStatusError as error:\n"
        "    print('failed:', error.status_code, error.raw_body)\n"
        "except APIConnectionError as error:\n"
        "    print('unreachable:', error)\n"
    )
    retries_client = client_line(api, op, SYNC, "max_retries=5")
    retries_example = (
        f"{imports}\nfrom os import getenv\n\n{retries_client}\n"
        f"res = {call_with(call, _NO_RETRIES)}\n"
        "no_retries = client.with_options(max_retries=0)\n"
    )
    timeouts_client = client_line(api, op, SYNC, "timeout=httpx.Timeout(20.0, connect=5.0)")
    timeouts_example = (
        f"import httpx\n{imports}\nfrom os import getenv\n\n{timeouts_client}\n"
        f"res = {call_with(call, _SHORT_TIMEOUT)}\n"
    )
    raw_example = (
        head + f"raw = {raw_call}\n"
        "print(raw.status_code, raw.headers.get('content-type'))\n"
        "res = raw.parse()\n"
    )
    logging_example = (
        "import logging\n\n"
        "logging.basicConfig()\n"
        f"logging.getLogger({escape.py_str(api.package)}).setLevel(logging.DEBUG)\n"
    )
    return {
        "sync_example": sync_example,
        "async_example": async_example,
        "errors_example": errors_example,
        "retries_example": retries_example,
        "timeouts_example": timeouts_example,
        "raw_example": raw_example,
        "logging_example": logging_example,
    }


_NO_RETRIES = 'request_options={"max_retries": 0}'
_SHORT_TIMEOUT = 'request_options={"timeout": 5.0}'


def _client_arguments(client: str) -> str:
    return client[client.index("(") + 1 : client.rindex(")")]


def call_with(call: str, argument: str) -> str:
    """Add one keyword argument to a call expression."""
    if "(" not in call:
        return call
    inner = call[call.index("(") + 1 : call.rindex(")")]
    return call[: call.index("(") + 1] + (f"{inner}, {argument}" if inner else argument) + ")"


# -- imports --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Imports:
    """A module's import statements in the groups and order ruff's isort rules expect."""

    groups: tuple[tuple[str, ...], ...]


def imports(
    *,
    stdlib: set[str] = frozenset(),  # type: ignore[assignment]
    third_party: set[str] = frozenset(),  # type: ignore[assignment]
    first_party: dict[str, set[str]] | None = None,
    local: dict[str, set[str]] | None = None,
) -> Imports:
    groups = [
        tuple(f"import {module}" for module in sorted(stdlib)),
        tuple(f"import {module}" for module in sorted(third_party)),
        _from_lines(first_party or {}),
        _from_lines(local or {}),
    ]
    return Imports(tuple(group for group in groups if group))


def _from_lines(modules: dict[str, set[str]]) -> tuple[str, ...]:
    return tuple(
        f"from {module} import {', '.join(sorted(names, key=member_order))}"
        for module, names in sorted(modules.items(), key=lambda item: item[0].lower())
        if names
    )


def member_order(name: str) -> tuple[int, str, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then the rest; each case-insensitively."""
    if name.isupper() and len(name) > 1:
        return (0, name.lower(), name)
    if name[:1].isupper():
        return (1, name.lower(), name)
    return (2, name.lower(), name)
