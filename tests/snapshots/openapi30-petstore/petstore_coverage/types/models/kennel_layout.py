"""The `KennelLayout` schema."""

import typing

import pydantic

from petstore_coverage._core import SDKModel


class KennelLayout(SDKModel):
    """The `KennelLayout` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    grid: list[list[typing.Literal["empty", "dog", "cat", "bird", "aisle"] | str]]
    """Rows of cells (an array of arrays of a string enum)."""

    kennel_id: int

    temperatures: list[list[float]] | None = None
    """Rows of cell temperatures in °C (an array of arrays of numbers)."""
