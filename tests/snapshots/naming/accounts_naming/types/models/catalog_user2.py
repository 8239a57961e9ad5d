"""An inline object whose derived name (`CatalogUser`) is also a component's name."""

import pydantic

from accounts_naming._core import SDKModel


class CatalogUser2(SDKModel):
    """An inline object whose derived name (`CatalogUser`) is also a component's name."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: int | None = None

    login: str | None = None
