"""The 200 response of `GET /payments`."""

import pydantic

from payments_gateway._core import SDKModel

from .payment import Payment


class PaymentsListResponse(SDKModel):
    """The 200 response of `GET /payments`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    data: list[Payment]

    has_more: bool
