"""The 200 response of `GET /v1/video-projects/{id}`."""

from __future__ import annotations

import datetime
import typing

import pydantic

from .v1_video_projects_get_response_downloads_item import (
    V1VideoProjectsGetResponseDownloadsItem,
)
from .v1_video_projects_get_response_error import V1VideoProjectsGetResponseError


class V1VideoProjectsGetResponse(pydantic.BaseModel):
    """The 200 response of `GET /v1/video-projects/{id}`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    credits_charged: int
    """The number of credits charged for the video"""

    downloads: list[V1VideoProjectsGetResponseDownloadsItem]

    enabled: bool
    """Indicates whether the resource is deleted"""

    end_seconds: float
    """The end time of the input video in seconds"""

    error: V1VideoProjectsGetResponseError | None
    """In the case of an error, this object will contain the error encountered during video render"""

    fps: float
    """Frame rate of the video"""

    height: int
    """The height of the final output video. The value is -1 if the video is not yet rendered."""

    id: str
    """Unique ID of the video."""

    name: str | None
    """The name of the video."""

    start_seconds: float
    """The start time of the input video in seconds"""

    status: (
        typing.Literal["draft", "queued", "rendering", "complete", "error", "canceled"]
        | str
    )
    """The status of the video."""

    type: str
    """The type of the video project, e.g. LIP_SYNC."""

    width: int
    """The width of the final output video. The value is -1 if the video is not yet rendered."""
