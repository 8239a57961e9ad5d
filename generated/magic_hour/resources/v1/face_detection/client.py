"""Clients for `v1.face_detection`: `create`, `get`."""

from __future__ import annotations

import functools
import os
import typing

from magic_hour._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    Job,
    NotGiven,
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
from magic_hour.types import models, params


@functools.cache
def _create_endpoint() -> Endpoint[models.V1FaceDetectionCreateResponse]:
    return Endpoint(
        method="POST",
        path="/v1/face-detection",
        operation="v1.face_detection.create",
        security=(("bearerAuth",),),
        response_type=models.V1FaceDetectionCreateResponse,
        error_types={
            400: models.ErrorMessage,
            401: models.Error401,
            402: models.ErrorMessage,
            404: models.Error404,
            422: models.ErrorMessage,
        },
    )


@functools.cache
def _get_endpoint() -> Endpoint[models.V1FaceDetectionGetResponse]:
    return Endpoint(
        method="GET",
        path="/v1/face-detection/{id}",
        operation="v1.face_detection.get",
        security=(("bearerAuth",),),
        response_type=models.V1FaceDetectionGetResponse,
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
    failed=frozenset(("error",)),
    outputs=("faces", "[]", "url"),
)


class FaceDetectionClient:
    """Synchronous client for `v1.face_detection`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> FaceDetectionClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return FaceDetectionClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FaceDetectionClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return FaceDetectionClientWithStreamingResponse(self)

    def create(
        self,
        *,
        assets: params.V1FaceDetectionCreateBodyAssets,
        confidence_score: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionCreateResponse:
        """Face Detection

        Detect faces in an image or video.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        Note: Face detection is free to use for the near future. Pricing may change in the future.

        `POST /v1/face-detection`

        Args:
            assets: Provide the assets for face detection
            confidence_score: Confidence threshold for filtering detected faces.
                * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
                * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return self._base_client.request(
            _create_endpoint(),
            json={"assets": assets, "confidence_score": confidence_score},
            request_options=request_options,
        )

    def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionGetResponse:
        """Get face detection details

        Get the details of a face detection task.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        `GET /v1/face-detection/{id}`

        Args:
            id: The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return self._base_client.request(
            _get_endpoint(),
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
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
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
            models.V1FaceDetectionGetResponseWithDownloads,
            wait=wait_for_completion,
            download=download_outputs,
            directory=download_directory,
            poll_interval=poll_interval_from(POLL_INTERVAL_ENV, poll_interval),
            timeout=wait_timeout,
            transfer_timeout=self._base_client.timeout,
        )

    def generate(
        self,
        *,
        assets: params.V1FaceDetectionCreateBodyAssets,
        confidence_score: float | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
        """Face Detection, end to end: upload local files, create, wait, download.

        Uploads the local files named in file fields of `assets` (URLs and paths
        already uploaded are sent as they are), calls `create` with the arguments, waits
        for the job with `check_result` and downloads its outputs.

        Args:
            wait_for_completion: Wait for a final status; else return the job as it is.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second status check (see `check_result`).
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each API call it makes.
            The other arguments are those of `create`.

        Returns:
            The job's result, with `downloaded_paths` (None unless it was downloaded). A job
            that failed is returned too: read its status.

        Raises:
            FileNotFoundError: A local file does not exist.
            UploadError: A file could not be uploaded.
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        from magic_hour.resources.v1.files.client import FilesClient

        _uploader = FilesClient(base_client=self._base_client)

        _created = self.create(
            assets=_uploader.upload_local_files(assets),
            confidence_score=confidence_score,
            request_options=request_options,
        )
        return self.check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin FaceDetectionClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end FaceDetectionClient


