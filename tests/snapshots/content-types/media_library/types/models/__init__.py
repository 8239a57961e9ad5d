"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .completed_event import CompletedEvent as CompletedEvent
    from .failed_event import FailedEvent as FailedEvent
    from .geo_location import GeoLocation as GeoLocation
    from .media_content_list_response_headers import (
        MediaContentListResponseHeaders as MediaContentListResponseHeaders,
    )
    from .media_item import MediaItem as MediaItem
    from .problem import Problem as Problem
    from .progress_event import ProgressEvent as ProgressEvent
    from .subscription import Subscription as Subscription

__all__ = [
    "CompletedEvent",
    "FailedEvent",
    "GeoLocation",
    "MediaContentListResponseHeaders",
    "MediaItem",
    "Problem",
    "ProgressEvent",
    "Subscription",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "CompletedEvent": ".completed_event",
            "FailedEvent": ".failed_event",
            "GeoLocation": ".geo_location",
            "MediaContentListResponseHeaders": ".media_content_list_response_headers",
            "MediaItem": ".media_item",
            "Problem": ".problem",
            "ProgressEvent": ".progress_event",
            "Subscription": ".subscription",
        },
    )
