"""Views of a resource's client module: its endpoints, methods, children and imports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model.api import Api, Operation, Pagination, Parameter, Resource, TypeRef
from . import escape
from .imports import Imports, imports, member_order, module_key
from .scopes import roots, scope
from .type_exprs import Needs, Spelling, annotation, needs
from .workflows import WorkflowCode, workflow_code

QUALIFIED_PARAMS = Spelling("params", qualified=True)
QUALIFIED_MODELS = Spelling("models", qualified=True)
# A JSON body that is a string: a type pydantic validates as `str` that is not `str` itself.
JSON_STRING = "typing.Annotated[str, pydantic.Strict()]"


@dataclass(frozen=True)
class Argument:
    name: str
    wire_name: str
    annotation: str
    optional: bool
    description: str
    deprecated: bool


@dataclass(frozen=True)
class Signature:
    """One `@typing.overload` of a method: its arguments and the sync and async return
    annotations."""

    arguments: tuple[Argument, ...]
    returns: tuple[str, str]


@dataclass(frozen=True)
class OperationCode:
    operation: Operation
    arguments: tuple[Argument, ...]
    returns: tuple[str, str]  # the return annotation of the sync and the async method
    result_type: str  # what one call gives (for event streams, one event): `Endpoint[...]`
    # The base client's `request`, `stream` for event streams, `paginate` for pages,
    # `request_or_stream` for JSON or events as the server chooses.
    send_function: str
    endpoint_fields: tuple[tuple[str, str], ...]  # Endpoint(name=expression, ...)
    call_arguments: tuple[tuple[str, str], ...]  # request(endpoint, name=expression, ...)
    raises: tuple[tuple[str, str], ...]  # (error class, description) for the docstring
    # The `@typing.overload` signatures, when the method takes either no body argument or
    # all the ones the body requires (an optional body with required properties), or returns
    # events for `stream=True` and JSON otherwise; else ().
    overloads: tuple[Signature, ...] = ()
    overload: str = "typing.overload"  # the decorator, spelled for the module
    # The sync and async method's `def` and what comes before the base client's call: an async
    # list method is a plain `def` returning an `AsyncPager`, awaited or iterated by the caller.
    returns_description: str = ""  # the docstring's `Returns:`
    def_keywords: tuple[str, str] = ("def", "async def")
    await_keywords: tuple[str, str] = ("", "await ")
    # The model of the success response's declared headers, which the raw-response wrapper
    # validates them into (`models.V1ThingsListResponseHeaders`); "" when none are declared.
    headers_model: str = ""


@dataclass(frozen=True)
class ChildImport:
    """A child resource's clients, imported for annotations only."""

    module: str
    names: tuple[str, ...]  # in import order


def child_imports(children: tuple[Resource, ...]) -> tuple[ChildImport, ...]:
    """The children's clients, in the order ruff sorts their import statements."""
    return tuple(
        sorted(
            (
                ChildImport(child.module, tuple(sorted(child.class_names, key=member_order)))
                for child in children
            ),
            key=lambda child: module_key(child.module),
        )
    )


@dataclass(frozen=True)
class ResourceCode:
    resource: Resource
    child_imports: tuple[ChildImport, ...]
    operations: tuple[OperationCode, ...]
    imports: Imports
    # How this module spells what its templates write besides annotations (see `scopes`).
    type_checking: str  # `typing.TYPE_CHECKING`
    final: str  # `typing.Final`
    cached_property: str  # `functools.cached_property`
    cache: str  # `functools.cache`
    workflows: WorkflowCode  # the helper methods (`generate()`, `check_result()`, ...)
    # The methods `with_streaming_response` offers: those returning one response's body (not
    # an event stream, nor pages).
    streamed: tuple[OperationCode, ...] = ()


