"""The `Address` schema."""

import pydantic

from shop_events._core import SDKModel


class Address(SDKModel):
    """The `Address` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    city: str

    country: str

    line1: str

    name: str

    line2: str | None = None

    postal_code: str | None = None
