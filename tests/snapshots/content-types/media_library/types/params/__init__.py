"""TypedDicts for request arguments."""

import importlib
import typing

if typing.TYPE_CHECKING:
    from .geo_location import GeoLocation as GeoLocation
    from .media_batch_create_body import MediaBatchCreateBody as MediaBatchCreateBody
    from .media_create_body import MediaCreateBody as MediaCreateBody
    from .newsletter_subscriptions_create_body import (
        NewsletterSubscriptionsCreateBody as NewsletterSubscriptionsCreateBody,
    )

__all__ = [
    "GeoLocation",
    "MediaBatchCreateBody",
    "MediaCreateBody",
    "NewsletterSubscriptionsCreateBody",
]

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {
    "GeoLocation": ".geo_location",
    "MediaBatchCreateBody": ".media_batch_create_body",
    "MediaCreateBody": ".media_create_body",
    "NewsletterSubscriptionsCreateBody": ".newsletter_subscriptions_create_body",
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
