"""An item of the `downloads` field of the 200 response of `GET /v1/video-projects/{id}`."""

from __future__ import annotations

import datetime

import pydantic


class V1VideoProjectsGetResponseDownloadsItem(pydantic.BaseModel):
    """An item of the `downloads` field of the 200 response of `GET /v1/video-projects/{id}`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_at: datetime.datetime

    url: str
