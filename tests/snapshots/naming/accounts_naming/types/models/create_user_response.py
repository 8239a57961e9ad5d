"""A component whose name the inline 201 response of `users.create` would also derive."""

import pydantic

from accounts_naming._core import SDKModel


class CreateUserResponse(SDKModel):
    """A component whose name the inline 201 response of `users.create` would also derive."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    queued: bool
