"""The `Photo` schema."""

import datetime

import pydantic

from petstore_coverage._core import Base64Bytes, SDKModel


class Photo(SDKModel):
    """The `Photo` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    size_bytes: int

    url: str

    thumbnail: Base64Bytes | None = None
    """A small JPEG preview, base64-encoded."""

    uploaded_at: datetime.datetime | None = None
