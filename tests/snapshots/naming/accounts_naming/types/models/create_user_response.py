"""A component whose name the inline 201 response of `users.create` would also derive."""

from __future__ import annotations

import pydantic


class CreateUserResponse(pydantic.BaseModel):
    """A component whose name the inline 201 response of `users.create` would also derive."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    queued: bool
