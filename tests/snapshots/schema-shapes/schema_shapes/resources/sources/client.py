"""Clients for `sources`: `create`."""

from __future__ import annotations

import functools
import typing

import pydantic

from schema_shapes._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    discriminate_by,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from schema_shapes.types import models, params


@functools.cache
def _create_endpoint() -> (
    Endpoint[
        typing.Annotated[
            typing.Annotated[models.SourceGeneric, pydantic.Tag("0")]
            | typing.Annotated[models.SourceGithub, pydantic.Tag("1")],
            pydantic.Discriminator(
                discriminate_by("type", {"generic": "0", "github": "1"})
            ),
        ]
    ]
):
    return Endpoint(
        method="POST",
        path="/sources",
        operation="sources.create",
        response_type=typing.Annotated[
            typing.Annotated[models.SourceGeneric, pydantic.Tag("0")]
            | typing.Annotated[models.SourceGithub, pydantic.Tag("1")],
            pydantic.Discriminator(
                discriminate_by("type", {"generic": "0", "github": "1"})
            ),
        ],
    )


class SourcesClient:
    """Synchronous client for `sources`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> SourcesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return SourcesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SourcesClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return SourcesClientWithStreamingResponse(self)

    def create(
        self,
        *,
        data: params.SourceInputGeneric | params.SourceInputGithub,
        request_options: RequestOptions | None = None,
    ) -> typing.Annotated[
        typing.Annotated[models.SourceGeneric, pydantic.Tag("0")]
        | typing.Annotated[models.SourceGithub, pydantic.Tag("1")],
        pydantic.Discriminator(
            discriminate_by("type", {"generic": "0", "github": "1"})
        ),
    ]:
        """Create a source

        `POST /sources`

        Args:
            data: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The source was created.
        """
        return self._base_client.request(
            _create_endpoint(),
            json=data,
            request_options=request_options,
        )

    # @custom-begin SourcesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end SourcesClient


class SourcesClientWithRawResponse:
    """`SourcesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: SourcesClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class SourcesClientWithStreamingResponse:
    """`SourcesClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: SourcesClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncSourcesClient:
    """Asynchronous client for `sources`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncSourcesClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncSourcesClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSourcesClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncSourcesClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        data: params.SourceInputGeneric | params.SourceInputGithub,
        request_options: RequestOptions | None = None,
    ) -> typing.Annotated[
        typing.Annotated[models.SourceGeneric, pydantic.Tag("0")]
        | typing.Annotated[models.SourceGithub, pydantic.Tag("1")],
        pydantic.Discriminator(
            discriminate_by("type", {"generic": "0", "github": "1"})
        ),
    ]:
        """Create a source

        `POST /sources`

        Args:
            data: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The source was created.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json=data,
            request_options=request_options,
        )

    # @custom-begin AsyncSourcesClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncSourcesClient


class AsyncSourcesClientWithRawResponse:
    """`AsyncSourcesClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncSourcesClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncSourcesClientWithStreamingResponse:
    """`AsyncSourcesClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncSourcesClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
