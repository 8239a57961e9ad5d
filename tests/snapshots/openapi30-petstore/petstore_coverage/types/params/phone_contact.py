"""The `PhoneContact` schema."""

from __future__ import annotations

import typing_extensions


class PhoneContact(typing_extensions.TypedDict):
    """The `PhoneContact` schema."""

    phone: typing_extensions.Required[str]

    sms_allowed: typing_extensions.NotRequired[bool]
