"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .address import Address as Address
    from .email_contact import EmailContact as EmailContact
    from .new_pet import NewPet as NewPet
    from .order import Order as Order
    from .order_item import OrderItem as OrderItem
    from .owner import Owner as Owner
    from .owners_pets_create_body import OwnersPetsCreateBody as OwnersPetsCreateBody
    from .phone_contact import PhoneContact as PhoneContact
    from .vaccination import Vaccination as Vaccination

__all__ = [
    "Address",
    "EmailContact",
    "NewPet",
    "Order",
    "OrderItem",
    "Owner",
    "OwnersPetsCreateBody",
    "PhoneContact",
    "Vaccination",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Address": ".address",
            "EmailContact": ".email_contact",
            "NewPet": ".new_pet",
            "Order": ".order",
            "OrderItem": ".order_item",
            "Owner": ".owner",
            "OwnersPetsCreateBody": ".owners_pets_create_body",
            "PhoneContact": ".phone_contact",
            "Vaccination": ".vaccination",
        },
    )
