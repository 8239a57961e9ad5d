"""Pages of a list operation, and the items across them.

A paginated method returns its first page (``SyncPage``, or for the async client an
``AsyncPager`` that gives the first ``AsyncPage`` when awaited). A page holds the
parsed response (``body``), this page's ``items`` and the HTTP response, and knows
how to ask for the next one: iterating a page yields every item of it and of the
pages after it, fetched one request at a time as the loop goes on.

How the next page is asked for is data the generated code passes in (``Paging``, one
per operation); the styles:

``cursor``
    The body names the next page's cursor (``next_cursor``, ``iterator``); it is sent
    as the ``parameter`` query parameter.
``next_id``
    The next page starts after the last item: its ``item_id`` is sent as
    ``parameter`` (``starting_after``, ``after``).
``offset``
    ``parameter`` (``offset``) grows by the number of items received.
``page``
    ``parameter`` (``page``) grows by one, from ``first_page``.
``link``
    The next page's URL: in the body at ``next`` (``meta.next_page_url``), else the
    ``rel="next"`` link of the response's ``Link`` header. Its query parameters are
    sent to the same operation, so the request never leaves the client's server and
    its credentials stay where they were sent.

Every style stops at a page without items, when a ``has_more`` flag is false or a
``done`` flag is true, when a ``total`` count of items or ``total_pages`` is reached,
and when a cursor repeats. A page whose items are those of the page before it (a server
that ignores the page parameter, or a mock with one static answer) also ends the
listing, and its items are not yielded twice: without that, such a server makes a
``for`` loop over the items endless.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from typing import Any, Generic, Literal, NamedTuple, TypeVar

import httpx

from .endpoint import Endpoint
from .not_given import NotGiven
from .raw_response import (
    async_to_raw_response_wrapper,
    record_response,
    to_raw_response_wrapper,
)

__all__ = ["AsyncPage", "AsyncPager", "Paging", "SyncPage"]

ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")

PagingStyle = Literal["cursor", "next_id", "offset", "page", "link"]

# One link of a ``Link`` header: ``<url>; rel="next"; results="true"``.
_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_LINK_PARAM = re.compile(r';\s*([^=;\s]+)\s*=\s*("[^"]*"|[^;,\s]*)')


@dataclasses.dataclass(frozen=True)
class Paging:
    """How one operation's pages follow each other.

    Paths into the body are attribute names of the parsed response; ``()`` is the
    body itself (a list). Query parameters are named as sent.

    Attributes:
        style: How the next page is asked for (see the module's docstring).
        parameter: The query parameter that chooses the page.
        items: Where the page's items are; ``()`` when the body is the list.
        next: ``cursor``: where the next page's cursor is; ``link``: where the next
            page's URL is (``()``: in the ``Link`` header).
        item_id: ``next_id``: where in an item is the id the next page starts
            after.
        has_more: A flag that is true while more pages follow.
        done: A flag that is true on the last page.
        total: The number of items on all pages.
        total_pages: The number of pages.
        first_page: ``page``: the number of the first page.
    """

    style: PagingStyle
    parameter: str = ""
    items: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    item_id: tuple[str, ...] = ()
    has_more: tuple[str, ...] = ()
    done: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    total_pages: tuple[str, ...] = ()
    first_page: int = 1


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = (
            value.get(name)
            if isinstance(value, Mapping)
            else getattr(value, name, None)
        )
    return value


def _number(value: object, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return default
    try:
        return int(value)
    except ValueError:
        return default


def next_link(headers: httpx.Headers) -> str | None:
    """The ``rel="next"`` address of a ``Link`` header (RFC 8288), unless the link says
    there are no results there (``results="false"``, as some APIs write)."""
    for header in headers.get_list("link"):
        for match in _LINK.finditer(header):
            params = {
                name.lower(): value.strip('"')
                for name, value in _LINK_PARAM.findall(match.group(2))
            }
            if "next" in params.get("rel", "").lower().split():
                if params.get("results", "true").lower() == "false":
                    return None
                return match.group(1)
    return None


class _PageRequest(NamedTuple):  # a named tuple: cheaper to define than a dataclass
    """One page's request: the operation and the arguments of ``request()``."""

    endpoint: Endpoint[Any]
    arguments: Mapping[str, Any]

    @property
    def query(self) -> Mapping[str, object]:
        query: Mapping[str, object] | None = self.arguments.get("query")
        return query or {}

    def given(self, name: str) -> object:
        value = self.query.get(name)
        return None if isinstance(value, NotGiven) else value

    def with_query(self, changes: Mapping[str, object]) -> _PageRequest:
        return _PageRequest(
            self.endpoint, {**self.arguments, "query": {**self.query, **changes}}
        )


class _Page(Generic[ItemT, BodyT]):
    """What sync and async pages share: the body, its items, the next request."""

    def __init__(
        self,
        body: BodyT,
        http_response: httpx.Response,
        request: _PageRequest,
        send: Callable[..., Any],
        *,
        seen_before: int = 0,
        previous_items: list[ItemT] | None = None,
    ) -> None:
        self.body = body
        self.http_response = http_response
        self._request = request
        self._send = send  # the base client's `request`, sync or async
        paging = request.endpoint.paging
        assert paging is not None, "a paginated operation's endpoint has its paging"
        self._paging: Paging = paging
        found = _get(body, paging.items)
        self.items: list[ItemT] = list(found) if found is not None else []
        self._seen = seen_before + len(self.items)
        # The same items again: the server did not move on, so neither does the listing.
        self._repeats = bool(self.items) and self.items == previous_items
        self._next = None if self._repeats else self._next_request()

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self._next is not None

    def _next_or_raise(self) -> _PageRequest:
        if self._next is None:
            raise RuntimeError(
                "this is the last page: check has_next_page() before get_next_page()"
            )
        return self._next

    def _next_request(self) -> _PageRequest | None:
        paging, request, body = self._paging, self._request, self.body
        if not self.items:
            return None
        if paging.done and _get(body, paging.done) is True:
            return None
        if paging.has_more and _get(body, paging.has_more) is not True:
            return None
        total = _get(body, paging.total) if paging.total else None
        if isinstance(total, int) and self._seen >= total:
            return None
        style, name = paging.style, paging.parameter
        if style == "link":
            link = (
                _get(body, paging.next)
                if paging.next
                else next_link(self.http_response.headers)
            )
            if not isinstance(link, str) or not link:
                return None
            params = httpx.URL(link).params
            changes: dict[str, object] = {
                key: params.get_list(key) if len(params.get_list(key)) > 1 else value
                for key, value in params.items()
            }
            if all(request.given(key) == value for key, value in changes.items()):
                return None  # the same page again
            return request.with_query(changes)
        if style == "cursor":
            cursor = _get(body, paging.next)
            if cursor is None or cursor == "" or cursor == request.given(name):
                return None
            return request.with_query({name: cursor})
        if style == "next_id":
            last = _get(self.items[-1], paging.item_id)
            if last is None or last == request.given(name):
                return None
            return request.with_query({name: last})
        if style == "offset":
            offset = _number(request.given(name), 0) + len(self.items)
            return request.with_query({name: offset})
        page = _number(request.given(name), paging.first_page)
        pages = _get(body, paging.total_pages) if paging.total_pages else None
        if isinstance(pages, int) and page - paging.first_page + 1 >= pages:
            return None
        return request.with_query({name: page + 1})

    def __repr__(self) -> str:
        more = "more pages follow" if self.has_next_page() else "the last page"
        return f"<{type(self).__name__} of {len(self.items)} items; {more}>"


class SyncPage(_Page[ItemT, BodyT]):
    """One page of a list operation; iterating it yields the items of every page.

    Attributes:
        body: The parsed response, as the operation declares it.
        items: This page's items.
        http_response: The HTTP response of this page.
    """

    @classmethod
    def first(
        cls,
        send: Callable[..., BodyT],
        endpoint: Endpoint[BodyT],
        arguments: Mapping[str, Any],
    ) -> SyncPage[Any, BodyT]:
        """Fetch the first page: ``send(endpoint, **arguments)`` is one call."""
        return cls._fetch(send, _PageRequest(endpoint, arguments))

    @classmethod
    def _fetch(
        cls,
        send: Callable[..., Any],
        request: _PageRequest,
        previous: SyncPage[Any, Any] | None = None,
    ) -> SyncPage[Any, Any]:
        raw = to_raw_response_wrapper(send)(request.endpoint, **request.arguments)
        # Seen by `with_raw_response` around the list method, too.
        record_response(raw.http_response, raw.retries_taken)
        return cls(
            raw.parse(),
            raw.http_response,
            request,
            send,
            seen_before=previous._seen if previous else 0,
            previous_items=previous.items if previous else None,
        )

    def get_next_page(self) -> SyncPage[ItemT, BodyT]:
        """Fetch the page after this one; raises ``RuntimeError`` on the last page
        (check ``has_next_page()`` first)."""
        return self._fetch(self._send, self._next_or_raise(), self)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, BodyT]]:
        """This page and every one after it, each fetched when the loop reaches it (a
        page that repeats the one before it ends the loop unyielded)."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            if page._repeats:
                return
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT, BodyT]):
    """One page of a list operation; ``async for`` over it yields the items of every
    page.

    Attributes:
        body: The parsed response, as the operation declares it.
        items: This page's items.
        http_response: The HTTP response of this page.
    """

    @classmethod
    async def _fetch(
        cls,
        send: Callable[..., Awaitable[Any]],
        request: _PageRequest,
        previous: AsyncPage[Any, Any] | None = None,
    ) -> AsyncPage[Any, Any]:
        wrapped = async_to_raw_response_wrapper(send)
        raw = await wrapped(request.endpoint, **request.arguments)
        record_response(raw.http_response, raw.retries_taken)
        return cls(
            raw.parse(),
            raw.http_response,
            request,
            send,
            seen_before=previous._seen if previous else 0,
            previous_items=previous.items if previous else None,
        )

    async def get_next_page(self) -> AsyncPage[ItemT, BodyT]:
        """Fetch the page after this one; raises ``RuntimeError`` on the last page
        (check ``has_next_page()`` first)."""
        return await self._fetch(self._send, self._next_or_raise(), self)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, BodyT]]:
        """This page and every one after it, each fetched when the loop reaches it (a
        page that repeats the one before it ends the loop unyielded)."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            if page._repeats:
                return
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[ItemT, BodyT]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page."""

    def __init__(
        self,
        send: Callable[..., Awaitable[BodyT]],
        endpoint: Endpoint[BodyT],
        arguments: Mapping[str, Any],
    ) -> None:
        self._send = send
        self._request = _PageRequest(endpoint, arguments)

    async def _first(self) -> AsyncPage[ItemT, BodyT]:
        page: AsyncPage[ItemT, BodyT] = await AsyncPage._fetch(
            self._send, self._request
        )
        return page

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, BodyT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item
