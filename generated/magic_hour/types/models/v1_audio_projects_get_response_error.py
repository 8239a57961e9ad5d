"""In the case of an error, this object will contain the error encountered during video render"""

import pydantic

from magic_hour._core import SDKModel


class V1AudioProjectsGetResponseError(SDKModel):
    """In the case of an error, this object will contain the error encountered during video render"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    code: str
    """An error code to indicate why a failure happened."""

    message: str
    """Details on the reason why a failure happened."""
