"""Pagination: recognised from the names of a list operation's parameters and response, or
declared with `x-pagination` or the configuration."""

from __future__ import annotations

from typing import Any

import pytest
from support.model import named, openapi, resolver_of, returns

from generator.build.api import build_api
from generator.build.pagination import normal
from generator.config import Config, ConfigError
from generator.errors import SpecError
from generator.model.api import Api, Pagination, TypeRef

THING = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
THINGS = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}


def query(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema or {"type": "string"}}


INT = {"type": "integer"}
URL = {"type": "string", "format": "uri", "nullable": True}


def listing(
    parameters: list[dict[str, Any]], body: dict[str, Any], method: str = "get", **more: Any
) -> dict[str, Any]:
    operation = {"parameters": parameters, "responses": returns(body), **more}
    return openapi({"/things": {method: operation}}, {"Thing": THING})


def page(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"data": THINGS, **properties}}


def paging(spec: dict[str, Any], config: Config | None = None) -> Pagination | None:
    api = build_api(resolver_of(spec), config or Config(package="acme"))
    return only_operation(api).pagination


def only_operation(api: Api) -> Any:
    ((_, operation),) = api.all_operations()
    return operation


THING_REF = named("Thing")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(  # a cursor in the body, and its parameter
            listing([query("cursor"), query("limit", INT)], page(next_cursor={"type": "string"})),
            Pagination("cursor", "cursor", THING_REF, ("data",), next=("next_cursor",)),
            id="next_cursor",
        ),
        pytest.param(  # Mistral: page_token / next_page_token
            listing([query("page_token")], page(next_page_token={"type": "string"})),
            Pagination("cursor", "page_token", THING_REF, ("data",), next=("next_page_token",)),
            id="next_page_token",
        ),
        pytest.param(  # Svix: iterator / done
            listing(
                [query("iterator"), query("limit", INT)],
                page(iterator={"type": "string", "nullable": True}, done={"type": "boolean"}),
            ),
            Pagination(
                "cursor", "iterator", THING_REF, ("data",), next=("iterator",), done=("done",)
            ),
            id="iterator-done",
        ),
        pytest.param(  # the cursor and the flag in an object of the body
            listing(
                [query("cursor")],
                page(
                    page={
                        "type": "object",
                        "properties": {
                            "has_more": {"type": "boolean"},
                            "next_cursor": {"type": "string", "nullable": True},
                        },
                    }
                ),
            ),
            Pagination(
                "cursor",
                "cursor",
                THING_REF,
                ("data",),
                next=("page", "next_cursor"),
                has_more=("page", "has_more"),
            ),
            id="nested cursor",
        ),
        pytest.param(  # has_more and the last item's id
            listing(
                [query("starting_after"), query("limit", INT)], page(has_more={"type": "boolean"})
            ),
            Pagination(
                "next_id",
                "starting_after",
                THING_REF,
                ("data",),
                item_id=("id",),
                has_more=("has_more",),
            ),
            id="starting_after",
        ),
        pytest.param(  # Discord: before/after/limit, a nullable list of items with an id
            listing(
                [query("before"), query("after"), query("limit", INT)],
                {"type": ["array", "null"], "items": {"$ref": "#/components/schemas/Thing"}},
            ),
            Pagination("next_id", "after", THING_REF, (), item_id=("id",)),
            id="discord",
        ),
        pytest.param(  # Discord's members: the id is the member's user's
            listing(
                [query("after"), query("limit", INT)],
                {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"user": {"$ref": "#/components/schemas/Thing"}},
                    },
                },
            ),
            Pagination(
                "next_id", "after", named("ThingsListResponseItem"), (), item_id=("user", "id")
            ),
            id="discord members",
        ),
        pytest.param(
            listing(
                [query("offset", INT), query("limit", INT)],
                {"type": "object", "properties": {"items": THINGS, "total": INT}},
            ),
            Pagination("offset", "offset", THING_REF, ("items",), total=("total",)),
            id="offset",
        ),
        pytest.param(  # Adyen: pageNumber/pageSize with itemsTotal and pagesTotal
            listing(
                [query("pageNumber", INT), query("pageSize", INT)],
                page(itemsTotal=INT, pagesTotal=INT),
            ),
            Pagination(
                "page",
                "pageNumber",
                THING_REF,
                ("data",),
                total=("items_total",),
                total_pages=("pages_total",),
            ),
            id="adyen",
        ),
        pytest.param(  # Mistral: a 0-based page (its default) of a plain list
            listing(
                [query("page", {"type": "integer", "default": 0}), query("page_size", INT)], THINGS
            ),
            Pagination("page", "page", THING_REF, (), first_page=0),
            id="mistral",
        ),
        pytest.param(  # Sentry: a cursor the body does not hand back travels in `Link`
            listing([query("cursor"), query("per_page", INT)], THINGS),
            Pagination("link", "", THING_REF, ()),
            id="sentry",
        ),
        pytest.param(  # Twilio: the next page's URL in an object of the body, not in `Link`
            listing(
                [query("PageToken"), query("Page", INT), query("PageSize", INT)],
                {
                    "type": "object",
                    "properties": {
                        "days": THINGS,
                        "meta": {
                            "type": "object",
                            "properties": {
                                "first_page_url": URL,
                                "next_page_url": URL,
                                "url": URL,
                            },
                        },
                    },
                },
            ),
            Pagination("link", "", THING_REF, ("days",), next=("meta", "next_page_url")),
            id="twilio-next-page-url",
        ),
        pytest.param(  # `next`, a URI, beside a cursor parameter (Django REST framework)
            listing([query("cursor")], page(next=URL, previous=URL)),
            Pagination("link", "", THING_REF, ("data",), next=("next",)),
            id="next-uri",
        ),
        pytest.param(  # JSON:API: `links.next` is a URL by where it stands; it wins over `page`
            listing(
                [query("page", INT)],
                page(links={"type": "object", "properties": {"next": {"type": "string"}}}),
            ),
            Pagination("link", "", THING_REF, ("data",), next=("links", "next")),
            id="links-next",
        ),
        pytest.param(  # a `next` that is no URL is no next page's address: `Link` it is
            listing([query("cursor")], page(next={"type": "string"})),
            Pagination("link", "", THING_REF, ("data",)),
            id="next-not-a-url",
        ),
        pytest.param(  # a page number without a default starts at 1
            listing([query("page", INT)], THINGS),
            Pagination("page", "page", THING_REF, ()),
            id="page",
        ),
    ],
)
def test_recognised_patterns(spec: dict[str, Any], expected: Pagination) -> None:
    assert paging(spec) == expected


