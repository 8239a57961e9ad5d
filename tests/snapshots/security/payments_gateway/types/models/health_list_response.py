"""The 200 response of `GET /health`."""

import typing

import pydantic

from payments_gateway._core import SDKModel


class HealthListResponse(SDKModel):
    """The 200 response of `GET /health`."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    status: typing.Literal["ok", "degraded"] | str

    version: str | None = None
