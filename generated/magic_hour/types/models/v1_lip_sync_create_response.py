"""The 200 response of `POST /v1/lip-sync`."""

from __future__ import annotations

import pydantic


class V1LipSyncCreateResponse(pydantic.BaseModel):
    """The 200 response of `POST /v1/lip-sync`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    credits_charged: int
    """Deprecated: Previously represented the number of credits charged for the video. Use `estimated_frame_cost` instead."""

    estimated_frame_cost: int
    """Estimated cost of the video in terms of number of frames needed to render the video. Frames will be adjusted when the video completes"""

    id: str
    """Unique ID of the video. This value can be used in the [get video project API](https://docs.magichour.ai/api-reference/video-projects/get-video-details) to fetch additional details such as status"""