def resource_code(api: Api, resource: Resource) -> ResourceCode:
    unspelled = tuple(_operation_code(op, as_written) for op in resource.operations)
    need = Needs()
    uses_params = uses_models = False
    for op in resource.operations:
        for parameter in op.parameters:
            parameter_needs = needs(parameter.type, "params")
            uses_params = uses_params or bool(parameter_needs.named)
            need = need | parameter_needs
        if op.pagination is not None:
            need = need | needs(op.pagination.item_type, "models")
        if op.success.headers_type is not None:
            uses_models = True
            need = need | needs(op.success.headers_type, "models")
        if op.success.streams and op.success.event_type is not None:
            event_needs = needs(op.success.event_type, "models")
            uses_models = uses_models or bool(event_needs.named)
            need = need | event_needs
        for response in (op.success, *op.errors):
            if response.type is not None:
                response_needs = needs(response.type, "models")
                uses_models = uses_models or bool(response_needs.named)
                need = need | response_needs
    core_names = {"AsyncBaseClient", "SyncBaseClient", *need.runtime}
    if unspelled:
        core_names |= {
            "Endpoint",
            "RequestOptions",
            "async_to_raw_response_wrapper",
            "to_raw_response_wrapper",
        }
    if any(argument.optional for code in unspelled for argument in code.arguments):
        core_names |= {"NOT_GIVEN", "NotGiven"}
    if any(code.send_function in ("stream", "request_or_stream") for code in unspelled):
        core_names |= {"Stream", "AsyncStream"}
    if any(code.send_function == "request" for code in unspelled):
        core_names |= {"async_to_streamed_response_wrapper", "to_streamed_response_wrapper"}
    if any(code.send_function == "paginate" for code in unspelled):
        core_names |= {"SyncPage", "AsyncPager", "Paging"}
    if any(
        "ServerSentEvent" in (code.result_type, dict(code.endpoint_fields).get("event_type"))
        for code in unspelled
    ):
        core_names.add("ServerSentEvent")
    types = {name for name, used in (("models", uses_models), ("params", uses_params)) if used}
    # `typing` for `Final` (and for custom code in the classes' regions, which cannot import).
    stdlib = {"functools", "typing"} if resource.children or unspelled else {"typing"}
    if need.datetime:
        stdlib.add("datetime")
    json_string = any(JSON_STRING in dict(code.endpoint_fields).values() for code in unspelled)
    third_party = {"pydantic"} if need.pydantic or json_string else set()
    helpers = workflow_code(api, resource, _signatures(unspelled), as_written)
    core_names |= helpers.core_names
    if helpers.uses_models:
        types.add("models")
    if helpers.uses_os:
        stdlib.add("os")

    # What the class bodies bind and read: their annotations and `@functools.cached_property`.
    bound = {op.method for op in resource.operations} | {c.attr for c in resource.children}
    bound |= helpers.methods
    if unspelled:
        bound.add("with_raw_response")
    if any(code.send_function == "request" for code in unspelled):
        bound.add("with_streaming_response")
    read = roots([*_class_body_expressions(unspelled), *helpers.annotations])
    if resource.children or unspelled:
        read.add("functools")
    module_scope = scope(bound, read, {*stdlib, *third_party, *core_names, *types})
    if module_scope.needs_builtins:
        stdlib.add("builtins")
    spell = module_scope.spell
    operations = tuple(_operation_code(op, spell) for op in resource.operations)
    sdk_values = {"POLL_INTERVAL_ENV"} if helpers.poll_interval_env else set()
    return ResourceCode(
        resource=resource,
        child_imports=child_imports(resource.children),
        operations=operations,
        imports=imports(
            future={"annotations"},
            stdlib=stdlib,
            third_party=third_party,
            first_party={
                f"{api.package}._core": core_names,
                f"{api.package}._sdk": sdk_values,
                f"{api.package}.types": types,
            },
            aliases=module_scope.aliases,
        ),
        type_checking=spell("typing.TYPE_CHECKING"),
        final=spell("typing.Final"),
        cached_property=spell("functools.cached_property"),
        cache=spell("functools.cache"),
        workflows=workflow_code(api, resource, _signatures(operations), spell),
        streamed=tuple(code for code in operations if code.send_function == "request"),
    )


def _signatures(operations: tuple[OperationCode, ...]) -> dict[str, tuple[Argument, ...]]:
    return {code.operation.method: code.arguments for code in operations}


def as_written(expression: str) -> str:
    return expression


def _class_body_expressions(operations: tuple[OperationCode, ...]) -> list[str]:
    """What a resource client's class bodies evaluate: its methods' annotations."""
    expressions: list[str] = []
    for code in operations:
        expressions.extend(argument.annotation for argument in code.arguments)
        expressions.extend(code.returns)
        if code.overloads:
            expressions.append(code.overload)
        for signature in code.overloads:
            expressions.extend(argument.annotation for argument in signature.arguments)
            expressions.extend(signature.returns)
    return expressions


def _argument(
    parameter: Parameter, spell: Callable[[str], str], *, required: bool | None = None
) -> Argument:
    """The argument of `parameter`; `required` overrides whether the signature requires it."""
    text = spell(annotation(parameter.type, QUALIFIED_PARAMS))
    is_required = parameter.required if required is None else required
    description = parameter.description
    if parameter.required_in_body:
        description = f"Required when the body is sent. {description}".rstrip()
    return Argument(
        name=parameter.python_name,
        wire_name=parameter.wire_name,
        annotation=text if is_required else f"{text} | NotGiven",
        optional=not is_required,
        description=description,
        deprecated=parameter.deprecated,
    )


