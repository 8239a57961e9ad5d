"""Clients for `reports`: `create`."""

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
def _create_endpoint() -> Endpoint[models.ReportsCreateResponse]:
    return Endpoint(
        method="POST",
        path="/reports",
        operation="reports.create",
        response_type=models.ReportsCreateResponse,
        error_types={422: models.CommonError},
    )


class ReportsClient:
    """Synchronous client for `reports`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> ReportsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return ReportsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ReportsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return ReportsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        from_: str | datetime.date,
        to: str | datetime.date,
        a: str | NotGiven = NOT_GIVEN,
        a_2: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        def_: str | NotGiven = NOT_GIVEN,
        import_: bool | NotGiven = NOT_GIVEN,
        json: bool | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        none: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.ReportsCreateResponse:
        """Create a report (a request body whose property names are keywords and collide)

        `POST /reports`

        Args:
            from_:
            to:
            a:
            a_2:
            class_:
            def_:
            import_:
            json:
            model_config:
            none:
            request_options_:
            self_:
            user_id:
            user_id_2:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The report's id.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "from": from_,
                "to": to,
                "A": a,
                "a": a_2,
                "class": class_,
                "def": def_,
                "import": import_,
                "json": json,
                "model_config": model_config,
                "None": none,
                "request_options": request_options_,
                "self": self_,
                "user-id": user_id,
                "user_id": user_id_2,
            },
            request_options=request_options,
        )

    # @custom-begin ReportsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end ReportsClient


class ReportsClientWithRawResponse:
    """`ReportsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: ReportsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class ReportsClientWithStreamingResponse:
    """`ReportsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: ReportsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncReportsClient:
    """Asynchronous client for `reports`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncReportsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncReportsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncReportsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncReportsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        from_: str | datetime.date,
        to: str | datetime.date,
        a: str | NotGiven = NOT_GIVEN,
        a_2: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        def_: str | NotGiven = NOT_GIVEN,
        import_: bool | NotGiven = NOT_GIVEN,
        json: bool | NotGiven = NOT_GIVEN,
        model_config: str | NotGiven = NOT_GIVEN,
        none: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        self_: bool | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        user_id_2: int | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.ReportsCreateResponse:
        """Create a report (a request body whose property names are keywords and collide)

        `POST /reports`

        Args:
            from_:
            to:
            a:
            a_2:
            class_:
            def_:
            import_:
            json:
            model_config:
            none:
            request_options_:
            self_:
            user_id:
            user_id_2:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The report's id.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "from": from_,
                "to": to,
                "A": a,
                "a": a_2,
                "class": class_,
                "def": def_,
                "import": import_,
                "json": json,
                "model_config": model_config,
                "None": none,
                "request_options": request_options_,
                "self": self_,
                "user-id": user_id,
                "user_id": user_id_2,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncReportsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncReportsClient


class AsyncReportsClientWithRawResponse:
    """`AsyncReportsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncReportsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncReportsClientWithStreamingResponse:
    """`AsyncReportsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncReportsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
