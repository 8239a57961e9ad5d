"""Pagination: which list operations iterate across pages, and how the next page is asked for.

Recognised from the spec by the names of a GET operation's query parameters and of its
response's properties (the table is `docs/coverage.md#pagination`), or declared for an
operation with its `x-pagination` extension or the configuration's `[pagination]` table, which
also turn recognition off with `false`. Names are compared without case, `_` and `-`:
`pageNumber`, `page_number` and `page-number` are one name.

The `Link` header is assumed only where nothing in the body can carry the next page: a next
page's URL in the body (`meta.next_page_url`) is followed as the header would be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, get_args

from ..config import PAGINATION_KEYS as DECLARATION_KEYS
from ..config import ConfigError
from ..errors import GeneratorError, Location, SpecError
from ..model.api import Field, Operation, Pagination, PagingStyle, TypeRef
from ..spec.refs import Ref, jp_ref
from .context import Context

EXTENSION = "x-pagination"
STYLES: tuple[PagingStyle, ...] = get_args(PagingStyle)

# Query parameters, by what they choose.
CURSOR_PARAMETERS = frozenset(
    {"cursor", "pagetoken", "iterator", "continuationtoken", "nexttoken", "pagecursor"}
)
AFTER_ID_PARAMETERS = ("startingafter", "after")  # the first one found wins
OFFSET_PARAMETERS = frozenset({"offset", "skip"})
PAGE_PARAMETERS = frozenset({"page", "pagenumber", "pagenum", "pageindex"})
# Response properties, by what they say.
ITEMS_PROPERTIES = ("data", "items", "results", "entries", "records")
NEXT_PROPERTIES = frozenset(
    {"nextcursor", "nextpagetoken", "nexttoken", "iterator", "continuationtoken", "cursor"}
)
# A string property with the next page's URL: one of these names, or `next` (`next_page`) when
# its format is a URI or it stands in a `links` object (JSON:API's `links.next`).
NEXT_URL_PROPERTIES = frozenset(
    {"nexturl", "nextpageurl", "nextlink", "nextpagelink", "nexthref", "nexturi", "nextpageuri"}
)
NEXT_PROPERTIES_IF_URL = frozenset({"next", "nextpage"})
URI_FORMATS = frozenset({"uri", "uri-reference", "url", "iri", "iri-reference"})
LINKS_OBJECTS = frozenset({"links", "pagelinks"})
HAS_MORE_PROPERTIES = frozenset({"hasmore", "hasnextpage", "hasnext", "more"})
DONE_PROPERTIES = frozenset({"done", "islast", "lastpage"})
TOTAL_PROPERTIES = frozenset({"total", "totalcount", "totalitems", "itemstotal", "totalresults"})
TOTAL_PAGES_PROPERTIES = frozenset({"totalpages", "pagestotal", "pagecount", "numpages"})
ID_PROPERTY = "id"

_REQUIRED_BY_STYLE: dict[str, tuple[str, ...]] = {
    "cursor": ("parameter", "next"),
    "next_id": ("parameter",),
    "offset": ("parameter",),
    "page": ("parameter",),
    "link": (),
}


def normal(name: str) -> str:
    """How names are compared: `pageNumber`, `page_number` and `page-number` are `pagenumber`."""
    return name.lower().replace("_", "").replace("-", "")


def attach_pagination(
    operation: Operation,
    spec: dict[str, Any],
    at: Ref,
    ctx: Context,
    configured: object = None,
    configured_at: Location | None = None,
) -> Operation:
    """`operation` with its pagination: `configured` (from the configuration: a declaration
    table, or False), else its `x-pagination`, else what its names show."""
    if configured is not None:
        where = configured_at or Location("the configuration")
        found = _declared(operation, configured, ctx, lambda why: ConfigError(why, where))
        source = "the configuration"
    elif EXTENSION in spec:
        location = ctx.resolver.locate(jp_ref(at, EXTENSION))
        found = _declared(operation, spec[EXTENSION], ctx, lambda why: SpecError(why, location))
        source = EXTENSION
    else:
        found, source = recognise(operation, spec, at, ctx), "recognised"
    if found is None:
        return operation
    return dataclasses.replace(operation, pagination=dataclasses.replace(found, source=source))


def recognise(
    operation: Operation, spec: dict[str, Any], at: Ref, ctx: Context
) -> Pagination | None:
    """The pagination a GET operation's names show, or None."""
    if operation.http_method != "GET":
        return None
    page = _page_shape(operation, ctx)
    if page is None:
        return None
    items, item_type, fields = page
    query = {normal(p.wire_name): p for p in operation.parameters if p.location == "query"}
    has_more = _property(fields, HAS_MORE_PROPERTIES, "bool", ctx)
    done = _property(fields, DONE_PROPERTIES, "bool", ctx)
    total = _property(fields, TOTAL_PROPERTIES, "int", ctx)
    total_pages = _property(fields, TOTAL_PAGES_PROPERTIES, "int", ctx)

    def paging(style: PagingStyle, parameter: str, **more: Any) -> Pagination:
        return Pagination(
            style,
            parameter,
            item_type,
            items,
            has_more=has_more,
            done=done,
            total=total,
            total_pages=total_pages,
            **more,
        )

    cursor = next((query[name] for name in sorted(query) if name in CURSOR_PARAMETERS), None)
    next_cursor = _property(fields, NEXT_PROPERTIES, "str", ctx)
    if _declares_link_header(spec, at, ctx):
        return paging("link", "")
    if cursor is not None and next_cursor:
        return paging("cursor", cursor.wire_name, next=next_cursor)
    # The server's own address of the next page (Twilio's `meta.next_page_url`, `links.next`):
    # followed like a `Link` header, whatever its query parameters say.
    next_url = _find(fields, _is_next_url, ctx)
    if next_url:
        return paging("link", "", next=next_url)
    if cursor is not None:
        # A cursor the body does not hand back, nor a URL with it: it travels in the `Link`
        # header (Sentry).
        return paging("link", "")
    # An id, not a time (Svix's `after` is a date-time): a string or a number.
    after = next(
        (
            query[name]
            for name in AFTER_ID_PARAMETERS
            if name in query and query[name].type.kind in ("str", "int")
        ),
        None,
    )
    item_id = _property(_fields_of(item_type, ctx), frozenset({ID_PROPERTY}), "", ctx)
    if after is not None and item_id:
        return paging("next_id", after.wire_name, item_id=item_id)
    for names, style in ((OFFSET_PARAMETERS, "offset"), (PAGE_PARAMETERS, "page")):
        chosen = next((query[n] for n in sorted(query) if n in names), None)
        if chosen is not None and _is_int(chosen.type):
            if style == "offset":
                return paging("offset", chosen.wire_name)
            return paging("page", chosen.wire_name, first_page=_first_page(chosen.default))
    return None


