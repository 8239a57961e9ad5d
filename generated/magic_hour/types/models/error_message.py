"""The body of 400, 402 and 422 error responses."""

import pydantic

from magic_hour._core import SDKModel


class ErrorMessage(SDKModel):
    """The body of 400, 402 and 422 error responses."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: str
