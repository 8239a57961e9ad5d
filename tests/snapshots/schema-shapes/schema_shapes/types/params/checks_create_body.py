"""A check needs a name and a target; `allOf` of one part with its own `required`."""

from __future__ import annotations

import typing_extensions


class ChecksCreateBody(typing_extensions.TypedDict):
    """A check needs a name and a target; `allOf` of one part with its own `required`."""

    name: typing_extensions.Required[str]

    target: typing_extensions.Required[str]

    enabled: typing_extensions.NotRequired[bool]
