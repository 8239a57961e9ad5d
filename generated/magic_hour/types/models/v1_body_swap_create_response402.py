"""The request requires payment"""

from __future__ import annotations

import pydantic


class V1BodySwapCreateResponse402(pydantic.BaseModel):
    """The request requires payment"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
