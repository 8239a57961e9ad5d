"""PaymentsListResponse"""

from __future__ import annotations

import pydantic

from .payment import Payment


class PaymentsListResponse(pydantic.BaseModel):
    """PaymentsListResponse"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    data: list[Payment]

    has_more: bool
