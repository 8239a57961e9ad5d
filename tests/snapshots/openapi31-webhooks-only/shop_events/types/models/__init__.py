"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

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
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
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
        },
    )
