"""The `Catalog` schema."""

import pydantic

from accounts_naming._core import SDKModel

from .catalog_common_error import CatalogCommonError
from .catalog_user import CatalogUser
from .catalog_user2 import CatalogUser2
from .client import Client
from .field import Field
from .list import List


class Catalog(SDKModel):
    """The `Catalog` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    client: Client | None = None
    """Shadows the SDK's `Client` class."""

    common_error: CatalogCommonError | None = None

    field: Field | None = None
    """Shadows `pydantic.Field`."""

    list: List | None = None
    """Shadows `typing.List`."""

    owner: CatalogUser | None = None
    """A component named like the inline `Catalog.user` object's derived name."""

    user: CatalogUser2 | None = None
    """An inline object whose derived name (`CatalogUser`) is also a component's name."""
