"""Cursor pagination."""

import pydantic

from petstore_coverage._core import SDKModel


class PageInfo(SDKModel):
    """Cursor pagination."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    has_more: bool

    next_cursor: str | None = None
    """Pass as `cursor` to get the next page; null on the last page."""
