"""Clients for `v1.video_projects`: `get`, `delete`."""

from __future__ import annotations

import functools
import typing

from magic_hour._core import (
    AsyncBaseClient,
    Endpoint,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from magic_hour.types import models


@functools.cache
def _get_endpoint() -> Endpoint[models.V1VideoProjectsGetResponse]:
    return Endpoint(
        method="GET",
        path="/v1/video-projects/{id}",
        operation="v1.video_projects.get",
        security=(("bearerAuth",),),
        response_type=models.V1VideoProjectsGetResponse,
        error_types={401: models.Error, 404: models.Error},
    )


@functools.cache
def _delete_endpoint() -> Endpoint[None]:
    return Endpoint(
        method="DELETE",
        path="/v1/video-projects/{id}",
        operation="v1.video_projects.delete",
        security=(("bearerAuth",),),
        error_types={401: models.Error, 404: models.Error},
    )


class VideoProjectsClient:
    """Synchronous client for `v1.video_projects`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> VideoProjectsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return VideoProjectsClientWithRawResponse(self)

    def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponse:
        """Get video details

        Get the details of a video project. The `downloads` field will be empty unless the video was successfully rendered.

        The video can be one of the following statuses:

        - `draft` - not currently used
        - `queued` - the job is queued and waiting for a GPU
        - `rendering` - the video is rendering
        - `complete` - the video is successful created
        - `error` - an error occurred during rendering
        - `canceled` - video render is canceled by the user

        `GET /v1/video-projects/{id}`

        Args:
            id: The id of the video project. This value comes from the response of the create video APIs, e.g. lip-sync.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            AuthenticationError: Unauthorized
            NotFoundError: Not found
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
            id: The id of the video project. This value comes from the response of the create video APIs, e.g. lip-sync.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            No Content

        Raises:
            AuthenticationError: Unauthorized
            NotFoundError: Not found
        """
        return self._base_client.request(
            _delete_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    # @custom-begin VideoProjectsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end VideoProjectsClient


class VideoProjectsClientWithRawResponse:
    """`VideoProjectsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: VideoProjectsClient) -> None:
        self.get = to_raw_response_wrapper(client.get)
        self.delete = to_raw_response_wrapper(client.delete)


class AsyncVideoProjectsClient:
    """Asynchronous client for `v1.video_projects`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncVideoProjectsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncVideoProjectsClientWithRawResponse(self)

    async def get(
        self,
        *,
        id: str,
        request_options: RequestOptions | None = None,
    ) -> models.V1VideoProjectsGetResponse:
        """Get video details

        Get the details of a video project. The `downloads` field will be empty unless the video was successfully rendered.

        The video can be one of the following statuses:

        - `draft` - not currently used
        - `queued` - the job is queued and waiting for a GPU
        - `rendering` - the video is rendering
        - `complete` - the video is successful created
        - `error` - an error occurred during rendering
        - `canceled` - video render is canceled by the user

        `GET /v1/video-projects/{id}`

        Args:
            id: The id of the video project. This value comes from the response of the create video APIs, e.g. lip-sync.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            Success

        Raises:
            AuthenticationError: Unauthorized
            NotFoundError: Not found
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
            id: The id of the video project. This value comes from the response of the create video APIs, e.g. lip-sync.
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            No Content

        Raises:
            AuthenticationError: Unauthorized
            NotFoundError: Not found
        """
        return await self._base_client.request(
            _delete_endpoint(),
            path_params={"id": id},
            request_options=request_options,
        )

    # @custom-begin AsyncVideoProjectsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncVideoProjectsClient


class AsyncVideoProjectsClientWithRawResponse:
    """`AsyncVideoProjectsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncVideoProjectsClient) -> None:
        self.get = async_to_raw_response_wrapper(client.get)
        self.delete = async_to_raw_response_wrapper(client.delete)
