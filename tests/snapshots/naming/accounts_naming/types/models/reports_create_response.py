"""The 201 response of `POST /reports`."""

import pydantic

from accounts_naming._core import SDKModel


class ReportsCreateResponse(SDKModel):
    """The 201 response of `POST /reports`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    id: str
