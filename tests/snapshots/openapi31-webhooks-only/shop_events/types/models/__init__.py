"""Pydantic models of responses."""

import importlib
import typing

if typing.TYPE_CHECKING:
    from .address import Address as Address
    from .event_base import EventBase as EventBase
    from .line_item import LineItem as LineItem
    from .money import Money as Money
    from .order import Order as Order
    from .order_created_event import OrderCreatedEvent as OrderCreatedEvent
    from .order_shipped_event import OrderShippedEvent as OrderShippedEvent
    from .refund import Refund as Refund
    from .refund_issued_event import RefundIssuedEvent as RefundIssuedEvent
    from .shipment import Shipment as Shipment

__all__ = [
    "Address",
    "EventBase",
    "LineItem",
    "Money",
    "Order",
    "OrderCreatedEvent",
    "OrderShippedEvent",
    "Refund",
    "RefundIssuedEvent",
    "Shipment",
]

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {
    "Address": ".address",
    "EventBase": ".event_base",
    "LineItem": ".line_item",
    "Money": ".money",
    "Order": ".order",
    "OrderCreatedEvent": ".order_created_event",
    "OrderShippedEvent": ".order_shipped_event",
    "Refund": ".refund",
    "RefundIssuedEvent": ".refund_issued_event",
    "Shipment": ".shipment",
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
