"""The request body of `POST /v1/body-swap`."""

from __future__ import annotations

import typing

import typing_extensions

from .v1_body_swap_create_body_assets import V1BodySwapCreateBodyAssets


class V1BodySwapCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /v1/body-swap`."""

    assets: typing_extensions.Required[V1BodySwapCreateBodyAssets]
    """Person image and scene image for body swap"""

    resolution: typing_extensions.Required[typing.Literal["640px", "1k", "2k", "4k"]]
    """Output resolution. Determines credits charged for the run."""

    name: typing_extensions.NotRequired[str]
    """Give your image a custom name for easy identification."""
