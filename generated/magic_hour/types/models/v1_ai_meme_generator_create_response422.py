"""Unprocessable Entity"""

from __future__ import annotations

import pydantic


class V1AiMemeGeneratorCreateResponse422(pydantic.BaseModel):
    """Unprocessable Entity"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
