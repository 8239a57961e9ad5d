"""The `common_error` field of the `Catalog` schema."""

import pydantic

from accounts_naming._core import SDKModel


class CatalogCommonError(SDKModel):
    """The `common_error` field of the `Catalog` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    code: str | None = None
