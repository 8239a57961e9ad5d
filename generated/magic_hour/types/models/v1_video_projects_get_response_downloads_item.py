"""V1VideoProjectsGetResponseDownloadsItem"""

from __future__ import annotations

import datetime

import pydantic


class V1VideoProjectsGetResponseDownloadsItem(pydantic.BaseModel):
    """V1VideoProjectsGetResponseDownloadsItem"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_at: datetime.datetime

    url: str