def _overloads(
    op: Operation, spell: Callable[[str], str], returns: tuple[str, str]
) -> tuple[Signature, ...]:
    """An optional body whose schema requires properties: one signature without any body
    argument (no body is sent), one with the required ones required (a valid body is)."""
    if not any(p.required_in_body for p in op.parameters):
        return ()
    others = [p for p in op.parameters if p.location != "body"]
    with_body = sorted(op.parameters, key=lambda p: not (p.required or p.required_in_body))
    return (
        Signature(tuple(_argument(p, spell) for p in others), returns),
        Signature(
            tuple(
                _argument(p, spell, required=p.required or p.required_in_body) for p in with_body
            ),
            returns,
        ),
    )


def stream_flag(op: Operation) -> Parameter | None:
    """The boolean `stream` of the body that asks an operation answering JSON or events for
    the events (Mistral, Exa, OpenAI's style), or None."""
    return next(
        (
            p
            for p in op.parameters
            if p.location == "body" and p.wire_name == "stream" and p.type.kind == "bool"
        ),
        None,
    )


def _stream_overloads(
    op: Operation,
    arguments: tuple[Argument, ...],
    spell: Callable[[str], str],
    answers: tuple[tuple[str, str], tuple[str, str], tuple[str, str]],
) -> tuple[Signature, ...]:
    """For an operation answering JSON or events with a `stream` flag: `stream=True` returns
    the events, `False` or no flag the JSON body, a `bool` known at run time either.
    `answers` are the JSON, the events' and either's return annotations."""
    flag = stream_flag(op)
    if flag is None:
        return ()
    json_answer, events, either = answers
    nullable = " | None" if flag.type.nullable else ""

    def with_flag(annotation: str, optional: bool) -> tuple[Argument, ...]:
        return tuple(
            (
                replace(argument, annotation=annotation, optional=optional)
                if argument.name == flag.python_name
                else argument
            )
            for argument in arguments
        )

    flag_argument = next(a for a in arguments if a.name == flag.python_name)
    no_events = spell("typing.Literal[False]") + nullable
    if flag_argument.optional:
        no_events += " | NotGiven"
    return (
        Signature(with_flag(no_events, flag_argument.optional), json_answer),
        Signature(with_flag(spell("typing.Literal[True]"), False), events),
        Signature(arguments, either),
    )


_ACCEPT = {
    "json": "application/json",
    "bytes": "*/*",
    "text": "text/plain, */*",
    "stream": "text/event-stream",
    "none": "application/json",
}
# A JSON answer the server may send as an event stream instead.
_ACCEPT_JSON_OR_EVENTS = "application/json, text/event-stream"


