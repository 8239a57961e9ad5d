"""The `Window` schema."""

import pydantic

from schema_shapes._core import SDKModel


class Window(SDKModel):
    """The `Window` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    start: str | None = None
    """When the window opens, `HH:MM`."""
