"""Clients for `n_2fa`."""

from __future__ import annotations

import functools
import typing

from accounts_naming._core import AsyncBaseClient, SyncBaseClient

if typing.TYPE_CHECKING:
    from accounts_naming.resources.n_2fa.challenges.client import (
        AsyncChallengesClient,
        ChallengesClient,
    )


class N2faClient:
    """Synchronous client for `n_2fa`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def challenges(self) -> ChallengesClient:
        from accounts_naming.resources.n_2fa.challenges.client import ChallengesClient

        return ChallengesClient(base_client=self._base_client)

    # @custom-begin N2faClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end N2faClient


class AsyncN2faClient:
    """Asynchronous client for `n_2fa`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def challenges(self) -> AsyncChallengesClient:
        from accounts_naming.resources.n_2fa.challenges.client import (
            AsyncChallengesClient,
        )

        return AsyncChallengesClient(base_client=self._base_client)

    # @custom-begin AsyncN2faClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncN2faClient
