"""The Payments Gateway API clients: `Client` (synchronous) and `AsyncClient` (asynchronous)."""

from __future__ import annotations

import functools
import os
import typing

import httpx
import typing_extensions

from payments_gateway._core import (
    NOT_GIVEN,
    ApiKeyAuth,
    AsyncBaseClient,
    AuthScheme,
    BasicAuth,
    BearerAuth,
    NotGiven,
    SyncBaseClient,
    credential,
    log_from_environment,
    server_url,
)
from payments_gateway._sdk import (
    BASE_URL_ENV,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    LOG_ENV,
    SERVER_TEMPLATES,
    USER_AGENT,
)
from payments_gateway.environment import Environment

if typing.TYPE_CHECKING:
    from payments_gateway.resources.accounts.client import (
        AccountsClient,
        AsyncAccountsClient,
    )
    from payments_gateway.resources.auth.client import (
        AsyncAuthClient,
        AuthClient,
    )
    from payments_gateway.resources.dashboard.client import (
        AsyncDashboardClient,
        DashboardClient,
    )
    from payments_gateway.resources.health.client import (
        AsyncHealthClient,
        HealthClient,
    )
    from payments_gateway.resources.payments.client import (
        AsyncPaymentsClient,
        PaymentsClient,
    )
    from payments_gateway.resources.public.client import (
        AsyncPublicClient,
        PublicClient,
    )


def _auth(
    api_key_header: str | None,
    api_key_query: str | None,
    username: str | None,
    password: str | None,
    token: str | None,
    session_cookie: str | None,
) -> dict[str, AuthScheme]:
    return {
        "apiKeyHeader": ApiKeyAuth(
            credential(api_key_header, "PAYMENTS_GATEWAY_API_KEY_HEADER"),
            location="header",
            name="X-API-Key",
            hint="pass api_key_header=... to the client or set PAYMENTS_GATEWAY_API_KEY_HEADER",
        ),
        "apiKeyQuery": ApiKeyAuth(
            credential(api_key_query, "PAYMENTS_GATEWAY_API_KEY_QUERY"),
            location="query",
            name="api_key",
            hint="pass api_key_query=... to the client or set PAYMENTS_GATEWAY_API_KEY_QUERY",
        ),
        "basicAuth": BasicAuth(
            credential(username, "PAYMENTS_GATEWAY_USERNAME"),
            credential(password, "PAYMENTS_GATEWAY_PASSWORD"),
            hint="pass username=..., password=... to the client or set PAYMENTS_GATEWAY_USERNAME and PAYMENTS_GATEWAY_PASSWORD",
        ),
        "bearerAuth": BearerAuth(
            credential(token, "PAYMENTS_GATEWAY_API_TOKEN"),
            hint="pass token=... to the client or set PAYMENTS_GATEWAY_API_TOKEN",
        ),
        "sessionCookie": ApiKeyAuth(
            credential(session_cookie, "PAYMENTS_GATEWAY_SESSION_COOKIE"),
            location="cookie",
            name="pg_session",
            hint="pass session_cookie=... to the client or set PAYMENTS_GATEWAY_SESSION_COOKIE",
        ),
    }


