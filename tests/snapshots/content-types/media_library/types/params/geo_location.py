"""Sent as a JSON part of the multipart body."""

from __future__ import annotations

import typing_extensions


class GeoLocation(typing_extensions.TypedDict):
    """Sent as a JSON part of the multipart body."""

    lat: typing_extensions.Required[float]

    lon: typing_extensions.Required[float]
