"""The response headers the API declares."""

import pydantic

from media_library._core import SDKModel


class MediaContentListResponseHeaders(SDKModel):
    """The response headers the API declares."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    content_disposition: str | None = pydantic.Field(
        default=None, alias="Content-Disposition"
    )
