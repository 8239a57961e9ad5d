"""The Schema Shapes API clients: `Client` (synchronous) and `AsyncClient` (asynchronous)."""

from __future__ import annotations

import functools
import os
import typing

import httpx
import typing_extensions

from schema_shapes._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    AuthScheme,
    NotGiven,
    SyncBaseClient,
    log_from_environment,
)
from schema_shapes._sdk import (
    BASE_URL_ENV,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    LOG_ENV,
    USER_AGENT,
)
from schema_shapes.environment import Environment

if typing.TYPE_CHECKING:
    from schema_shapes.resources.checks.client import (
        AsyncChecksClient,
        ChecksClient,
    )
    from schema_shapes.resources.documents.client import (
        AsyncDocumentsClient,
        DocumentsClient,
    )
    from schema_shapes.resources.keys.client import (
        AsyncKeysClient,
        KeysClient,
    )
    from schema_shapes.resources.sources.client import (
        AsyncSourcesClient,
        SourcesClient,
    )


def _auth() -> dict[str, AuthScheme]:
    return {}


class Client:
    """Synchronous client for the Schema Shapes API.

    Args:
        environment: The server to use; ignored when `base_url` is given.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `SCHEMA_SHAPES_BASE_URL`, then to `environment`.
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
        environment: Environment = Environment.PRODUCTION,
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
    def checks(self) -> ChecksClient:
        from schema_shapes.resources.checks.client import ChecksClient

        return ChecksClient(base_client=self._base_client)

    @functools.cached_property
    def documents(self) -> DocumentsClient:
        from schema_shapes.resources.documents.client import DocumentsClient

        return DocumentsClient(base_client=self._base_client)

    @functools.cached_property
    def keys(self) -> KeysClient:
        from schema_shapes.resources.keys.client import KeysClient

        return KeysClient(base_client=self._base_client)

    @functools.cached_property
    def sources(self) -> SourcesClient:
        from schema_shapes.resources.sources.client import SourcesClient

        return SourcesClient(base_client=self._base_client)

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
    """Asynchronous client for the Schema Shapes API.

    Args:
        environment: The server to use; ignored when `base_url` is given.
        base_url: The API's address, an absolute `http://` or `https://` URL without a
            query or fragment. Defaults to the environment variable
            `SCHEMA_SHAPES_BASE_URL`, then to `environment`.
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
        environment: Environment = Environment.PRODUCTION,
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
    def checks(self) -> AsyncChecksClient:
        from schema_shapes.resources.checks.client import AsyncChecksClient

        return AsyncChecksClient(base_client=self._base_client)

    @functools.cached_property
    def documents(self) -> AsyncDocumentsClient:
        from schema_shapes.resources.documents.client import AsyncDocumentsClient

        return AsyncDocumentsClient(base_client=self._base_client)

    @functools.cached_property
    def keys(self) -> AsyncKeysClient:
        from schema_shapes.resources.keys.client import AsyncKeysClient

        return AsyncKeysClient(base_client=self._base_client)

    @functools.cached_property
    def sources(self) -> AsyncSourcesClient:
        from schema_shapes.resources.sources.client import AsyncSourcesClient

        return AsyncSourcesClient(base_client=self._base_client)

    async def close(self) -> None:
        """Close the HTTP connections (not those of an `http_client` you passed in)."""
        await self._base_client.aclose()

    async def __aenter__(self) -> typing_extensions.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._base_client!r})"
