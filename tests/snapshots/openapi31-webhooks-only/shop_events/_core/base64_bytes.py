"""OpenAPI's ``format: byte`` in a response model: base64 text on the wire, ``bytes``
in the model.

A module of its own, imported by the models that have such a field: its pydantic
serializer costs a process's first request a millisecond that most responses do not
need.
"""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

import pydantic

__all__ = ["Base64Bytes"]


def _from_base64(value: object) -> object:
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as error:
            raise ValueError(f"not base64: {error}") from None
    return value


def _to_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


# Written back as base64 by ``to_json()`` and ``to_dict(mode="json")``.
Base64Bytes = Annotated[
    bytes,
    pydantic.BeforeValidator(_from_base64),
    pydantic.PlainSerializer(_to_base64, return_type=str, when_used="json"),
]
