"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .address import Address as Address
    from .adoption import Adoption as Adoption
    from .bird_details import BirdDetails as BirdDetails
    from .cat_details import CatDetails as CatDetails
    from .dog_details import DogDetails as DogDetails
    from .email_contact import EmailContact as EmailContact
    from .error import Error as Error
    from .field_error import FieldError as FieldError
    from .kennel_layout import KennelLayout as KennelLayout
    from .new_pet import NewPet as NewPet
    from .order import Order as Order
    from .order_item import OrderItem as OrderItem
    from .owner import Owner as Owner
    from .page_info import PageInfo as PageInfo
    from .pet import Pet as Pet
    from .pet_page import PetPage as PetPage
    from .pet_with_details import PetWithDetails as PetWithDetails
    from .pets_create_response_headers import (
        PetsCreateResponseHeaders as PetsCreateResponseHeaders,
    )
    from .phone_contact import PhoneContact as PhoneContact
    from .photo import Photo as Photo
    from .store_status import StoreStatus as StoreStatus
    from .vaccination import Vaccination as Vaccination
    from .validation_error import ValidationError as ValidationError

__all__ = [
    "Address",
    "Adoption",
    "BirdDetails",
    "CatDetails",
    "DogDetails",
    "EmailContact",
    "Error",
    "FieldError",
    "KennelLayout",
    "NewPet",
    "Order",
    "OrderItem",
    "Owner",
    "PageInfo",
    "Pet",
    "PetPage",
    "PetWithDetails",
    "PetsCreateResponseHeaders",
    "PhoneContact",
    "Photo",
    "StoreStatus",
    "Vaccination",
    "ValidationError",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Address": ".address",
            "Adoption": ".adoption",
            "BirdDetails": ".bird_details",
            "CatDetails": ".cat_details",
            "DogDetails": ".dog_details",
            "EmailContact": ".email_contact",
            "Error": ".error",
            "FieldError": ".field_error",
            "KennelLayout": ".kennel_layout",
            "NewPet": ".new_pet",
            "Order": ".order",
            "OrderItem": ".order_item",
            "Owner": ".owner",
            "PageInfo": ".page_info",
            "Pet": ".pet",
            "PetPage": ".pet_page",
            "PetWithDetails": ".pet_with_details",
            "PetsCreateResponseHeaders": ".pets_create_response_headers",
            "PhoneContact": ".phone_contact",
            "Photo": ".photo",
            "StoreStatus": ".store_status",
            "Vaccination": ".vaccination",
            "ValidationError": ".validation_error",
        },
    )
