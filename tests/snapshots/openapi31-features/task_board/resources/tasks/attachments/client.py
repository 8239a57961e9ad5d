"""Clients for `tasks.attachments`: `create`."""

from __future__ import annotations

import functools
import typing

from task_board._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    FileInput,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from task_board.types import models


@functools.cache
def _create_endpoint() -> Endpoint[models.Attachment]:
    return Endpoint(
        method="POST",
        path="/tasks/{taskId}/attachments",
        operation="tasks.attachments.create",
        response_type=models.Attachment,
        error_types={400: models.Problem},
        multipart=True,
    )


class AttachmentsClient:
    """Synchronous client for `tasks.attachments`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AttachmentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AttachmentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AttachmentsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AttachmentsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileInput,
        task_id: int,
        caption: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Attachment:
        """Attach a file to a task

        A 3.1-style file part, typed with `contentMediaType` instead of `format: binary`.

        `POST /tasks/{taskId}/attachments`

        Args:
            file: The file's bytes.
            task_id: The task's id.
            caption:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The attachment.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            form={"caption": caption},
            files={"file": file},
            request_options=request_options,
        )

    # @custom-begin AttachmentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AttachmentsClient


class AttachmentsClientWithRawResponse:
    """`AttachmentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AttachmentsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class AttachmentsClientWithStreamingResponse:
    """`AttachmentsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: AttachmentsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncAttachmentsClient:
    """Asynchronous client for `tasks.attachments`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncAttachmentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncAttachmentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAttachmentsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncAttachmentsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileInput,
        task_id: int,
        caption: str | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Attachment:
        """Attach a file to a task

        A 3.1-style file part, typed with `contentMediaType` instead of `format: binary`.

        `POST /tasks/{taskId}/attachments`

        Args:
            file: The file's bytes.
            task_id: The task's id.
            caption:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The attachment.

        Raises:
            BadRequestError: A parameter is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            form={"caption": caption},
            files={"file": file},
            request_options=request_options,
        )

    # @custom-begin AsyncAttachmentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncAttachmentsClient


class AsyncAttachmentsClientWithRawResponse:
    """`AsyncAttachmentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncAttachmentsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncAttachmentsClientWithStreamingResponse:
    """`AsyncAttachmentsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncAttachmentsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
