"""Clients for `v1.video_projects`: `get`, `delete`."""

from __future__ import annotations

import functools
import os
import typing

from magic_hour._core import (
    AsyncBaseClient,
    Endpoint,
    Job,
    RequestOptions,
    SyncBaseClient,
    async_check_job,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    check_job,
    poll_interval_from,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from magic_hour._sdk import POLL_INTERVAL_ENV
from magic_hour.types import models


@functools.cache
def _get_endpoint() -> Endpoint[models.V1VideoProjectsGetResponse]:
    return Endpoint(
        method="GET",
        path="/v1/video-projects/{id}",
        operation="v1.video_projects.get",
        security=(("bearerAuth",),),
        response_type=models.V1VideoProjectsGetResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
        },
    )


@functools.cache
def _delete_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="DELETE",
        path="/v1/video-projects/{id}",
        operation="v1.video_projects.delete",
        security=(("bearerAuth",),),
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


_JOB = Job(
    status="status",
    succeeded=frozenset(("complete",)),
    failed=frozenset(("canceled", "error")),
    outputs=("downloads", "[]", "url"),
)


class VideoProjectsClient:
    """Synchronous client for `v1.video_projects`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> VideoProjectsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return VideoProjectsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> VideoProjectsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return VideoProjectsClientWithStreamingResponse(self)

    def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponse:
        """Get video details

        Check the progress of a video project. The `downloads` field is populated after a successful render.

        **Statuses**
        - `queued` — waiting to start
        - `rendering` — in progress
        - `complete` — ready; see `downloads`
        - `error` — a failure occurred (see `error`)
        - `canceled` — user canceled
        - `draft` — not used

        `GET /v1/video-projects/{id}`

        Args:
            id: Unique ID of the video project. This value is returned by all of the POST APIs that create a video.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
        """
        return self._base_client.request(
            _get_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    def delete(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete video

        Permanently delete the rendered video. This action is not reversible, please be sure before deleting.

        `DELETE /v1/video-projects/{id}`

        Args:
            id: Unique ID of the video project. This value is returned by all of the POST APIs that create a video.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            204

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return self._base_client.request(
            _delete_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    def check_result(
        self,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        *,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """The job's result, once it is finished, with its outputs downloaded.

        Calls `get` until the status is final (waiting longer between calls,
        at most 10 s), then saves every output into `download_directory`.

        Args:
            id: The job's id.
            wait_for_completion: Wait for a final status; else return the result as it is now.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second call; defaults to the environment
                variable `MAGIC_HOUR_POLL_INTERVAL`, else 0.5.
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each call it makes.

        Returns:
            The result, with `downloaded_paths` (None unless it was downloaded). A job that
            failed is returned too: read its status.

        Raises:
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        return check_job(
            lambda: self.get(id=id, request_options=request_options),
            _JOB,
            id,
            models.V1VideoProjectsGetResponseWithDownloads,
            wait=wait_for_completion,
            download=download_outputs,
            directory=download_directory,
            poll_interval=poll_interval_from(POLL_INTERVAL_ENV, poll_interval),
            timeout=wait_timeout,
            transfer_timeout=self._base_client.timeout,
        )

    # @custom-begin VideoProjectsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end VideoProjectsClient


class VideoProjectsClientWithRawResponse:
    """`VideoProjectsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: VideoProjectsClient) -> None:
        self.get = to_raw_response_wrapper(client.get)
        self.delete = to_raw_response_wrapper(client.delete)


class VideoProjectsClientWithStreamingResponse:
    """`VideoProjectsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: VideoProjectsClient) -> None:
        self.get = to_streamed_response_wrapper(client.get)
        self.delete = to_streamed_response_wrapper(client.delete)


class AsyncVideoProjectsClient:
    """Asynchronous client for `v1.video_projects`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncVideoProjectsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncVideoProjectsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncVideoProjectsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncVideoProjectsClientWithStreamingResponse(self)

    async def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponse:
        """Get video details

        Check the progress of a video project. The `downloads` field is populated after a successful render.

        **Statuses**
        - `queued` — waiting to start
        - `rendering` — in progress
        - `complete` — ready; see `downloads`
        - `error` — a failure occurred (see `error`)
        - `canceled` — user canceled
        - `draft` — not used

        `GET /v1/video-projects/{id}`

        Args:
            id: Unique ID of the video project. This value is returned by all of the POST APIs that create a video.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
        """
        return await self._base_client.request(
            _get_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    async def delete(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete video

        Permanently delete the rendered video. This action is not reversible, please be sure before deleting.

        `DELETE /v1/video-projects/{id}`

        Args:
            id: Unique ID of the video project. This value is returned by all of the POST APIs that create a video.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            204

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return await self._base_client.request(
            _delete_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    async def check_result(
        self,
        id: str,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        *,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponseWithDownloads:
        """The job's result, once it is finished, with its outputs downloaded.

        Calls `get` until the status is final (waiting longer between calls,
        at most 10 s), then saves every output into `download_directory`.

        Args:
            id: The job's id.
            wait_for_completion: Wait for a final status; else return the result as it is now.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second call; defaults to the environment
                variable `MAGIC_HOUR_POLL_INTERVAL`, else 0.5.
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each call it makes.

        Returns:
            The result, with `downloaded_paths` (None unless it was downloaded). A job that
            failed is returned too: read its status.

        Raises:
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        return await async_check_job(
            lambda: self.get(id=id, request_options=request_options),
            _JOB,
            id,
            models.V1VideoProjectsGetResponseWithDownloads,
            wait=wait_for_completion,
            download=download_outputs,
            directory=download_directory,
            poll_interval=poll_interval_from(POLL_INTERVAL_ENV, poll_interval),
            timeout=wait_timeout,
            transfer_timeout=self._base_client.timeout,
        )

    # @custom-begin AsyncVideoProjectsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncVideoProjectsClient


class AsyncVideoProjectsClientWithRawResponse:
    """`AsyncVideoProjectsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncVideoProjectsClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)
        self.delete = async_to_raw_response_wrapper(client.delete)


class AsyncVideoProjectsClientWithStreamingResponse:
    """`AsyncVideoProjectsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncVideoProjectsClient) -> None:
        self.get = async_to_streamed_response_wrapper(client.get)
        self.delete = async_to_streamed_response_wrapper(client.delete)