def test_a_declared_link_header_is_link_pagination() -> None:
    spec = listing([query("page", INT)], THINGS)
    spec["paths"]["/things"]["get"]["responses"]["200"]["headers"] = {
        "Link": {"schema": {"type": "string"}}
    }
    assert paging(spec) == Pagination("link", "", THING_REF, ())


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            listing([query("cursor")], page(next_cursor={"type": "string"}), "post"), id="post"
        ),
        pytest.param(listing([query("limit", INT)], page()), id="no page parameter"),
        pytest.param(listing([query("page")], THINGS), id="a page that is not a number"),
        pytest.param(listing([query("offset", INT)], {"type": "object"}), id="no list of items"),
        pytest.param(
            listing([query("after")], {"type": "array", "items": {"type": "string"}}),
            id="after without item ids",
        ),
        pytest.param(  # Svix: `after` is a time, not an item's id
            listing([query("after", {"type": "string", "format": "date-time"})], THINGS),
            id="after a time",
        ),
    ],
)
def test_not_paginated(spec: dict[str, Any]) -> None:
    assert paging(spec) is None


def test_x_pagination_declares_what_names_do_not_show() -> None:
    body = {
        "type": "object",
        "properties": {
            "entries_list": THINGS,
            "meta": {"type": "object", "properties": {"following": {"type": "string"}}},
        },
    }
    declared = {
        "style": "cursor",
        "parameter": "from",
        "items": "entries_list",
        "next": "meta.following",
    }
    spec = listing([query("from")], body, **{"x-pagination": declared})
    found = paging(spec)
    assert found is not None
    assert (found.style, found.parameter, found.items, found.next, found.source) == (
        "cursor",
        "from",
        ("entries_list",),
        ("meta", "following"),
        "x-pagination",
    )
    assert found.item_type == THING_REF


def test_x_pagination_false_turns_recognition_off() -> None:
    spec = listing(
        [query("cursor")], page(next_cursor={"type": "string"}), **{"x-pagination": False}
    )
    assert paging(spec) is None


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ({"style": "sideways"}, "style must be one of cursor, next_id, offset, page, link"),
        ({"style": "cursor", "parameter": "cursor"}, "a cursor pagination needs `next`"),
        ({"style": "offset", "parameter": "skip"}, "`parameter` 'skip' is not a query parameter"),
        ({"style": "page", "parameter": "cursor", "items": "nope"}, "no property 'nope'"),
        (
            {"style": "page", "parameter": "cursor", "total": "data"},
            "must name a property of type int, not list",
        ),
        ({"style": "page", "parameter": "cursor", "speed": 1}, "unknown key 'speed'"),
    ],
)
def test_a_bad_declaration_is_a_located_error(declared: dict[str, Any], message: str) -> None:
    spec = listing([query("cursor")], page(), **{"x-pagination": declared})
    with pytest.raises(SpecError) as raised:
        paging(spec)
    assert message in raised.value.message
    assert raised.value.location is not None
    assert raised.value.location.pointer == "/paths/~1things/get/x-pagination"


def test_the_configuration_overrides_the_spec() -> None:
    spec = listing([query("cursor"), query("offset", INT)], page(next_cursor={"type": "string"}))
    config = Config(
        package="acme", pagination=(("GET /things", {"style": "offset", "parameter": "offset"}),)
    )
    found = paging(spec, config)
    assert found is not None
    assert (found.style, found.parameter, found.source) == ("offset", "offset", "the configuration")
    off = Config(package="acme", pagination=(("GET /things", False),))
    assert paging(spec, off) is None


def test_the_configuration_must_name_an_operation() -> None:
    spec = listing([query("cursor")], page())
    config = Config(package="acme", pagination=(("GET /nothing", False),))
    with pytest.raises(ConfigError, match="pagination names GET /nothing, which is no operation"):
        paging(spec, config)


def test_names_are_compared_without_case_and_separators() -> None:
    assert normal("pageNumber") == normal("page_number") == normal("Page-Number") == "pagenumber"


def test_item_type_is_the_list_item() -> None:
    spec = listing(
        [query("offset", INT)],
        {"type": "object", "properties": {"data": {"type": "array", "items": INT}}},
    )
    found = paging(spec)
    assert found is not None and found.item_type == TypeRef("int")
