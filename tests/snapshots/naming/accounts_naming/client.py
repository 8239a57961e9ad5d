"""The Accounts Naming API clients: `Client` (synchronous) and `AsyncClient` (asynchronous)."""

from __future__ import annotations

import functools
import os
import typing

import httpx
import typing_extensions

from accounts_naming._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    AuthScheme,
    NotGiven,
    SyncBaseClient,
    log_from_environment,
)
from accounts_naming._sdk import (
    BASE_URL_ENV,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    LOG_ENV,
    USER_AGENT,
)
from accounts_naming.environment import Environment

if typing.TYPE_CHECKING:
    from accounts_naming.resources.catalog.client import (
        AsyncCatalogClient,
        CatalogClient,
    )
    from accounts_naming.resources.models.client import (
        AsyncModelsClient,
        ModelsClient,
    )
    from accounts_naming.resources.n_2fa.client import (
        AsyncN2faClient,
        N2faClient,
    )
    from accounts_naming.resources.pets.client import (
        AsyncPetsClient,
        PetsClient,
    )
    from accounts_naming.resources.profiles.client import (
        AsyncProfilesClient,
        ProfilesClient,
    )
    from accounts_naming.resources.reports.client import (
        AsyncReportsClient,
        ReportsClient,
    )
    from accounts_naming.resources.search.client import (
        AsyncSearchClient,
        SearchClient,
    )
    from accounts_naming.resources.user_groups.client import (
        AsyncUserGroupsClient,
        UserGroupsClient,
    )
    from accounts_naming.resources.users.client import (
        AsyncUsersClient,
        UsersClient,
    )


def _auth() -> dict[str, AuthScheme]:
    return {}


