"""Links to the neighbouring pages."""

import pydantic

from schema_shapes._core import SDKModel


class PageLinks(SDKModel):
    """Links to the neighbouring pages."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    next: str | None = None
    """The next page, absent on the last one."""
