"""Clients for `newsletter`."""

from __future__ import annotations

import functools
import typing

from media_library._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from media_library.resources.newsletter.subscriptions.client import (
        AsyncSubscriptionsClient,
        SubscriptionsClient,
    )


class NewsletterClient:
    """Synchronous client for `newsletter`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def subscriptions(self) -> SubscriptionsClient:
        from media_library.resources.newsletter.subscriptions.client import (
            SubscriptionsClient,
        )

        return SubscriptionsClient(base_client=self._base_client)

    # @custom-begin NewsletterClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end NewsletterClient


class AsyncNewsletterClient:
    """Asynchronous client for `newsletter`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def subscriptions(self) -> AsyncSubscriptionsClient:
        from media_library.resources.newsletter.subscriptions.client import (
            AsyncSubscriptionsClient,
        )

        return AsyncSubscriptionsClient(base_client=self._base_client)

    # @custom-begin AsyncNewsletterClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncNewsletterClient
