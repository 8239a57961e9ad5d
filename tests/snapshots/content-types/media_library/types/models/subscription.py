"""The `Subscription` schema."""

import typing

import pydantic

from media_library._core import SDKModel


class Subscription(SDKModel):
    """The `Subscription` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    confirmed: bool

    email: str

    id: str

    frequency: typing.Literal["daily", "weekly", "monthly"] | str | None = None

    topics: list[str] | None = None
