"""The `EmailContact` schema."""

from __future__ import annotations

import typing_extensions


class EmailContact(typing_extensions.TypedDict):
    """The `EmailContact` schema."""

    email: typing_extensions.Required[str]
