"""Clients for `documents`: `create`."""

from __future__ import annotations

import functools
import typing

from schema_shapes._core import (
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
from schema_shapes.types import models, params


@functools.cache
def _create_endpoint() -> Endpoint[models.Document]:
    return Endpoint(
        method="POST",
        path="/documents",
        operation="documents.create",
        response_type=models.Document,
    )


class DocumentsClient:
    """Synchronous client for `documents`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> DocumentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return DocumentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> DocumentsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return DocumentsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        title: str,
        kind: typing.Literal["article", "note"] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        metadata: params.Json | NotGiven = NOT_GIVEN,
        outline: params.Outline | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Document:
        """Create a document

        `POST /documents`

        Args:
            title:
            kind: What the document is.
            labels: Labels to find it by.
            metadata: Any JSON value; arrays and objects hold JSON values again.
            outline: A tree of section names, each mapping to its own sub-sections.
            ratio: How much of the page it takes (numbers with a fraction cannot be a Literal).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The document was created.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "title": title,
                "kind": kind,
                "labels": labels,
                "metadata": metadata,
                "outline": outline,
                "ratio": ratio,
            },
            request_options=request_options,
        )

    # @custom-begin DocumentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end DocumentsClient


class DocumentsClientWithRawResponse:
    """`DocumentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: DocumentsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class DocumentsClientWithStreamingResponse:
    """`DocumentsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: DocumentsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncDocumentsClient:
    """Asynchronous client for `documents`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncDocumentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncDocumentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncDocumentsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncDocumentsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        title: str,
        kind: typing.Literal["article", "note"] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        metadata: params.Json | NotGiven = NOT_GIVEN,
        outline: params.Outline | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Document:
        """Create a document

        `POST /documents`

        Args:
            title:
            kind: What the document is.
            labels: Labels to find it by.
            metadata: Any JSON value; arrays and objects hold JSON values again.
            outline: A tree of section names, each mapping to its own sub-sections.
            ratio: How much of the page it takes (numbers with a fraction cannot be a Literal).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The document was created.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "title": title,
                "kind": kind,
                "labels": labels,
                "metadata": metadata,
                "outline": outline,
                "ratio": ratio,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncDocumentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncDocumentsClient


class AsyncDocumentsClientWithRawResponse:
    """`AsyncDocumentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncDocumentsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncDocumentsClientWithStreamingResponse:
    """`AsyncDocumentsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncDocumentsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
