"""The 201 response of `POST /users`."""

import pydantic

from accounts_naming._core import SDKModel


class UsersUsersCreateResponse(SDKModel):
    """The 201 response of `POST /users`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    email: str

    id: int

    self: str | None = None
    """A link to the user (a property named `self`)."""
