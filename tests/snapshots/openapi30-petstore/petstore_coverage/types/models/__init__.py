"""Pydantic models of responses."""

import importlib
import typing

if typing.TYPE_CHECKING:
    from .address import Address as Address
    from .adoption import Adoption as Adoption
    from .bird_details import BirdDetails as BirdDetails
    from .cat_details import CatDetails as CatDetails
    from .dog_details import DogDetails as DogDetails
    from .email_contact import EmailContact as EmailContact
    from .kennel_layout import KennelLayout as KennelLayout
    from .new_pet import NewPet as NewPet
    from .order import Order as Order
    from .order_item import OrderItem as OrderItem
    from .owner import Owner as Owner
    from .owners_create_response422 import (
        OwnersCreateResponse422 as OwnersCreateResponse422,
    )
    from .owners_create_response422_errors_item import (
        OwnersCreateResponse422ErrorsItem as OwnersCreateResponse422ErrorsItem,
    )
    from .owners_pets_list_response400 import (
        OwnersPetsListResponse400 as OwnersPetsListResponse400,
    )
    from .page_info import PageInfo as PageInfo
    from .pet import Pet as Pet
    from .pet_page import PetPage as PetPage
    from .pet_with_details import PetWithDetails as PetWithDetails
    from .phone_contact import PhoneContact as PhoneContact
    from .photo import Photo as Photo
    from .store_status import StoreStatus as StoreStatus
    from .vaccination import Vaccination as Vaccination

__all__ = [
    "Address",
    "Adoption",
    "BirdDetails",
    "CatDetails",
    "DogDetails",
    "EmailContact",
    "KennelLayout",
    "NewPet",
    "Order",
    "OrderItem",
    "Owner",
    "OwnersCreateResponse422",
    "OwnersCreateResponse422ErrorsItem",
    "OwnersPetsListResponse400",
    "PageInfo",
    "Pet",
    "PetPage",
    "PetWithDetails",
    "PhoneContact",
    "Photo",
    "StoreStatus",
    "Vaccination",
]

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {
    "Address": ".address",
    "Adoption": ".adoption",
    "BirdDetails": ".bird_details",
    "CatDetails": ".cat_details",
    "DogDetails": ".dog_details",
    "EmailContact": ".email_contact",
    "KennelLayout": ".kennel_layout",
    "NewPet": ".new_pet",
    "Order": ".order",
    "OrderItem": ".order_item",
    "Owner": ".owner",
    "OwnersCreateResponse422": ".owners_create_response422",
    "OwnersCreateResponse422ErrorsItem": ".owners_create_response422_errors_item",
    "OwnersPetsListResponse400": ".owners_pets_list_response400",
    "PageInfo": ".page_info",
    "Pet": ".pet",
    "PetPage": ".pet_page",
    "PetWithDetails": ".pet_with_details",
    "PhoneContact": ".phone_contact",
    "Photo": ".photo",
    "StoreStatus": ".store_status",
    "Vaccination": ".vaccination",
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
