"""Views of the markdown reference: a page per resource, the index, and the SDK's README."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

from ..model import naming, runtime
from ..model.api import Api, Field, Operation, Resource, TypeRef
from . import escape
from .client import Credential, client_code
from .code import stream_flag
from .examples import (
    WORKFLOW_DOWNLOADS,
    call_expression,
    example_code,
    field_example,
    parameter_example,
    readme_examples,
    response_example,
    workflow_example_code,
)
from .flavours import ASYNC, SYNC
from .type_exprs import Spelling, annotation
from .workflows import DEFAULT_WAIT_TIMEOUT


@dataclass(frozen=True)
class DocRow:
    name: str  # raw name, shown as code
    depth: int
    required: str  # the Required column: ✓, ✗, or when it is required
    description: str
    deprecated: bool
    example: str  # JSON text or ""


@dataclass(frozen=True)
class HeaderRow:
    """A response header the operation declares, as `parse_headers()` gives it."""

    wire_name: str
    attribute: str
    type: str  # its annotation
    required: str  # ✓ or ✗
    description: str


@dataclass(frozen=True)
class WorkflowDoc:
    """The reference of an operation's `generate()`."""

    method: str  # `generate`
    check_method: str  # `check_result`
    upload_arguments: tuple[str, ...]  # the arguments whose file fields may name local files
    sync_example: str
    async_example: str
    result_type: str
    result_link: str
    default_wait_timeout: str
    downloads: str  # where the examples save the outputs


@dataclass(frozen=True)
class OperationDoc:
    operation: Operation
    rows: tuple[DocRow, ...]
    sync_example: str
    async_example: str
    response_type: str
    response_link: str
    response_example: str
    response_example_block: bool
    errors: tuple[tuple[str, str, str], ...]  # (status, error class, description)
    workflow: WorkflowDoc | None = None
    paging: str = ""  # markdown: how the method pages, for a list operation
    # markdown: how a binary body is read as it arrives, or the events the server may send
    streaming: str = ""
    redirect: str = ""  # markdown: that the documented redirect is the answer, not followed
    headers: tuple[HeaderRow, ...] = ()  # the declared response headers
    headers_intro: str = ""  # markdown: how to read them


# How the docs say where each style finds the next page.
PAGING_STYLES = {
    "cursor": "a cursor in the response",
    "next_id": "the last item's id",
    "offset": "an offset",
    "page": "a page number",
    "link": "the `Link` response header",
}


@dataclass(frozen=True)
class IndexEntry:
    accessor: str
    link: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class ResourcePage:
    resource: Resource
    children: tuple[IndexEntry, ...]
    operations: tuple[OperationDoc, ...]


def resource_page(api: Api, resource: Resource) -> ResourcePage:
    return ResourcePage(
        resource=resource,
        children=tuple(
            IndexEntry(
                child.accessor, relative_link(resource.doc_path, child.doc_path), child.operations
            )
            for child in resource.children
        ),
        operations=tuple(operation_doc(api, resource, op) for op in resource.operations),
    )


def index_entries(api: Api) -> tuple[IndexEntry, ...]:
    """The reference index: every resource that has operations, in tree order."""
    index = naming.resource_doc_path(api.package, ())
    return tuple(
        IndexEntry(resource.accessor, relative_link(index, resource.doc_path), resource.operations)
        for resource in api.all_resources()
        if resource.operations
    )


