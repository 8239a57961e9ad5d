"""The request is not properly authenticated"""

import typing

import pydantic

from magic_hour._core import SDKModel


class Error401(SDKModel):
    """The request is not properly authenticated"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    message: typing.Literal["Unauthorized"] | str
