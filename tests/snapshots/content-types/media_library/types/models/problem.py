"""An RFC 9457 problem document."""

import pydantic

from media_library._core import SDKModel


class Problem(SDKModel):
    """An RFC 9457 problem document."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    status: int

    title: str

    type_: str = pydantic.Field(alias="type")

    detail: str | None = None
