"""The `OrderItem` schema."""

import pydantic

from petstore_coverage._core import SDKModel


class OrderItem(SDKModel):
    """The `OrderItem` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    quantity: int

    sku: str
