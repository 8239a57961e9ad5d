"""The request body of `POST /payments/{paymentId}/refunds`."""

from __future__ import annotations

import typing

import typing_extensions


class PaymentsRefundsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /payments/{paymentId}/refunds`."""

    amount: typing_extensions.NotRequired[int]
    """Omit for a full refund."""

    reason: typing_extensions.NotRequired[
        typing.Literal["duplicate", "fraudulent", "requested_by_customer"]
    ]