def operation_doc(api: Api, resource: Resource, op: Operation) -> OperationDoc:
    rows: list[DocRow] = []
    for parameter in op.parameters:
        rows.append(
            DocRow(
                parameter.python_name,
                0,
                "with a body" if parameter.required_in_body else _mark(parameter.required),
                parameter.description,
                parameter.deprecated,
                _json_or_blank(*parameter_example(api, parameter)),
            )
        )
        rows.extend(_child_rows(api, parameter.children, 1))
    response_type = ""
    response_link = ""
    success_type = op.success.type
    if success_type is not None:
        response_type = annotation(success_type, Spelling("models", qualified=False))
        named = _named_inside(success_type)
        if named is not None:
            target = naming.type_path(api.package, "models", named.module)
            response_link = relative_link(resource.doc_path, target)
    has_example, example = response_example(api, op)
    example_text = escape.json_inline(example) if has_example else ""
    block = len(example_text) > _INLINE_EXAMPLE_WIDTH
    if block:
        example_text = escape.json_text(example, indent=2)
    return OperationDoc(
        operation=op,
        rows=tuple(rows),
        sync_example=example_code(api, resource, op, SYNC),
        async_example=example_code(api, resource, op, ASYNC),
        response_type=response_type,
        response_link=response_link,
        response_example=example_text,
        response_example_block=block,
        errors=tuple((r.status, r.error_class, r.description) for r in op.errors),
        workflow=_workflow_doc(api, resource, op),
        paging=_paging(op),
        streaming=_streaming(api, resource, op),
        redirect=_redirect(resource, op),
        headers=tuple(
            HeaderRow(
                field.wire_name,
                field.python_name,
                annotation(field.type, Spelling("models", qualified=False)),
                _mark(field.required),
                field.description,
            )
            for field in op.success.headers
        ),
        headers_intro=_headers_intro(resource, op),
    )


def _workflow_doc(api: Api, resource: Resource, op: Operation) -> WorkflowDoc | None:
    job = op.job
    if job is None:
        return None
    result = job.result_type
    target = naming.type_path(api.package, "models", result.module)
    return WorkflowDoc(
        method=job.method,
        check_method=job.check_method,
        upload_arguments=job.upload_arguments,
        sync_example=workflow_example_code(api, resource, op, SYNC),
        async_example=workflow_example_code(api, resource, op, ASYNC),
        result_type=annotation(result, Spelling("models", qualified=False)),
        result_link=relative_link(resource.doc_path, target),
        default_wait_timeout=repr(DEFAULT_WAIT_TIMEOUT),
        downloads=WORKFLOW_DOWNLOADS,
    )


def _streaming(api: Api, resource: Resource, op: Operation) -> str:
    """What the Response section says of reading a binary body as it arrives, or of the
    events the server may send instead of JSON (markdown)."""
    if op.success.streams and op.pagination is None:
        return _events(op)
    if op.success.kind != "bytes" or op.pagination is not None:
        return ""
    call = call_expression(resource, op, api, twin="with_streaming_response")
    return (
        f"To read the body as it arrives rather than as one `bytes` value, call the method "
        f"in a `with` block: {escape.md_code(f'with {call} as response:')} then "
        "`response.stream_to_file(path)` writes it to a file chunk by chunk, never all of it "
        "in memory; `iter_bytes()`, `iter_lines()`, `read()` and `parse()` read it otherwise. "
        "The async client does the same with `async with` (and `await` or `async for`)."
    )


def _redirect(resource: Resource, op: Operation) -> str:
    """What the Response section says of an operation whose answer is a redirect (markdown)."""
    if not op.success.status.startswith("3"):
        return ""
    return (
        f"The API answers with a redirect ({escape.md_code(op.success.status)}): the client "
        "returns it and does not follow it. Its address is the `Location` header of the "
        f"response, read through `{resource.accessor}.with_raw_response` "
        '(`.headers["location"]`).'
    )


def _events(op: Operation) -> str:
    event_type = op.success.event_type
    event = (
        annotation(event_type, Spelling("models", qualified=False))
        if event_type is not None
        else "ServerSentEvent"
    )
    flag = stream_flag(op)
    typed = ""
    if flag is not None:
        name = flag.python_name
        typed = (
            f" A type checker knows which from `{name}`: `{name}=True` gives the stream, no "
            f"`{name}` or `{name}=False` the body above."
        )
    asked = f" (as `{flag.python_name}=True` asks)" if flag is not None else ""
    return (
        f"Or a stream of events: when the server answers with `text/event-stream`{asked}, the "
        f"method returns a {escape.md_code(f'Stream[{event}]')} instead "
        f"({escape.md_code(f'AsyncStream[{event}]')} on the async client), to iterate with "
        "`for` (`async for`), each event parsed as it arrives; the response's `Content-Type` "
        f"decides which.{typed}"
    )