class Client:
    """Synchronous client for the Payments Gateway API.

    Args:
        api_key_header: The API key sent in the header `X-API-Key`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_KEY_HEADER`.
        api_key_query: The API key sent in the query `api_key`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_KEY_QUERY`.
        username: The HTTP basic auth username. Defaults to the environment variable `PAYMENTS_GATEWAY_USERNAME`.
        password: The HTTP basic auth password. Defaults to the environment variable `PAYMENTS_GATEWAY_PASSWORD`.
        token: The bearer token sent as `Authorization: Bearer …`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_TOKEN`.
        session_cookie: The API key sent in the cookie `pg_session`. Defaults to the environment variable `PAYMENTS_GATEWAY_SESSION_COOKIE`.
        environment: The server to use; ignored when `base_url` is given.
        region: Data residency region. Fills `{region}` in the server's URL (default: 'eu' for REGIONAL_ENDPOINT); for another server, leave it unset.
        tenant: Your tenant's sub-domain. Fills `{tenant}` in the server's URL (default: 'acme' for DEDICATED_TENANT_A_FREE_FORM_VARIABLE); for another server, leave it unset.
        version: Fills `{version}` in the server's URL (default: 'v2' for REGIONAL_ENDPOINT); for another server, leave it unset.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `PAYMENTS_GATEWAY_BASE_URL`, then to `environment`.
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
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        session_cookie: str | None = None,
        environment: Environment = Environment.PRODUCTION,
        region: typing.Literal["eu", "us", "apac"] | None = None,
        tenant: str | None = None,
        version: typing.Literal["v1", "v2"] | None = None,
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
            base_url=base_url
            or os.environ.get(BASE_URL_ENV)
            or server_url(
                environment,
                SERVER_TEMPLATES,
                {
                    "region": ("region", region),
                    "tenant": ("tenant", tenant),
                    "version": ("version", version),
                },
            ),
            auth=_auth(
                api_key_header, api_key_query, username, password, token, session_cookie
            ),
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
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        session_cookie: str | None = None,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: typing.Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: typing.Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with some options changed, sharing its connection pool."""
        auth: dict[str, AuthScheme] | NotGiven = NOT_GIVEN
        if (
            api_key_header is not None
            or api_key_query is not None
            or username is not None
            or password is not None
            or token is not None
            or session_cookie is not None
        ):
            auth = _auth(
                api_key_header, api_key_query, username, password, token, session_cookie
            )
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
    def accounts(self) -> AccountsClient:
        from payments_gateway.resources.accounts.client import AccountsClient

        return AccountsClient(base_client=self._base_client)

    @functools.cached_property
    def auth(self) -> AuthClient:
        from payments_gateway.resources.auth.client import AuthClient

        return AuthClient(base_client=self._base_client)

    @functools.cached_property
    def dashboard(self) -> DashboardClient:
        from payments_gateway.resources.dashboard.client import DashboardClient

        return DashboardClient(base_client=self._base_client)

    @functools.cached_property
    def health(self) -> HealthClient:
        from payments_gateway.resources.health.client import HealthClient

        return HealthClient(base_client=self._base_client)

    @functools.cached_property
    def payments(self) -> PaymentsClient:
        from payments_gateway.resources.payments.client import PaymentsClient

        return PaymentsClient(base_client=self._base_client)

    @functools.cached_property
    def public(self) -> PublicClient:
        from payments_gateway.resources.public.client import PublicClient

        return PublicClient(base_client=self._base_client)

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
    """Asynchronous client for the Payments Gateway API.

    Args:
        api_key_header: The API key sent in the header `X-API-Key`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_KEY_HEADER`.
        api_key_query: The API key sent in the query `api_key`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_KEY_QUERY`.
        username: The HTTP basic auth username. Defaults to the environment variable `PAYMENTS_GATEWAY_USERNAME`.
        password: The HTTP basic auth password. Defaults to the environment variable `PAYMENTS_GATEWAY_PASSWORD`.
        token: The bearer token sent as `Authorization: Bearer …`. Defaults to the environment variable `PAYMENTS_GATEWAY_API_TOKEN`.
        session_cookie: The API key sent in the cookie `pg_session`. Defaults to the environment variable `PAYMENTS_GATEWAY_SESSION_COOKIE`.
        environment: The server to use; ignored when `base_url` is given.
        region: Data residency region. Fills `{region}` in the server's URL (default: 'eu' for REGIONAL_ENDPOINT); for another server, leave it unset.
        tenant: Your tenant's sub-domain. Fills `{tenant}` in the server's URL (default: 'acme' for DEDICATED_TENANT_A_FREE_FORM_VARIABLE); for another server, leave it unset.
        version: Fills `{version}` in the server's URL (default: 'v2' for REGIONAL_ENDPOINT); for another server, leave it unset.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `PAYMENTS_GATEWAY_BASE_URL`, then to `environment`.
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
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        session_cookie: str | None = None,
        environment: Environment = Environment.PRODUCTION,
        region: typing.Literal["eu", "us", "apac"] | None = None,
        tenant: str | None = None,
        version: typing.Literal["v1", "v2"] | None = None,
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
            base_url=base_url
            or os.environ.get(BASE_URL_ENV)
            or server_url(
                environment,
                SERVER_TEMPLATES,
                {
                    "region": ("region", region),
                    "tenant": ("tenant", tenant),
                    "version": ("version", version),
                },
            ),
            auth=_auth(
                api_key_header, api_key_query, username, password, token, session_cookie
            ),
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
        api_key_header: str | None = None,
        api_key_query: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        session_cookie: str | None = None,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: typing.Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: typing.Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> typing_extensions.Self:
        """A copy of this client with some options changed, sharing its connection pool."""
        auth: dict[str, AuthScheme] | NotGiven = NOT_GIVEN
        if (
            api_key_header is not None
            or api_key_query is not None
            or username is not None
            or password is not None
            or token is not None
            or session_cookie is not None
        ):
            auth = _auth(
                api_key_header, api_key_query, username, password, token, session_cookie
            )
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
    def accounts(self) -> AsyncAccountsClient:
        from payments_gateway.resources.accounts.client import AsyncAccountsClient

        return AsyncAccountsClient(base_client=self._base_client)

    @functools.cached_property
    def auth(self) -> AsyncAuthClient:
        from payments_gateway.resources.auth.client import AsyncAuthClient

        return AsyncAuthClient(base_client=self._base_client)

    @functools.cached_property
    def dashboard(self) -> AsyncDashboardClient:
        from payments_gateway.resources.dashboard.client import AsyncDashboardClient

        return AsyncDashboardClient(base_client=self._base_client)

    @functools.cached_property
    def health(self) -> AsyncHealthClient:
        from payments_gateway.resources.health.client import AsyncHealthClient

        return AsyncHealthClient(base_client=self._base_client)

    @functools.cached_property
    def payments(self) -> AsyncPaymentsClient:
        from payments_gateway.resources.payments.client import AsyncPaymentsClient

        return AsyncPaymentsClient(base_client=self._base_client)

    @functools.cached_property
    def public(self) -> AsyncPublicClient:
        from payments_gateway.resources.public.client import AsyncPublicClient

        return AsyncPublicClient(base_client=self._base_client)

    async def close(self) -> None:
        """Close the HTTP connections (not those of an `http_client` you passed in)."""
        await self._base_client.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_client!r})"
