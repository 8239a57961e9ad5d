"""When a request fails validations"""

from __future__ import annotations

import pydantic


class V1VideoProjectsDeleteResponse422(pydantic.BaseModel):
    """When a request fails validations"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
