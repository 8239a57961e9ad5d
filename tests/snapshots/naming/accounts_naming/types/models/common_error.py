"""A dotted schema name (protobuf / gRPC-gateway style)."""

import pydantic

from accounts_naming._core import SDKModel


class CommonError(SDKModel):
    """A dotted schema name (protobuf / gRPC-gateway style)."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    code: str

    message: str