def _operation_code(op: Operation, spell: Callable[[str], str]) -> OperationCode:
    """The code of one operation; `spell` gives each annotation its module's spelling."""
    arguments = tuple(_argument(p, spell) for p in op.parameters)
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
        result_type = spell(item_type) if success.type else "ServerSentEvent"
        returns = (f"Stream[{result_type}]", f"AsyncStream[{result_type}]")
    elif op.pagination is not None:
        result_type = spell(item_type)
        page_item = spell(annotation(op.pagination.item_type, QUALIFIED_MODELS))
        returns = (
            f"{spell('SyncPage')}[{page_item}, {result_type}]",
            f"{spell('AsyncPager')}[{page_item}, {result_type}]",
        )
    else:
        raw_type = {"bytes": "bytes", "text": "str", "none": "None"}.get(success.kind, item_type)
        result_type = spell(raw_type)
        returns = (result_type, result_type)
    # JSON, or events when the server streams them (chosen by the response's Content-Type).
    either = success.streams and op.pagination is None
    event_type = ""
    overloads = _overloads(op, spell, returns)
    if either:
        event_type = (
            spell(annotation(success.event_type, QUALIFIED_MODELS))
            if success.event_type
            else spell("ServerSentEvent")
        )
        events = (f"{spell('Stream')}[{event_type}]", f"{spell('AsyncStream')}[{event_type}]")
        json_answer = returns
        returns = (f"{returns[0]} | {events[0]}", f"{returns[1]} | {events[1]}")
        if not overloads:
            overloads = _stream_overloads(op, arguments, spell, (json_answer, events, returns))

    fields: list[tuple[str, str]] = [
        ("method", escape.py_str(op.http_method)),
        ("path", escape.py_str(op.path)),
        ("operation", escape.py_str(op.qualified_name)),
    ]
    if op.security:
        fields.append(("security", escape.py_literal(op.security)))
    if success.kind == "json" and success.type is not None and success.type.kind == "str":
        # To the runtime, `str` means "the body as text": a JSON string is parsed from JSON.
        fields.append(("response_type", spell(JSON_STRING)))
    elif result_type != "None":
        fields.append(("response_type", result_type))
    error_types = [
        f"{_status_literal(r.status)}: {spell(annotation(r.type, QUALIFIED_MODELS))}"
        for r in op.errors
        if r.type is not None
    ]
    if error_types:
        fields.append(("error_types", "{" + ", ".join(error_types) + "}"))
    if either:
        fields.append(("accept", escape.py_str(_ACCEPT_JSON_OR_EVENTS)))
    elif _ACCEPT[success.kind] != "application/json":
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
    if flattened and op.body is not None and not op.body.required:
        fields.append(("optional_body", "True"))
    if op.servers:
        fields.append(("base_url", escape.py_str(op.servers[0].url)))
    if op.pagination is not None:
        fields.append(("paging", _paging(op.pagination, spell)))
    if success.status.startswith("3"):
        fields.append(("redirect_is_answer", "True"))
    if either:
        fields.append(("event_type", event_type))
    if success.enveloped and (either or success.kind == "stream"):
        fields.append(("event_envelope", "True"))
    send_function = "request"
    if success.kind == "stream":
        send_function = "stream"
    elif op.pagination is not None:
        send_function = "paginate"
    elif either:
        send_function = "request_or_stream"
    return OperationCode(
        operation=op,
        arguments=arguments,
        returns=returns,
        result_type=result_type,
        send_function=send_function,
        endpoint_fields=tuple(fields),
        call_arguments=tuple(call),
        raises=tuple((r.error_class, r.description) for r in op.errors),
        overloads=overloads,
        overload=spell("typing.overload"),
        returns_description=_returns_description(op),
        def_keywords=("def", "def" if op.pagination else "async def"),
        await_keywords=("", "" if op.pagination else "await "),
        headers_model=(
            spell(annotation(success.headers_type, QUALIFIED_MODELS))
            if success.headers_type is not None
            else ""
        ),
    )


def _returns_description(op: Operation) -> str:
    described = op.success.description or "The parsed response."
    sentence = described.rstrip() if described.rstrip().endswith(".") else described.rstrip() + "."
    if op.pagination is None and op.success.streams:
        flag = stream_flag(op)
        asked = f" (as `{flag.python_name}=True` asks)" if flag is not None else ""
        return (
            f"{sentence} When the server answers with an event stream{asked}, the events"
            " instead: a `Stream` to iterate with `for` (an `AsyncStream`, `async for`, on the"
            " async client), each event parsed as it arrives; the response's `Content-Type`"
            " decides which."
        )
    if op.pagination is None:
        return described
    return (
        f"{sentence} This is the first page: iterating it (`for`, or `async for` on the"
        " async client) yields every item of every page, each page fetched when the loop"
        " reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go page by page."
    )


def _paging(pagination: Pagination, spell: Callable[[str], str]) -> str:
    """`Paging(style="cursor", ...)`: the runtime's description of how pages follow, with the
    fields that differ from its defaults."""
    fields = [("style", escape.py_str(pagination.style))]
    if pagination.parameter:
        fields.append(("parameter", escape.py_str(pagination.parameter)))
    for name, path in (
        ("items", pagination.items),
        ("next", pagination.next),
        ("has_more", pagination.has_more),
        ("done", pagination.done),
        ("total", pagination.total),
        ("total_pages", pagination.total_pages),
        ("item_id", pagination.item_id),
    ):
        if path:
            fields.append((name, escape.py_literal(path)))
    if pagination.style == "page" and pagination.first_page != 1:
        fields.append(("first_page", str(pagination.first_page)))
    return f"{spell('Paging')}({', '.join(f'{name}={value}' for name, value in fields)})"


def _wire_dict(arguments: list[Argument]) -> str:
    """`{"wire-name": python_name, ...}`: how a call sends its arguments of one location."""
    return "{" + ", ".join(f"{escape.py_str(a.wire_name)}: {a.name}" for a in arguments) + "}"


def _is_file(type_ref: TypeRef) -> bool:
    return type_ref.kind == "file" or (type_ref.kind == "list" and _is_file(type_ref.items[0]))


def _status_literal(status: str) -> str:
    return status if status.isdigit() else escape.py_str(status)
