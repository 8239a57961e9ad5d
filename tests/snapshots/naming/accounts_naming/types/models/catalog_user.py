"""A component named like the inline `Catalog.user` object's derived name."""

import pydantic

from accounts_naming._core import SDKModel


class CatalogUser(SDKModel):
    """A component named like the inline `Catalog.user` object's derived name."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: int

    display_name: str | None = None
