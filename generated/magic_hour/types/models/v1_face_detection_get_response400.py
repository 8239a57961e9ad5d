"""The request is invalid"""

from __future__ import annotations

import pydantic


class V1FaceDetectionGetResponse400(pydantic.BaseModel):
    """The request is invalid"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
