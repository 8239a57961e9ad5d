"""Requested resource is not found"""

import typing

import pydantic

from magic_hour._core import SDKModel


class Error404(SDKModel):
    """Requested resource is not found"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: typing.Literal["Not Found"] | str