def _first_page(default: object) -> int:
    return default if isinstance(default, int) and not isinstance(default, bool) else 1


def _page_shape(
    operation: Operation, ctx: Context
) -> tuple[tuple[str, ...], TypeRef, tuple[Field, ...]] | None:
    """Where a page's items are, their type, and the body's fields: a JSON list, or an object
    with a list property (one named like `data`, else its only list)."""
    body = operation.success.type
    if operation.success.kind != "json" or body is None:
        return None
    if body.kind == "list":
        return (), body.items[0], ()
    fields = _fields_of(body, ctx)
    lists = [f for f in fields if f.type.kind == "list"]
    by_name = {normal(f.wire_name): f for f in lists}
    chosen = next((by_name[n] for n in ITEMS_PROPERTIES if n in by_name), None)
    if chosen is None and len(lists) == 1:
        chosen = lists[0]
    if chosen is None:
        return None
    return (chosen.python_name,), chosen.type.items[0], fields


def _fields_of(type_ref: TypeRef, ctx: Context) -> tuple[Field, ...]:
    return ctx.typer.fields_of(type_ref, "models")


def _property(
    fields: tuple[Field, ...], names: frozenset[str], kind: str, ctx: Context
) -> tuple[str, ...]:
    """The path of the first property (in name order) with one of `names` and of `kind` (""
    for any): in the object, else in one of its objects (`page.next_cursor`, `user.id`)."""
    return _find(
        fields,
        lambda field, _: normal(field.wire_name) in names and kind in ("", field.type.kind),
        ctx,
    )


def _find(
    fields: tuple[Field, ...], matches: Callable[[Field, str], bool], ctx: Context
) -> tuple[str, ...]:
    """The path of the first property (in name order) that `matches` (given the property and
    the wire name of the object holding it, "" for the body): in the object, else in one of
    its objects."""
    ordered = sorted(fields, key=lambda f: f.wire_name)
    for item in ordered:
        if matches(item, ""):
            return (item.python_name,)
    for item in ordered:
        for inner in sorted(_fields_of(item.type, ctx), key=lambda f: f.wire_name):
            if matches(inner, item.wire_name):
                return (item.python_name, inner.python_name)
    return ()


def _is_next_url(field: Field, holder: str) -> bool:
    """Whether `field` (in the object named `holder`) is the next page's URL."""
    name = normal(field.wire_name)
    if field.type.kind != "str":
        return False
    if name in NEXT_URL_PROPERTIES:
        return True
    return name in NEXT_PROPERTIES_IF_URL and (
        field.format in URI_FORMATS or normal(holder) in LINKS_OBJECTS
    )


