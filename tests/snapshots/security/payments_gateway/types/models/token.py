"""The `Token` schema."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class Token(SDKModel):
    """The `Token` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    access_token: str

    expires_in: int

    token_type: typing.Literal["Bearer"] | str

    scope: str | None = None
