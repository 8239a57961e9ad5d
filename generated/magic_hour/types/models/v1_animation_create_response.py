"""Success"""

import pydantic

from magic_hour._core import SDKModel


class V1AnimationCreateResponse(SDKModel):
    """Success"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    credits_charged: int
    """The amount of credits deducted from your account to generate the video. If the status is not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the output video.

    If video generation fails, credits will be refunded, and this field will be updated to include the refund."""

    id: str
    """Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-reference/video-projects/get-video-details) to fetch status and downloads."""
