"""The same collision for generators that derive names from the operation id."""

import pydantic

from accounts_naming._core import SDKModel


class UsersCreateRequest(SDKModel):
    """The same collision for generators that derive names from the operation id."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    legacy: bool | None = None
