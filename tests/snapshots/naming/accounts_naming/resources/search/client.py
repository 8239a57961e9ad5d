"""Clients for `search`: `list`."""

from __future__ import annotations

import datetime
import functools
import typing

from accounts_naming._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from accounts_naming.types import models


@functools.cache
def _list_endpoint() -> Endpoint[models.SearchResult]:
    return Endpoint(
        method="GET",
        path="/search",
        operation="search.list",
        response_type=models.SearchResult,
        error_types={400: models.CommonError},
    )


class SearchClient:
    """Synchronous client for `search`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> SearchClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return SearchClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SearchClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return SearchClientWithStreamingResponse(self)

    def list(
        self,
        *,
        q: str,
        a: str | NotGiven = NOT_GIVEN,
        a_2: str | NotGiven = NOT_GIVEN,
        async_: bool | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        from_: str | datetime.date | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        id_2: str | NotGiven = NOT_GIVEN,
        none: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
        type_: typing.Literal["user", "group"] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: int | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        x_request_id_2: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.SearchResult:
        """Search (parameters whose names are keywords, collide, or shadow SDK arguments)

        `GET /search`

        Args:
            q:
            a:
            a_2: Collides with `A` once lower-cased.
            async_: Python keyword.
            class_: Python keyword.
            from_: Python keyword.
            id:
            id_2: Same name as the cookie below, in another location.
            none: Python keyword with a capital letter.
            request_options_: Shadows the SDK's own per-request options argument.
            self_: The name of a method's first argument.
            timeout: Shadows a common SDK argument.
            type_: A builtin.
            user_id: Collides with `user_id` after sanitising.
            user_id_2:
            x_request_id: Sanitises like `x_request_id` below.
            x_request_id_2:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Results whose property names are as awkward as the parameters.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={
                "q": q,
                "A": a,
                "a": a_2,
                "async": async_,
                "class": class_,
                "from": from_,
                "None": none,
                "request_options": request_options_,
                "self": self_,
                "timeout": timeout,
                "type": type_,
                "user-id": user_id,
                "user_id": user_id_2,
                "x_request_id": x_request_id_2,
            },
            headers={"id": id_2, "X-Request-ID": x_request_id},
            cookies={"id": id},
            request_options=request_options,
        )

    # @custom-begin SearchClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end SearchClient


class SearchClientWithRawResponse:
    """`SearchClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: SearchClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class SearchClientWithStreamingResponse:
    """`SearchClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: SearchClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)


class AsyncSearchClient:
    """Asynchronous client for `search`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncSearchClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncSearchClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSearchClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncSearchClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        q: str,
        a: str | NotGiven = NOT_GIVEN,
        a_2: str | NotGiven = NOT_GIVEN,
        async_: bool | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        from_: str | datetime.date | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        id_2: str | NotGiven = NOT_GIVEN,
        none: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
        type_: typing.Literal["user", "group"] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: int | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        x_request_id_2: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.SearchResult:
        """Search (parameters whose names are keywords, collide, or shadow SDK arguments)

        `GET /search`

        Args:
            q:
            a:
            a_2: Collides with `A` once lower-cased.
            async_: Python keyword.
            class_: Python keyword.
            from_: Python keyword.
            id:
            id_2: Same name as the cookie below, in another location.
            none: Python keyword with a capital letter.
            request_options_: Shadows the SDK's own per-request options argument.
            self_: The name of a method's first argument.
            timeout: Shadows a common SDK argument.
            type_: A builtin.
            user_id: Collides with `user_id` after sanitising.
            user_id_2:
            x_request_id: Sanitises like `x_request_id` below.
            x_request_id_2:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Results whose property names are as awkward as the parameters.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={
                "q": q,
                "A": a,
                "a": a_2,
                "async": async_,
                "class": class_,
                "from": from_,
                "None": none,
                "request_options": request_options_,
                "self": self_,
                "timeout": timeout,
                "type": type_,
                "user-id": user_id,
                "user_id": user_id_2,
                "x_request_id": x_request_id_2,
            },
            headers={"id": id_2, "X-Request-ID": x_request_id},
            cookies={"id": id},
            request_options=request_options,
        )

    # @custom-begin AsyncSearchClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncSearchClient


class AsyncSearchClientWithRawResponse:
    """`AsyncSearchClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncSearchClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)


class AsyncSearchClientWithStreamingResponse:
    """`AsyncSearchClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncSearchClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
