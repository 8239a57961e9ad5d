"""The request body of `POST /users/{id}/sessions`."""

from __future__ import annotations

import typing_extensions

UsersSessionsCreateBody = typing_extensions.TypedDict(
    "UsersSessionsCreateBody",
    {
        "device": typing_extensions.Required[str],
        # A keyword as a request property.
        "async": typing_extensions.NotRequired[bool],
    },
)
"""The request body of `POST /users/{id}/sessions`."""