def _is_int(type_ref: TypeRef) -> bool:
    return type_ref.kind == "int"


def _declares_link_header(spec: dict[str, Any], at: Ref, ctx: Context) -> bool:
    for status, response in sorted((spec.get("responses") or {}).items()):
        if not str(status).startswith("2"):
            continue
        resolved, _ = ctx.resolver.deref(response, jp_ref(at, "responses", status))
        headers = resolved.get("headers") if isinstance(resolved, dict) else None
        if isinstance(headers, dict) and any(normal(str(h)) == "link" for h in headers):
            return True
    return False


def _declared(
    operation: Operation,
    declaration: object,
    ctx: Context,
    error: Callable[[str], GeneratorError],
) -> Pagination | None:
    """A declared pagination, every name checked against the operation; None for `false`."""
    if declaration is False:
        return None
    if not isinstance(declaration, dict):
        raise error("must be false or a table of " + ", ".join(DECLARATION_KEYS))
    unknown = sorted(set(declaration) - set(DECLARATION_KEYS))
    if unknown:
        known = ", ".join(DECLARATION_KEYS)
        raise error(f"unknown key {unknown[0]!r} (known keys: {known})")
    style = declaration.get("style")
    if style not in STYLES:
        raise error(f"style must be {DECLARATION_KEYS['style']}, not {style!r}")
    for key in _REQUIRED_BY_STYLE[str(style)]:
        if key not in declaration:
            raise error(f"a {style} pagination needs `{key}`: {DECLARATION_KEYS[key]}")
    for key, value in declaration.items():
        wanted = int if key == "first-page" else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise error(f"`{key}` must be a {wanted.__name__}, not {value!r}")
    parameter = str(declaration.get("parameter", ""))
    query = {p.wire_name for p in operation.parameters if p.location == "query"}
    if parameter and parameter not in query:
        raise error(f"`parameter` {parameter!r} is not a query parameter of {operation.route}")
    body = operation.success.type
    if operation.success.kind != "json" or body is None:
        raise error(f"{operation.route} answers no JSON body to read pages from")
    if "items" in declaration:
        items, item_type = _items(body, str(declaration["items"]), ctx, error)
    else:
        shape = _page_shape(operation, ctx)
        if shape is None:
            raise error("`items` is needed: the response has no list property named like data")
        items, item_type, _ = shape

    def path(key: str, kind: str) -> tuple[str, ...]:
        if key not in declaration:
            return ()
        return _path(body, str(declaration[key]), kind, key, ctx, error)

    item_id: tuple[str, ...] = ()
    if "item-id" in declaration:
        item_id = _path(item_type, str(declaration["item-id"]), "", "item-id", ctx, error)
    elif style == "next_id":
        item_id = _property(_fields_of(item_type, ctx), frozenset({ID_PROPERTY}), "", ctx)
        if not item_id:
            raise error("a next_id pagination needs `item-id`: the items have no `id`")
    first_page = declaration.get("first-page")
    if not isinstance(first_page, int):
        chosen = next((p for p in operation.parameters if p.wire_name == parameter), None)
        first_page = _first_page(chosen.default if chosen else None)
    return Pagination(
        style=style,
        parameter=parameter,
        item_type=item_type,
        items=items,
        next=path("next", ""),
        item_id=item_id,
        has_more=path("has-more", "bool"),
        done=path("done", "bool"),
        total=path("total", "int"),
        total_pages=path("total-pages", "int"),
        first_page=first_page,
    )


def _items(
    body: TypeRef, dotted: str, ctx: Context, error: Callable[[str], GeneratorError]
) -> tuple[tuple[str, ...], TypeRef]:
    if not dotted:
        if body.kind != "list":
            raise error("`items` is needed: the response body is not a list")
        return (), body.items[0]
    path = _path(body, dotted, "list", "items", ctx, error)
    found = body
    for name in path:
        found = next(f.type for f in _fields_of(found, ctx) if f.python_name == name)
    return path, found.items[0]


def _path(
    type_ref: TypeRef,
    dotted: str,
    kind: str,
    key: str,
    ctx: Context,
    error: Callable[[str], GeneratorError],
) -> tuple[str, ...]:
    """`meta.next_cursor` (wire names) as attribute names, checked to end at a `kind` value."""
    names: list[str] = []
    current = type_ref
    for part in dotted.split("."):
        found = next((f for f in _fields_of(current, ctx) if f.wire_name == part), None)
        if found is None:
            raise error(f"`{key}` {dotted!r}: the response has no property {part!r} there")
        names.append(found.python_name)
        current = found.type
    if kind and current.kind != kind:
        raise error(f"`{key}` {dotted!r} must name a property of type {kind}, not {current.kind}")
    return tuple(names)
