"""Success"""

import datetime
import typing

import pydantic

from magic_hour._core import SDKModel

from .v1_video_projects_get_response_downloads_item import (
    V1VideoProjectsGetResponseDownloadsItem,
)
from .v1_video_projects_get_response_error import V1VideoProjectsGetResponseError


class V1VideoProjectsGetResponse(SDKModel):
    """Success"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    credits_charged: int
    """The amount of credits deducted from your account to generate the video. If the status is not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the output video.

    If video generation fails, credits will be refunded, and this field will be updated to include the refund."""

    downloads: list[V1VideoProjectsGetResponseDownloadsItem]

    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    end_seconds: float
    """End time of your clip (seconds). Must be greater than start_seconds."""

    error: V1VideoProjectsGetResponseError | None
    """In the case of an error, this object will contain the error encountered during video render"""

    fps: float
    """Frame rate of the video. If the status is not 'complete', the frame rate is an estimate and will be adjusted when the video completes."""

    height: int
    """The height of the final output video. A value of -1 indicates the height can be ignored."""

    id: str
    """Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-reference/video-projects/get-video-details) to fetch status and downloads."""

    name: str | None
    """The name of the video."""

    start_seconds: float
    """Start time of your clip (seconds). Must be ≥ 0."""

    status: (
        typing.Literal["draft", "queued", "rendering", "complete", "error", "canceled"]
        | str
    )
    """The status of the video.

    - `draft` - the project was created but has not been submitted for rendering
    - `queued` - the job is waiting for an available server
    - `rendering` - the job is being processed; the `video.started` webhook event fires when rendering begins
    - `complete` - the job finished successfully; fires `video.completed`
    - `error` - the job failed during processing; fires `video.errored`
    - `canceled` - the job was manually canceled (for example from the Magic Hour web app)

    **Note:** `rendering`, `complete`, and `error` have matching webhook events; `canceled` does not - a canceled job emits no webhook event, so poll this endpoint to detect cancellation."""

    type_: str = pydantic.Field(alias="type")
    """The type of the video project. Possible values are ANIMATION, AUTO_SUBTITLE, VIDEO_TO_VIDEO, FACE_SWAP, TEXT_TO_VIDEO, IMAGE_TO_VIDEO, LIP_SYNC, TALKING_PHOTO, AVATAR, VIDEO_UPSCALER, VIDEO_EDITOR, CHARACTER_REPLACE, VIDEO_COLORIZER, VIDEO_TRANSLATOR, MUSIC_VIDEO, EXTEND, AUDIO_TO_VIDEO, VIDEO_EXPANDER, UGC_AD"""

    width: int
    """The width of the final output video. A value of -1 indicates the width can be ignored."""