class FaceDetectionClientWithRawResponse:
    """`FaceDetectionClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: FaceDetectionClient) -> None:
        self.create = to_raw_response_wrapper(client.create)
        self.get = to_raw_response_wrapper(client.get)


class FaceDetectionClientWithStreamingResponse:
    """`FaceDetectionClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: FaceDetectionClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)
        self.get = to_streamed_response_wrapper(client.get)


class AsyncFaceDetectionClient:
    """Asynchronous client for `v1.face_detection`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncFaceDetectionClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncFaceDetectionClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncFaceDetectionClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncFaceDetectionClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        assets: params.V1FaceDetectionCreateBodyAssets,
        confidence_score: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionCreateResponse:
        """Face Detection

        Detect faces in an image or video.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        Note: Face detection is free to use for the near future. Pricing may change in the future.

        `POST /v1/face-detection`

        Args:
            assets: Provide the assets for face detection
            confidence_score: Confidence threshold for filtering detected faces.
                * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
                * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return await self._base_client.request(
            _create_endpoint(),
            json={"assets": assets, "confidence_score": confidence_score},
            request_options=request_options,
        )

    async def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionGetResponse:
        """Get face detection details

        Get the details of a face detection task.

        Use this API to get the list of faces detected in the image or video to use in the [face swap photo](https://docs.magichour.ai/api-reference/image-projects/face-swap-photo) or [face swap video](https://docs.magichour.ai/api-reference/video-projects/face-swap-video) API calls for multi-face swaps.

        `GET /v1/face-detection/{id}`

        Args:
            id: The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-reference/files/face-detection#response-id).
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            200

        Raises:
            BadRequestError: Invalid Request
            AuthenticationError: Unauthorized
            PaymentRequiredError: Payment Required
            NotFoundError: Not Found
            UnprocessableEntityError: Unprocessable Entity
        """
        return await self._base_client.request(
            _get_endpoint(),
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
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
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
            models.V1FaceDetectionGetResponseWithDownloads,
            wait=wait_for_completion,
            download=download_outputs,
            directory=download_directory,
            poll_interval=poll_interval_from(POLL_INTERVAL_ENV, poll_interval),
            timeout=wait_timeout,
            transfer_timeout=self._base_client.timeout,
        )

    async def generate(
        self,
        *,
        assets: params.V1FaceDetectionCreateBodyAssets,
        confidence_score: float | NotGiven = NOT_GIVEN,
        wait_for_completion: bool = True,
        download_outputs: bool = True,
        download_directory: str | os.PathLike[str] | None = None,
        poll_interval: float | None = None,
        wait_timeout: float | None = 3600.0,
        request_options: RequestOptions | None = None,
    ) -> models.V1FaceDetectionGetResponseWithDownloads:
        """Face Detection, end to end: upload local files, create, wait, download.

        Uploads the local files named in file fields of `assets` (URLs and paths
        already uploaded are sent as they are), calls `create` with the arguments, waits
        for the job with `check_result` and downloads its outputs.

        Args:
            wait_for_completion: Wait for a final status; else return the job as it is.
            download_outputs: Download the outputs of a finished job.
            download_directory: Where to save them (created if missing); the current folder
                when None.
            poll_interval: Seconds before the second status check (see `check_result`).
            wait_timeout: Seconds to wait at most (None: no limit).
            request_options: Per-request options for each API call it makes.
            The other arguments are those of `create`.

        Returns:
            The job's result, with `downloaded_paths` (None unless it was downloaded). A job
            that failed is returned too: read its status.

        Raises:
            FileNotFoundError: A local file does not exist.
            UploadError: A file could not be uploaded.
            WorkflowTimeoutError: Not finished after `wait_timeout` seconds.
            DownloadError: An output could not be downloaded.
        """
        from magic_hour.resources.v1.files.client import AsyncFilesClient

        _uploader = AsyncFilesClient(base_client=self._base_client)

        _created = await self.create(
            assets=await _uploader.upload_local_files(assets),
            confidence_score=confidence_score,
            request_options=request_options,
        )
        return await self.check_result(
            _created.id,
            wait_for_completion,
            download_outputs,
            download_directory,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            request_options=request_options,
        )

    # @custom-begin AsyncFaceDetectionClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncFaceDetectionClient


class AsyncFaceDetectionClientWithRawResponse:
    """`AsyncFaceDetectionClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncFaceDetectionClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)
        self.get = async_to_raw_response_wrapper(client.get)


class AsyncFaceDetectionClientWithStreamingResponse:
    """`AsyncFaceDetectionClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncFaceDetectionClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
        self.get = async_to_streamed_response_wrapper(client.get)
