"""Sent as a JSON part of the multipart body."""

import pydantic

from media_library._core import SDKModel


class GeoLocation(SDKModel):
    """Sent as a JSON part of the multipart body."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    lat: float

    lon: float
