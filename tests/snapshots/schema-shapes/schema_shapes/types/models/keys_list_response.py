"""The 200 response of `GET /keys`."""

import pydantic

from schema_shapes._core import SDKModel

from .meta import Meta
from .page_links import PageLinks


class KeysListResponse(SDKModel):
    """The 200 response of `GET /keys`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    keys: list[str]

    links: PageLinks | None = None
    """Links to the neighbouring pages."""

    meta: Meta | None = None
    """How many items there are in all."""
