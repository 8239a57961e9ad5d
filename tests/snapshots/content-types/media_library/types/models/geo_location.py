"""Sent as a JSON part of the multipart body."""

from __future__ import annotations

import pydantic


class GeoLocation(pydantic.BaseModel):
    """Sent as a JSON part of the multipart body."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    lat: float

    lon: float
