"""Pydantic models of responses."""

import importlib
import typing

if typing.TYPE_CHECKING:
    from .completed_event import CompletedEvent as CompletedEvent
    from .failed_event import FailedEvent as FailedEvent
    from .geo_location import GeoLocation as GeoLocation
    from .media_item import MediaItem as MediaItem
    from .problem import Problem as Problem
    from .progress_event import ProgressEvent as ProgressEvent
    from .subscription import Subscription as Subscription

__all__ = [
    "CompletedEvent",
    "FailedEvent",
    "GeoLocation",
    "MediaItem",
    "Problem",
    "ProgressEvent",
    "Subscription",
]

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {
    "CompletedEvent": ".completed_event",
    "FailedEvent": ".failed_event",
    "GeoLocation": ".geo_location",
    "MediaItem": ".media_item",
    "Problem": ".problem",
    "ProgressEvent": ".progress_event",
    "Subscription": ".subscription",
}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
