"""The `Session` schema."""

import pydantic

from accounts_naming._core import SDKModel


class Session(SDKModel):
    """The `Session` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    device: str

    id: str

    user_id: int
