"""The `Owner` schema."""

import datetime
import typing

import pydantic

from petstore_coverage._core import SDKModel

from .address import Address
from .email_contact import EmailContact
from .phone_contact import PhoneContact


class Owner(SDKModel):
    """The `Owner` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    contact: EmailContact | PhoneContact
    """At least one of an e-mail or a phone contact (`anyOf` of objects)."""

    id: str
    """Required in responses only."""

    name: str

    address: Address | None = None

    created_at: datetime.datetime | None = None

    metadata: dict[str, typing.Any] | None = None
    """A free-form object; any JSON values."""

    preferences: dict[str, str] | None = None
    """A typed map of preference name to value."""
