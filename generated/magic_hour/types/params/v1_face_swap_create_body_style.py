"""Style of the face swap video."""

from __future__ import annotations

import typing

import typing_extensions


class V1FaceSwapCreateBodyStyle(typing_extensions.TypedDict):
    """Style of the face swap video."""

    version: typing_extensions.NotRequired[typing.Literal["v1", "v2", "default"]]
    """* `v1` - May preserve skin detail and texture better, but weaker identity preservation.
    * `v2` - Faster, sharper, better handling of hair and glasses. stronger identity preservation.
    * `default` - Use the version we recommend, which will change over time. This is recommended unless you need a specific earlier version. This is the default behavior."""
