"""The request body of `POST /users`."""

from __future__ import annotations

import typing

import typing_extensions

UsersUsersCreateBody = typing_extensions.TypedDict(
    "UsersUsersCreateBody",
    {
        "email": typing_extensions.Required[str],
        # A keyword as a request property.
        "class": typing_extensions.NotRequired[typing.Literal["staff", "customer"]],
        "display_name": typing_extensions.NotRequired[str],
    },
)
"""The request body of `POST /users`."""
