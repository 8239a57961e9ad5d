"""A component whose name an inline request body of `users.create` would also derive."""

import pydantic

from accounts_naming._core import SDKModel


class CreateUserRequest(SDKModel):
    """A component whose name an inline request body of `users.create` would also derive."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    email: str

    invited_by: int | None = None
