"""The `PetPage` schema."""

import pydantic

from petstore_coverage._core import SDKModel

from .page_info import PageInfo
from .pet import Pet


class PetPage(SDKModel):
    """The `PetPage` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    data: list[Pet]

    page: PageInfo
    """Cursor pagination."""
