"""Pydantic models of responses."""

import importlib
import typing

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
_EXPORTS: dict[str, str] = {
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
}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