class Client:
    """Synchronous client for the Accounts Naming API.

    Args:
        environment: The server to use; ignored when `base_url` is given.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `ACCOUNTS_NAMING_BASE_URL`, then to `environment`.
        timeout: The most seconds a call may take from start to finish: connecting,
            sending the request, waiting for and reading the response, and every
            retry and wait between retries. A call still running then raises
            `APITimeoutError`, and a retry that would not fit in the time left is not
            made (the last error is raised instead). For an event stream the limit
            covers the call until the response starts; each read of the stream then
            waits at most `timeout` seconds. `None` means no limit. An `httpx.Timeout`
            instead sets httpx's own limits on each connect, read, write and wait for
            a pooled connection, with no limit on the call as a whole.
        max_retries: How many times a failed request is retried (see the README).
        max_response_bytes: The largest response body accepted, in bytes after
            decompression (default 64 MiB; `None` means no limit). Reading stops as
            soon as a body passes it, and the call raises `ResponseTooLargeError`.
        default_headers: Headers sent with every request.
        default_query: Query parameters sent with every request (an operation's own
            argument of the same name replaces one).
        http_client: An `httpx.Client` to send requests with; the client does
            not close a client it was given. Redirects are followed by the SDK, whatever
            its `follow_redirects`, and `timeout` applies to its connections too.
        httpx_client: Another name for `http_client`, as other SDKs call it.
    """

    def __init__(
        self,
        *,
        environment: Environment = Environment.SERVER_1,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: typing.Mapping[str, str] | None = None,
        default_query: typing.Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        log_from_environment(LOG_ENV)
        self._base_client = SyncBaseClient(
            base_url=base_url or os.environ.get(BASE_URL_ENV) or environment.value,
            auth=_auth(),
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers or {},
            default_query=default_query,
            user_agent=USER_AGENT,
            http_client=http_client if http_client is not None else httpx_client,
        )

    @classmethod
    def _wrap(cls, base_client: SyncBaseClient) -> typing_extensions.Self:
        client = cls.__new__(cls)
        client._base_client = base_client
        return client

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: typing.Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: typing.Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with some options changed, sharing its connection pool."""
        auth: dict[str, AuthScheme] | NotGiven = NOT_GIVEN
        return self._wrap(
            self._base_client.copy(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                max_response_bytes=max_response_bytes,
                default_headers=default_headers,
                default_query=default_query,
                auth=auth,
            )
        )

    @functools.cached_property
    def catalog(self) -> CatalogClient:
        from accounts_naming.resources.catalog.client import CatalogClient

        return CatalogClient(base_client=self._base_client)

    @functools.cached_property
    def models(self) -> ModelsClient:
        from accounts_naming.resources.models.client import ModelsClient

        return ModelsClient(base_client=self._base_client)

    @functools.cached_property
    def n_2fa(self) -> N2faClient:
        from accounts_naming.resources.n_2fa.client import N2faClient

        return N2faClient(base_client=self._base_client)

    @functools.cached_property
    def pets(self) -> PetsClient:
        from accounts_naming.resources.pets.client import PetsClient

        return PetsClient(base_client=self._base_client)

    @functools.cached_property
    def profiles(self) -> ProfilesClient:
        from accounts_naming.resources.profiles.client import ProfilesClient

        return ProfilesClient(base_client=self._base_client)

    @functools.cached_property
    def reports(self) -> ReportsClient:
        from accounts_naming.resources.reports.client import ReportsClient

        return ReportsClient(base_client=self._base_client)

    @functools.cached_property
    def search(self) -> SearchClient:
        from accounts_naming.resources.search.client import SearchClient

        return SearchClient(base_client=self._base_client)

    @functools.cached_property
    def user_groups(self) -> UserGroupsClient:
        from accounts_naming.resources.user_groups.client import UserGroupsClient

        return UserGroupsClient(base_client=self._base_client)

    @functools.cached_property
    def users(self) -> UsersClient:
        from accounts_naming.resources.users.client import UsersClient

        return UsersClient(base_client=self._base_client)

    def close(self) -> None:
        """Close the HTTP connections (not those of an `http_client` you passed in)."""
        self._base_client.close()

    def __enter__(self) -> typing_extensions.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_client!r})"


class AsyncClient:
    """Asynchronous client for the Accounts Naming API.

    Args:
        environment: The server to use; ignored when `base_url` is given.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `ACCOUNTS_NAMING_BASE_URL`, then to `environment`.
        timeout: The most seconds a call may take from start to finish: connecting,
            sending the request, waiting for and reading the response, and every
            retry and wait between retries. A call still running then raises
            `APITimeoutError`, and a retry that would not fit in the time left is not
            made (the last error is raised instead). For an event stream the limit
            covers the call until the response starts; each read of the stream then
            waits at most `timeout` seconds. `None` means no limit. An `httpx.Timeout`
            instead sets httpx's own limits on each connect, read, write and wait for
            a pooled connection, with no limit on the call as a whole.
        max_retries: How many times a failed request is retried (see the README).
        max_response_bytes: The largest response body accepted, in bytes after
            decompression (default 64 MiB; `None` means no limit). Reading stops as
            soon as a body passes it, and the call raises `ResponseTooLargeError`.
        default_headers: Headers sent with every request.
        default_query: Query parameters sent with every request (an operation's own
            argument of the same name replaces one).
        http_client: An `httpx.AsyncClient` to send requests with; the client does
            not close a client it was given. Redirects are followed by the SDK, whatever
            its `follow_redirects`, and `timeout` applies to its connections too.
        httpx_client: Another name for `http_client`, as other SDKs call it.
    """

    def __init__(
        self,
        *,
        environment: Environment = Environment.SERVER_1,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: typing.Mapping[str, str] | None = None,
        default_query: typing.Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        log_from_environment(LOG_ENV)
        self._base_client = AsyncBaseClient(
            base_url=base_url or os.environ.get(BASE_URL_ENV) or environment.value,
            auth=_auth(),
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers or {},
            default_query=default_query,
            user_agent=USER_AGENT,
            http_client=http_client if http_client is not None else httpx_client,
        )

    @classmethod
    def _wrap(cls, base_client: AsyncBaseClient) -> typing_extensions.Self:
        client = cls.__new__(cls)
        client._base_client = base_client
        return client

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: typing.Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: typing.Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with some options changed, sharing its connection pool."""
        auth: dict[str, AuthScheme] | NotGiven = NOT_GIVEN
        return self._wrap(
            self._base_client.copy(
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                max_response_bytes=max_response_bytes,
                default_headers=default_headers,
                default_query=default_query,
                auth=auth,
            )
        )

    @functools.cached_property
    def catalog(self) -> AsyncCatalogClient:
        from accounts_naming.resources.catalog.client import AsyncCatalogClient

        return AsyncCatalogClient(base_client=self._base_client)

    @functools.cached_property
    def models(self) -> AsyncModelsClient:
        from accounts_naming.resources.models.client import AsyncModelsClient

        return AsyncModelsClient(base_client=self._base_client)

    @functools.cached_property
    def n_2fa(self) -> AsyncN2faClient:
        from accounts_naming.resources.n_2fa.client import AsyncN2faClient

        return AsyncN2faClient(base_client=self._base_client)

    @functools.cached_property
    def pets(self) -> AsyncPetsClient:
        from accounts_naming.resources.pets.client import AsyncPetsClient

        return AsyncPetsClient(base_client=self._base_client)

    @functools.cached_property
    def profiles(self) -> AsyncProfilesClient:
        from accounts_naming.resources.profiles.client import AsyncProfilesClient

        return AsyncProfilesClient(base_client=self._base_client)

    @functools.cached_property
    def reports(self) -> AsyncReportsClient:
        from accounts_naming.resources.reports.client import AsyncReportsClient

        return AsyncReportsClient(base_client=self._base_client)

    @functools.cached_property
    def search(self) -> AsyncSearchClient:
        from accounts_naming.resources.search.client import AsyncSearchClient

        return AsyncSearchClient(base_client=self._base_client)

    @functools.cached_property
    def user_groups(self) -> AsyncUserGroupsClient:
        from accounts_naming.resources.user_groups.client import AsyncUserGroupsClient

        return AsyncUserGroupsClient(base_client=self._base_client)

    @functools.cached_property
    def users(self) -> AsyncUsersClient:
        from accounts_naming.resources.users.client import AsyncUsersClient

        return AsyncUsersClient(base_client=self._base_client)

    async def close(self) -> None:
        """Close the HTTP connections (not those of an `http_client` you passed in)."""
        await self._base_client.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_client!r})"
