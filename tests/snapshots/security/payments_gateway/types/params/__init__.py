"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .auth_token_create_body import AuthTokenCreateBody as AuthTokenCreateBody
    from .payment_request import PaymentRequest as PaymentRequest
    from .payments_refunds_create_body import (
        PaymentsRefundsCreateBody as PaymentsRefundsCreateBody,
    )

__all__ = [
    "AuthTokenCreateBody",
    "PaymentRequest",
    "PaymentsRefundsCreateBody",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "AuthTokenCreateBody": ".auth_token_create_body",
            "PaymentRequest": ".payment_request",
            "PaymentsRefundsCreateBody": ".payments_refunds_create_body",
        },
    )
