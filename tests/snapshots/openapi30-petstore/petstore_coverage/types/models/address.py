"""The `Address` schema."""

import pydantic

from petstore_coverage._core import SDKModel


class Address(SDKModel):
    """The `Address` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    city: str

    country: str
    """ISO 3166-1 alpha-2 country code."""

    street: str

    postal_code: str | None = None
