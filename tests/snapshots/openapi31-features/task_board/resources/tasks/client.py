"""Clients for `tasks`: `create`, `get`, `update`."""

from __future__ import annotations

import datetime
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
from task_board.types import models

if typing.TYPE_CHECKING:
    from task_board.resources.tasks.archive.client import (
        ArchiveClient,
        AsyncArchiveClient,
    )
    from task_board.resources.tasks.attachments.client import (
        AsyncAttachmentsClient,
        AttachmentsClient,
    )
    from task_board.resources.tasks.reminders.client import (
        AsyncRemindersClient,
        RemindersClient,
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.Task]:
    return Endpoint(
        method="POST",
        path="/tasks",
        operation="tasks.create",
        response_type=models.Task,
        error_types={422: models.Problem},
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.Task]:
    return Endpoint(
        method="GET",
        path="/tasks/{taskId}",
        operation="tasks.get",
        response_type=models.Task,
        error_types={400: models.Problem, 404: models.Problem},
    )


@functools.cache
def _update_endpoint() -> Endpoint[models.Task]:
    return Endpoint(
        method="PATCH",
        path="/tasks/{taskId}",
        operation="tasks.update",
        response_type=models.Task,
        error_types={400: models.Problem, 404: models.Problem, 422: models.Problem},
    )


class TasksClient:
    """Synchronous client for `tasks`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def archive(self) -> ArchiveClient:
        from task_board.resources.tasks.archive.client import ArchiveClient

        return ArchiveClient(base_client=self._base_client)

    @functools.cached_property
    def attachments(self) -> AttachmentsClient:
        from task_board.resources.tasks.attachments.client import AttachmentsClient

        return AttachmentsClient(base_client=self._base_client)

    @functools.cached_property
    def reminders(self) -> RemindersClient:
        from task_board.resources.tasks.reminders.client import RemindersClient

        return RemindersClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> TasksClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return TasksClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> TasksClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return TasksClientWithStreamingResponse(self)

    def create(
        self,
        *,
        title: str,
        assignee_id: int | None | NotGiven = NOT_GIVEN,
        due_on: str | datetime.date | None | NotGiven = NOT_GIVEN,
        estimate_hours: float | None | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        priority: typing.Literal["low", "normal", "high"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Create a task

        `POST /tasks`

        Args:
            title:
            assignee_id: `null` leaves the task unassigned.
            due_on:
            estimate_hours:
            labels:
            priority: How urgent the task is (a `description` next to `$ref`, allowed in 3.1).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The task was created.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            json={
                "title": title,
                "assignee_id": assignee_id,
                "due_on": due_on,
                "estimate_hours": estimate_hours,
                "labels": labels,
                "priority": priority,
            },
            request_options=request_options,
        )

    def get(
        self,
        *,
        task_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Get a task

        `GET /tasks/{taskId}`

        Args:
            task_id: The task's id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The task.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"taskId": task_id},
            request_options=request_options,
        )

    def update(
        self,
        *,
        task_id: int,
        assignee_id: int | None | NotGiven = NOT_GIVEN,
        due_on: str | datetime.date | None | NotGiven = NOT_GIVEN,
        priority: typing.Literal["low", "normal", "high"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Update a task

        Send `null` to clear a field; omit a field to leave it unchanged.

        `PATCH /tasks/{taskId}`

        Args:
            task_id: The task's id.
            assignee_id:
            due_on:
            priority:
            title:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The updated task.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _update_endpoint(),
            path_params={"taskId": task_id},
            json={
                "assignee_id": assignee_id,
                "due_on": due_on,
                "priority": priority,
                "title": title,
            },
            request_options=request_options,
        )

    # @custom-begin TasksClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end TasksClient


class TasksClientWithRawResponse:
    """`TasksClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: TasksClient) -> None:
        self.create = to_raw_response_wrapper(client.create)
        self.get = to_raw_response_wrapper(client.get)
        self.update = to_raw_response_wrapper(client.update)


class TasksClientWithStreamingResponse:
    """`TasksClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: TasksClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)
        self.get = to_streamed_response_wrapper(client.get)
        self.update = to_streamed_response_wrapper(client.update)


class AsyncTasksClient:
    """Asynchronous client for `tasks`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def archive(self) -> AsyncArchiveClient:
        from task_board.resources.tasks.archive.client import AsyncArchiveClient

        return AsyncArchiveClient(base_client=self._base_client)

    @functools.cached_property
    def attachments(self) -> AsyncAttachmentsClient:
        from task_board.resources.tasks.attachments.client import AsyncAttachmentsClient

        return AsyncAttachmentsClient(base_client=self._base_client)

    @functools.cached_property
    def reminders(self) -> AsyncRemindersClient:
        from task_board.resources.tasks.reminders.client import AsyncRemindersClient

        return AsyncRemindersClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncTasksClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncTasksClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncTasksClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncTasksClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        title: str,
        assignee_id: int | None | NotGiven = NOT_GIVEN,
        due_on: str | datetime.date | None | NotGiven = NOT_GIVEN,
        estimate_hours: float | None | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        priority: typing.Literal["low", "normal", "high"] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Create a task

        `POST /tasks`

        Args:
            title:
            assignee_id: `null` leaves the task unassigned.
            due_on:
            estimate_hours:
            labels:
            priority: How urgent the task is (a `description` next to `$ref`, allowed in 3.1).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The task was created.

        Raises:
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={
                "title": title,
                "assignee_id": assignee_id,
                "due_on": due_on,
                "estimate_hours": estimate_hours,
                "labels": labels,
                "priority": priority,
            },
            request_options=request_options,
        )

    async def get(
        self,
        *,
        task_id: int,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Get a task

        `GET /tasks/{taskId}`

        Args:
            task_id: The task's id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The task.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"taskId": task_id},
            request_options=request_options,
        )

    async def update(
        self,
        *,
        task_id: int,
        assignee_id: int | None | NotGiven = NOT_GIVEN,
        due_on: str | datetime.date | None | NotGiven = NOT_GIVEN,
        priority: typing.Literal["low", "normal", "high"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Task:
        """Update a task

        Send `null` to clear a field; omit a field to leave it unchanged.

        `PATCH /tasks/{taskId}`

        Args:
            task_id: The task's id.
            assignee_id:
            due_on:
            priority:
            title:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The updated task.

        Raises:
            BadRequestError: A parameter is invalid.
            NotFoundError: No such resource.
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _update_endpoint(),
            path_params={"taskId": task_id},
            json={
                "assignee_id": assignee_id,
                "due_on": due_on,
                "priority": priority,
                "title": title,
            },
            request_options=request_options,
        )

    # @custom-begin AsyncTasksClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncTasksClient


class AsyncTasksClientWithRawResponse:
    """`AsyncTasksClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncTasksClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)
        self.get = async_to_raw_response_wrapper(client.get)
        self.update = async_to_raw_response_wrapper(client.update)


class AsyncTasksClientWithStreamingResponse:
    """`AsyncTasksClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncTasksClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
        self.get = async_to_streamed_response_wrapper(client.get)
        self.update = async_to_streamed_response_wrapper(client.update)
