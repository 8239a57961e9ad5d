"""Clients for `tasks.reminders`: `create`."""

from __future__ import annotations

import functools
import typing

from task_board._core import (
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


@functools.cache
def _create_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="POST",
        path="/tasks/{taskId}/reminders",
        operation="tasks.reminders.create",
    )


class RemindersClient:
    """Synchronous client for `tasks.reminders`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> RemindersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return RemindersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> RemindersClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return RemindersClientWithStreamingResponse(self)

    def create(
        self,
        *,
        message: str,
        task_id: int,
        channel: typing.Literal["email", "chat"] | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Send the assignee a reminder

        Declares a request body but no `responses`. The server answers 202 with no body.

        `POST /tasks/{taskId}/reminders`

        Args:
            message:
            task_id: The task's id.
            channel: `null` uses the assignee's preferred channel.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The parsed response.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            json={"message": message, "channel": channel},
            request_options=request_options,
        )

    # @custom-begin RemindersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end RemindersClient


class RemindersClientWithRawResponse:
    """`RemindersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: RemindersClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class RemindersClientWithStreamingResponse:
    """`RemindersClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: RemindersClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncRemindersClient:
    """Asynchronous client for `tasks.reminders`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncRemindersClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncRemindersClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncRemindersClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncRemindersClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        message: str,
        task_id: int,
        channel: typing.Literal["email", "chat"] | None | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Send the assignee a reminder

        Declares a request body but no `responses`. The server answers 202 with no body.

        `POST /tasks/{taskId}/reminders`

        Args:
            message:
            task_id: The task's id.
            channel: `null` uses the assignee's preferred channel.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The parsed response.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"taskId": task_id},
            json={"message": message, "channel": channel},
            request_options=request_options,
        )

    # @custom-begin AsyncRemindersClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncRemindersClient


class AsyncRemindersClientWithRawResponse:
    """`AsyncRemindersClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncRemindersClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncRemindersClientWithStreamingResponse:
    """`AsyncRemindersClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncRemindersClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
