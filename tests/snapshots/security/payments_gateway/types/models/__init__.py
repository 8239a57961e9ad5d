"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .account import Account as Account
    from .dashboard_summary import DashboardSummary as DashboardSummary
    from .error import Error as Error
    from .exchange_rates import ExchangeRates as ExchangeRates
    from .fee import Fee as Fee
    from .health_list_response import HealthListResponse as HealthListResponse
    from .payment import Payment as Payment
    from .payment_request import PaymentRequest as PaymentRequest
    from .payments_list_response import PaymentsListResponse as PaymentsListResponse
    from .refund import Refund as Refund
    from .token import Token as Token

__all__ = [
    "Account",
    "DashboardSummary",
    "Error",
    "ExchangeRates",
    "Fee",
    "HealthListResponse",
    "Payment",
    "PaymentRequest",
    "PaymentsListResponse",
    "Refund",
    "Token",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Account": ".account",
            "DashboardSummary": ".dashboard_summary",
            "Error": ".error",
            "ExchangeRates": ".exchange_rates",
            "Fee": ".fee",
            "HealthListResponse": ".health_list_response",
            "Payment": ".payment",
            "PaymentRequest": ".payment_request",
            "PaymentsListResponse": ".payments_list_response",
            "Refund": ".refund",
            "Token": ".token",
        },
    )
