"""The `Owner` schema."""

from __future__ import annotations

import typing

import typing_extensions

from .address import Address
from .email_contact import EmailContact
from .phone_contact import PhoneContact


class Owner(typing_extensions.TypedDict):
    """The `Owner` schema."""

    contact: typing_extensions.Required[EmailContact | PhoneContact]
    """At least one of an e-mail or a phone contact (`anyOf` of objects)."""

    name: typing_extensions.Required[str]

    password: typing_extensions.Required[str]
    """Required in requests only; never returned."""

    address: typing_extensions.NotRequired[Address]

    metadata: typing_extensions.NotRequired[dict[str, typing.Any]]
    """A free-form object; any JSON values."""

    preferences: typing_extensions.NotRequired[dict[str, str]]
    """A typed map of preference name to value."""
