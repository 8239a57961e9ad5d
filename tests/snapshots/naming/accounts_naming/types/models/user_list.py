"""The `UserList` schema."""

import pydantic

from accounts_naming._core import SDKModel

from .v1_user import V1User


class UserList(SDKModel):
    """The `UserList` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    value: list[V1User]

    odata_context: str | None = pydantic.Field(default=None, alias="@odata.context")

    odata_next_link: str | None = pydantic.Field(default=None, alias="odata.nextLink")
