"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

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
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "GeoLocation": ".geo_location",
            "MediaBatchCreateBody": ".media_batch_create_body",
            "MediaCreateBody": ".media_create_body",
            "NewsletterSubscriptionsCreateBody": ".newsletter_subscriptions_create_body",
        },
    )
