"""The `Address` schema."""

from __future__ import annotations

import typing_extensions


class Address(typing_extensions.TypedDict):
    """The `Address` schema."""

    city: typing_extensions.Required[str]

    country: typing_extensions.Required[str]
    """ISO 3166-1 alpha-2 country code."""

    street: typing_extensions.Required[str]

    postal_code: typing_extensions.NotRequired[str]
