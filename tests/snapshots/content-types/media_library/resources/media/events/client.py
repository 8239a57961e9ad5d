"""Clients for `media.events`: `list`."""

from __future__ import annotations

import functools
import typing

import pydantic

from media_library._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    AsyncStream,
    Endpoint,
    NotGiven,
    RequestOptions,
    Stream,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    discriminate_by,
    to_raw_response_wrapper,
)
from media_library.types import models


@functools.cache
def _list_endpoint() -> (
    Endpoint[
        typing.Annotated[
            typing.Annotated[models.ProgressEvent, pydantic.Tag("0")]
            | typing.Annotated[models.CompletedEvent, pydantic.Tag("1")]
            | typing.Annotated[models.FailedEvent, pydantic.Tag("2")],
            pydantic.Discriminator(
                discriminate_by(
                    "type", {"progress": "0", "completed": "1", "failed": "2"}
                )
            ),
        ]
    ]
):
    return Endpoint(
        method="GET",
        path="/media/{mediaId}/events",
        operation="media.events.list",
        response_type=typing.Annotated[
            typing.Annotated[models.ProgressEvent, pydantic.Tag("0")]
            | typing.Annotated[models.CompletedEvent, pydantic.Tag("1")]
            | typing.Annotated[models.FailedEvent, pydantic.Tag("2")],
            pydantic.Discriminator(
                discriminate_by(
                    "type", {"progress": "0", "completed": "1", "failed": "2"}
                )
            ),
        ],
        error_types={400: models.Problem, 404: models.Problem},
        accept="text/event-stream",
    )


class EventsClient:
    """Synchronous client for `media.events`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> EventsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return EventsClientWithRawResponse(self)

    def list(
        self,
        *,
        media_id: str,
        last_event_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Stream[
        typing.Annotated[
            typing.Annotated[models.ProgressEvent, pydantic.Tag("0")]
            | typing.Annotated[models.CompletedEvent, pydantic.Tag("1")]
            | typing.Annotated[models.FailedEvent, pydantic.Tag("2")],
            pydantic.Discriminator(
                discriminate_by(
                    "type", {"progress": "0", "completed": "1", "failed": "2"}
                )
            ),
        ]
    ]:
        """Follow processing as server-sent events

        A `text/event-stream` response. The schema describes one event: each event's `data` is one
        JSON `ProcessingEvent`, and the event name is its `type` field. The stream ends after a
        `completed` or `failed` event. On the wire:

        ```
        id: 1
        event: progress
        data: {"type":"progress","percent":40,"stage":"transcoding"}

        id: 2
        event: completed
        data: {"type":"completed","media_id":"5f3c1e2a-9b8d-4c7e-a6f5-0e1d2c3b4a59","duration_ms":5120}
        ```


        `GET /media/{mediaId}/events`

        Args:
            media_id:
            last_event_id: Resume after this event id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The event stream.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return self._base_client.stream(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            headers={"Last-Event-ID": last_event_id},
            request_options=request_options,
        )

    # @custom-begin EventsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end EventsClient


class EventsClientWithRawResponse:
    """`EventsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: EventsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)


class AsyncEventsClient:
    """Asynchronous client for `media.events`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncEventsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncEventsClientWithRawResponse(self)

    async def list(
        self,
        *,
        media_id: str,
        last_event_id: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[
        typing.Annotated[
            typing.Annotated[models.ProgressEvent, pydantic.Tag("0")]
            | typing.Annotated[models.CompletedEvent, pydantic.Tag("1")]
            | typing.Annotated[models.FailedEvent, pydantic.Tag("2")],
            pydantic.Discriminator(
                discriminate_by(
                    "type", {"progress": "0", "completed": "1", "failed": "2"}
                )
            ),
        ]
    ]:
        """Follow processing as server-sent events

        A `text/event-stream` response. The schema describes one event: each event's `data` is one
        JSON `ProcessingEvent`, and the event name is its `type` field. The stream ends after a
        `completed` or `failed` event. On the wire:

        ```
        id: 1
        event: progress
        data: {"type":"progress","percent":40,"stage":"transcoding"}

        id: 2
        event: completed
        data: {"type":"completed","media_id":"5f3c1e2a-9b8d-4c7e-a6f5-0e1d2c3b4a59","duration_ms":5120}
        ```


        `GET /media/{mediaId}/events`

        Args:
            media_id:
            last_event_id: Resume after this event id.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The event stream.

        Raises:
            BadRequestError: Bad parameter.
            NotFoundError: No such media item.
        """
        return await self._base_client.stream(
            _list_endpoint(),
            path_params={"mediaId": media_id},
            headers={"Last-Event-ID": last_event_id},
            request_options=request_options,
        )

    # @custom-begin AsyncEventsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncEventsClient


class AsyncEventsClientWithRawResponse:
    """`AsyncEventsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncEventsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