def _headers_intro(resource: Resource, op: Operation) -> str:
    """What the Response section says of reading the declared response headers (markdown)."""
    if op.success.headers_type is None:
        return ""
    model = annotation(op.success.headers_type, Spelling("models", qualified=False))
    return (
        f"Called through `{resource.accessor}.with_raw_response`, the method's response "
        f"gives them typed: `parse_headers()` returns a `{model}` (names matched in any "
        "case, a missing optional header `None`); a header that does not match its type "
        "raises `ResponseValidationError`."
    )


def _paging(op: Operation) -> str:
    """What the Response section says of a list operation's pages (markdown)."""
    if op.pagination is None:
        return ""
    item = annotation(op.pagination.item_type, Spelling("models", qualified=False))
    parameter = f" ({escape.md_code(op.pagination.parameter)})" if op.pagination.parameter else ""
    how = PAGING_STYLES[op.pagination.style]
    if op.pagination.style == "link" and op.pagination.next:
        where = escape.md_code(".".join(("body", *op.pagination.next)))
        how = f"the next page's URL in the response ({where})"
    return (
        f"Paginated by {how}{parameter}: the method returns "
        "the first page (`SyncPage`; on the async client an `AsyncPager`, awaited for the "
        f"page), whose `body` is of this type and `items` its `{item}` items. Iterating the "
        "page (`for`, `async for`) yields every item of every page, fetching each page when "
        "the loop reaches it; `iter_pages()`, `has_next_page()` and `get_next_page()` go "
        "page by page."
    )


def _mark(required: bool) -> str:
    return "✓" if required else "✗"


# A response example longer than this is shown as a JSON block, not inline.
_INLINE_EXAMPLE_WIDTH = 100


def _child_rows(api: Api, fields: tuple[Field, ...], depth: int) -> list[DocRow]:
    rows = []
    for field in fields:
        rows.append(
            DocRow(
                field.wire_name,
                depth,
                _mark(field.required),
                field.description,
                field.deprecated,
                _json_or_blank(*field_example(api, field)),
            )
        )
        rows.extend(_child_rows(api, field.children, depth + 1))
    return rows


def _json_or_blank(has_example: bool, example: Any) -> str:
    return escape.json_inline(example) if has_example else ""


def _named_inside(type_ref: TypeRef) -> TypeRef | None:
    if type_ref.kind == "named":
        return type_ref
    if type_ref.kind == "list":
        return _named_inside(type_ref.items[0])
    return None


def relative_link(from_file: str, to_file: str) -> str:
    return posixpath.relpath(to_file, posixpath.dirname(from_file))


@dataclass(frozen=True)
class Readme:
    api: Api
    credentials: tuple[Credential, ...]
    status_errors: tuple[tuple[str, str], ...]  # (status as shown, exception), the runtime's table
    reference_link: str
    examples: dict[str, str]
    # The methods that return pages, as callers write them: `client.things.list`
    paginated: tuple[str, ...] = ()
    # Markdown per server variable: `` `region` (`{region}`: `eu`, `us`) ``
    server_arguments: tuple[str, ...] = ()


def readme(api: Api) -> Readme:
    table = runtime.status_errors()
    return Readme(
        api=api,
        credentials=client_code(api).credentials,
        status_errors=(
            *table.items(),
            ("other", runtime.FALLBACK_STATUS_ERROR),
        ),
        reference_link=naming.resource_doc_path(api.package, ()),
        examples=readme_examples(api),
        paginated=tuple(
            f"{resource.accessor}.{op.method}"
            for resource, op in api.all_operations()
            if op.pagination is not None
        ),
        server_arguments=tuple(
            f"`{v.name}` ({escape.md_code('{' + v.wire_name + '}')}"
            + (f": {', '.join(escape.md_code(value) for value in v.values)}" if v.values else "")
            + ")"
            for v in api.server_variables
        ),
    )
