"""The HTTP machinery shared by every generated client.

``BaseClient`` holds all the decisions: building requests, choosing and applying
credentials, retry decisions and delays, error mapping, response parsing and
logging. ``SyncBaseClient`` and ``AsyncBaseClient`` add only the send loop, which is
the one part that differs between ``httpx.Client`` and ``httpx.AsyncClient``.
"""

from __future__ import annotations

import abc
import asyncio
import dataclasses
import logging
import random
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
from typing_extensions import Self

from .auth import AuthScheme, Redactor, RequestParts
from .encoding import (
    apply_query_styles,
    encode_cookies,
    encode_headers,
    encode_json_body,
    encode_multipart,
    encode_query,
    form_fields,
    format_path,
    read_content,
    read_file,
)
from .endpoint import Endpoint
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    status_error_class,
)
from .not_given import NOT_GIVEN, NotGiven
from .parsing import parse_error_body, parse_response, select_error_type, summarize_body
from .raw_response import record_response
from .request_options import RequestOptions
from .retries import RetryDecision, decide_for_exception, decide_for_response
from .streaming import AsyncStream, Stream

__all__ = ["AsyncBaseClient", "BaseClient", "SyncBaseClient"]

# The SDK's own logger, named after its package: this module is ``<package>._core.base_client``.
log = logging.getLogger(__name__.rsplit(".", 2)[0])

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class _Call:
    """Everything about one call that stays the same across its attempts."""

    endpoint: Endpoint[Any]
    url: str
    params: tuple[tuple[str, str], ...]
    headers: httpx.Headers
    cookies: dict[str, str]
    content: bytes | None
    # multipart bodies are encoded per attempt, so that each gets a fresh boundary
    multipart_fields: tuple[tuple[str, str, str | None], ...] | None
    multipart_files: tuple[tuple[str, tuple[str, bytes, str]], ...]
    timeout: float | httpx.Timeout | None
    max_retries: int
    stream: bool

    @property
    def method(self) -> str:
        return self.endpoint.method

    @property
    def operation(self) -> str:
        return self.endpoint.operation

    @property
    def name(self) -> str:
        """How messages name the call: ``v1.lip_sync.create (POST /v1/lip-sync)``."""
        return self.endpoint.name


@dataclasses.dataclass(frozen=True)
class _Retry:
    delay: float


@dataclasses.dataclass(frozen=True)
class _Done:
    value: Any


def _any_given(*parts: object) -> bool:
    """Whether any body argument was given: a part that is not ``NOT_GIVEN`` or ``None``,
    or (for the mappings of flattened arguments) holds a value that is not ``NOT_GIVEN``.
    """
    for part in parts:
        if isinstance(part, Mapping):
            if any(value is not NOT_GIVEN for value in part.values()):
                return True
        elif part is not NOT_GIVEN and part is not None:
            return True
    return False


class BaseClient(Generic[_HttpxClientT], abc.ABC):
    """State and decision logic common to the sync and async clients."""

    _client: _HttpxClientT
    _owns_client: bool
    _base_url: str
    # Whether the caller chose the base URL: then every request goes there, even one to an
    # operation that names its own server (``Endpoint.base_url``).
    _base_url_fixed: bool
    _auth: dict[str, AuthScheme]
    _timeout: float | httpx.Timeout
    _max_retries: int
    _default_headers: dict[str, str]
    _user_agent: str
    _redactor: Redactor
    # Jitter source; replaceable so tests can make backoff deterministic.
    _random: Callable[[], float]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: _HttpxClientT | None,
        base_url_fixed: bool = False,
    ) -> None:
        owns_client = http_client is None
        self._configure(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            client=(
                self._create_http_client(timeout)
                if http_client is None
                else http_client
            ),
            owns_client=owns_client,
        )
        self._random = random.random

    def _configure(
        self,
        *,
        base_url: str,
        base_url_fixed: bool,
        auth: Mapping[str, AuthScheme],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str],
        user_agent: str,
        client: _HttpxClientT,
        owns_client: bool,
    ) -> None:
        if not base_url:
            raise ValueError("base_url must not be empty")
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        self._base_url = base_url
        self._base_url_fixed = base_url_fixed
        self._auth = dict(auth)
        self._timeout = timeout
        self._max_retries = max_retries
        self._default_headers = dict(default_headers)
        self._user_agent = user_agent
        self._client = client
        self._owns_client = owns_client
        self._redactor = Redactor.from_auth(self._auth)

    @abc.abstractmethod
    def _create_http_client(self, timeout: float | httpx.Timeout) -> _HttpxClientT:
        """The HTTP client to use when the caller supplied none."""

    def _copy_runtime_state(self, new: Self) -> None:
        new._random = self._random

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float | httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def copy(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        auth: Mapping[str, AuthScheme] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with some options changed, sharing this one's HTTP connection pool.

        ``default_headers`` are merged over the current ones; ``auth`` replaces the
        current schemes; a ``base_url`` given here is the caller's choice, used for
        every operation (also one that names its own server). The HTTP client stays owned by the original: closing the copy
        does not close it, and the copy is unusable once the original is closed.

        The copy is made without calling ``__init__`` and carries only the base
        client's own state, so a subclass should create any per-instance state of its
        own lazily (e.g. with ``functools.cached_property``) or extend this method.
        """
        new = object.__new__(type(self))
        new._configure(
            base_url=self._base_url if isinstance(base_url, NotGiven) else base_url,
            base_url_fixed=self._base_url_fixed or not isinstance(base_url, NotGiven),
            auth=self._auth if isinstance(auth, NotGiven) else auth,
            timeout=self._timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=(
                self._max_retries if isinstance(max_retries, NotGiven) else max_retries
            ),
            default_headers=(
                self._default_headers
                if isinstance(default_headers, NotGiven)
                else {**self._default_headers, **default_headers}
            ),
            user_agent=self._user_agent,
            client=self._client,
            owns_client=False,
        )
        self._copy_runtime_state(new)
        return new

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._redactor.url(self._base_url)!r}, "
            f"timeout={self._timeout!r}, max_retries={self._max_retries})"
        )

    # -- building a request ----------------------------------------------------------

    def _select_auth(
        self, operation: str, security: Sequence[Sequence[str]]
    ) -> list[AuthScheme]:
        """The schemes of the first satisfiable security alternative.

        Alternatives are tried in order; each lists schemes that must all be set. An
        empty alternative means authentication is optional.
        """
        if not security:
            return []
        alternatives = [
            (alt,) if isinstance(alt, str) else tuple(alt) for alt in security
        ]
        # An alternative whose credentials are all set wins over "no authentication"
        # (`{}`), wherever that stands in the list: a token the caller gave is sent.
        for alternative in sorted(alternatives, key=lambda alt: not alt):
            schemes = [self._auth.get(name) for name in alternative]
            if all(scheme is not None and scheme.is_set for scheme in schemes):
                return [scheme for scheme in schemes if scheme is not None]
        hints = []
        for name in alternatives[0]:
            scheme = self._auth.get(name)
            if scheme is None:
                hints.append(
                    f"security scheme {name!r} is not configured on this client"
                )
            elif not scheme.is_set:
                hints.append(scheme.hint)
        raise MissingCredentialsError(
            f"{operation} requires credentials that are not set: {'; and '.join(hints)}"
        )

    def _prepare_call(
        self,
        endpoint: Endpoint[Any],
        *,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        cookies: Mapping[str, object] | None,
        json: object,
        form: Mapping[str, object] | None,
        files: Mapping[str, object] | None,
        content: object,
        request_options: RequestOptions | None,
        stream: bool,
    ) -> _Call:
        options: RequestOptions = request_options or {}
        schemes = self._select_auth(endpoint.operation, endpoint.security)
        extra_body = options.get("extra_body")
        multipart_fields: tuple[tuple[str, str, str | None], ...] | None = None
        multipart_files: tuple[tuple[str, tuple[str, bytes, str]], ...] = ()
        content_type: str | None = None
        body: bytes | None = None
        if endpoint.optional_body and not extra_body:
            if not _any_given(json, form, files, content):
                json, form, files, content = NOT_GIVEN, None, None, NOT_GIVEN
        if endpoint.multipart and (form is not None or files is not None):
            multipart_fields = tuple(
                form_fields({**(form or {}), **(extra_body or {})})
            )
            multipart_files = tuple(
                (name, read_file(item, name))
                for name, value in (files or {}).items()
                if value is not NOT_GIVEN and value is not None
                for item in (value if isinstance(value, list) else [value])
            )
        elif form is not None:
            fields = form_fields({**form, **(extra_body or {})})
            body = urllib.parse.urlencode([(n, v) for n, v, _ in fields]).encode(
                "ascii"
            )
            content_type = "application/x-www-form-urlencoded"
        elif content is not NOT_GIVEN:
            body = read_content(content)
            content_type = endpoint.content_type or "application/octet-stream"
        else:
            body = encode_json_body(json, extra_body)
            content_type = "application/json" if body is not None else None

        all_headers = httpx.Headers(
            {"User-Agent": self._user_agent, "Accept": endpoint.accept}
        )
        all_headers.update(self._default_headers)
        if content_type is not None:
            all_headers["Content-Type"] = content_type
        all_headers.update(encode_headers(headers))
        parts = RequestParts(
            headers=all_headers,
            params=encode_query(apply_query_styles(query, endpoint.query_styles)),
            cookies=encode_cookies(cookies),
        )
        for scheme in schemes:
            scheme.apply(parts)
        # Per-call extras go last so that they can override anything, even credentials.
        extra_query = encode_query(
            options.get("additional_params"), options.get("extra_query")
        )
        extra_names = {name for name, _ in extra_query}
        params = [(k, v) for k, v in parts.params if k not in extra_names]
        params.extend(extra_query)
        parts.headers.update(options.get("additional_headers") or {})
        parts.headers.update(options.get("extra_headers") or {})

        max_retries = options.get("max_retries", self._max_retries)
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        return _Call(
            endpoint=endpoint,
            url=self._url_base(endpoint).rstrip("/")
            + format_path(endpoint.path, path_params),
            params=tuple(params),
            headers=parts.headers,
            cookies=parts.cookies,
            content=body,
            multipart_fields=multipart_fields,
            multipart_files=multipart_files,
            timeout=options["timeout"] if "timeout" in options else self._timeout,
            max_retries=max_retries,
            stream=stream,
        )

    def _url_base(self, endpoint: Endpoint[Any]) -> str:
        """The operation's own server, unless the caller chose the base URL. A relative
        server URL (``/v2``) is relative to the client's base URL."""
        if endpoint.base_url is None or self._base_url_fixed:
            return self._base_url
        return str(httpx.URL(self._base_url).join(endpoint.base_url))

    def _build_request(self, call: _Call) -> httpx.Request:
        # Built afresh for every attempt, so that nothing one attempt did to the
        # request (cookie headers, consumed streams) leaks into the next.
        headers, content = call.headers, call.content
        if call.multipart_fields is not None:
            content, content_type = encode_multipart(
                call.multipart_fields, call.multipart_files
            )
            headers = httpx.Headers(headers)
            headers["Content-Type"] = content_type
        request = self._client.build_request(
            call.method,
            call.url,
            params=call.params,
            headers=headers,
            cookies=call.cookies or None,
            content=content,
            timeout=call.timeout,
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request: %s %s",
                call.method,
                self._redactor.url(request.url),
                extra={"operation": call.operation},
            )
        return request

    # -- handling the outcome of an attempt ------------------------------------------

    def _log_retry(
        self,
        call: _Call,
        request: httpx.Request,
        decision: RetryDecision,
        retries_taken: int,
    ) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        url = self._redactor.url(request.url)
        if decision.retry:
            log.debug(
                "Retrying %s %s in %.2f s (attempt %d of %d) because %s",
                call.method,
                url,
                decision.delay,
                retries_taken + 2,
                call.max_retries + 1,
                decision.reason,
                extra={"operation": call.operation},
            )
        else:
            log.debug(
                "Not retrying %s %s because %s",
                call.method,
                url,
                decision.reason,
                extra={"operation": call.operation},
            )

    def _attempts_note(self, retries_taken: int) -> str:
        return f" after {retries_taken + 1} attempts" if retries_taken else ""

    def _handle_response(
        self, call: _Call, response: httpx.Response, retries_taken: int, elapsed: float
    ) -> _Retry | _Done:
        """Parse a 2xx response, or decide to retry, or raise the status error."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Response: %s %s -> %d (%.3f s)",
                call.method,
                self._redactor.url(response.request.url),
                response.status_code,
                elapsed,
                extra={"operation": call.operation},
            )
        if response.is_success:
            record_response(response, retries_taken)
            if call.stream:
                return _Done(
                    response
                )  # the send loop wraps it in a (sync or async) stream
            return _Done(
                parse_response(response, call.endpoint.response_type, call=call.name)
            )
        decision = decide_for_response(
            call.method,
            response,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        self._log_retry(call, response.request, decision, retries_taken)
        if decision.retry:
            return _Retry(decision.delay)
        record_response(response, retries_taken)
        raise self._status_error(call, response, retries_taken)

    def _status_error(
        self, call: _Call, response: httpx.Response, retries_taken: int
    ) -> APIStatusError:
        body, parsed = parse_error_body(
            response, select_error_type(response.status_code, call.endpoint.error_types)
        )
        summary = f" - {summarize_body(body)}" if body is not None else ""
        message = (
            f"Error code: {response.status_code}{summary} "
            f"({call.method} {self._redactor.url(response.request.url)})"
            f"{self._attempts_note(retries_taken)}"
        )
        error_class = status_error_class(response.status_code)
        return error_class(
            self._redactor.text(message), response=response, body=body, parsed=parsed
        )

    def _handle_exception(
        self,
        call: _Call,
        request: httpx.Request,
        exc: httpx.RequestError,
        retries_taken: int,
    ) -> _Retry:
        """Decide to retry after a failed attempt, or raise the mapped error."""
        decision = decide_for_exception(
            call.method,
            exc,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request failed: %s %s: %s",
                call.method,
                self._redactor.url(request.url),
                type(exc).__name__,
                extra={"operation": call.operation},
            )
        self._log_retry(call, request, decision, retries_taken)
        if decision.retry:
            return _Retry(decision.delay)
        where = f"{call.method} {self._redactor.url(request.url)}"
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        note = self._attempts_note(retries_taken)
        if isinstance(exc, httpx.TimeoutException):
            message = f"Request timed out: {where} ({detail}){note}"
            raise APITimeoutError(
                self._redactor.text(message), request=request
            ) from exc
        message = f"Connection error: {where} ({detail}){note}"
        raise APIConnectionError(self._redactor.text(message), request=request) from exc


class SyncBaseClient(BaseClient[httpx.Client]):
    """The base of generated synchronous clients."""

    # How the client waits between retries; replaceable so tests can fake the clock.
    _sleep: Callable[[float], None]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: httpx.Client | None,
        base_url_fixed: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            http_client=http_client,
        )
        self._sleep = time.sleep

    def _create_http_client(self, timeout: float | httpx.Timeout) -> httpx.Client:
        return httpx.Client(timeout=timeout, follow_redirects=True)

    def _copy_runtime_state(self, new: Self) -> None:
        super()._copy_runtime_state(new)
        new._sleep = self._sleep

    def close(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: object = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> T:
        """Make one call of ``endpoint``, with retries, and return its parsed result."""
        call = self._prepare_call(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            request_options=request_options,
            stream=False,
        )
        result: T = self._send(call)
        return result

    def stream(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: object = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Stream[T]:
        """Make one call of ``endpoint`` and iterate over the events it sends back."""
        call = self._prepare_call(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            request_options=request_options,
            stream=True,
        )
        response: httpx.Response = self._send(call)
        return Stream(response, endpoint.response_type, call.name)

    def _send(self, call: _Call) -> Any:
        """The send loop: attempts and retries until a result or an error."""
        retries_taken = 0
        while True:
            request = self._build_request(call)
            started = time.monotonic()
            outcome: _Retry | _Done
            try:
                response = self._client.send(request, stream=call.stream)
                if call.stream and not response.is_success:
                    response.read()
            except httpx.RequestError as exc:
                outcome = self._handle_exception(call, request, exc, retries_taken)
            else:
                elapsed = time.monotonic() - started
                outcome = self._handle_response(call, response, retries_taken, elapsed)
            if isinstance(outcome, _Done):
                return outcome.value
            self._sleep(outcome.delay)
            retries_taken += 1


class AsyncBaseClient(BaseClient[httpx.AsyncClient]):
    """The base of generated asynchronous clients."""

    # How the client waits between retries; replaceable so tests can fake the clock.
    _sleep: Callable[[float], Awaitable[None]]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: httpx.AsyncClient | None,
        base_url_fixed: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            http_client=http_client,
        )
        self._sleep = asyncio.sleep

    def _create_http_client(self, timeout: float | httpx.Timeout) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, follow_redirects=True)

    def _copy_runtime_state(self, new: Self) -> None:
        super()._copy_runtime_state(new)
        new._sleep = self._sleep

    async def aclose(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def request(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: object = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> T:
        """Make one call of ``endpoint``, with retries, and return its parsed result."""
        call = self._prepare_call(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            request_options=request_options,
            stream=False,
        )
        result: T = await self._send(call)
        return result

    async def stream(
        self,
        endpoint: Endpoint[T],
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: object = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[T]:
        """Make one call of ``endpoint`` and iterate over the events it sends back."""
        call = self._prepare_call(
            endpoint,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            request_options=request_options,
            stream=True,
        )
        response: httpx.Response = await self._send(call)
        return AsyncStream(response, endpoint.response_type, call.name)

    async def _send(self, call: _Call) -> Any:
        """The send loop: attempts and retries until a result or an error."""
        retries_taken = 0
        while True:
            request = self._build_request(call)
            started = time.monotonic()
            outcome: _Retry | _Done
            try:
                response = await self._client.send(request, stream=call.stream)
                if call.stream and not response.is_success:
                    await response.aread()
            except httpx.RequestError as exc:
                outcome = self._handle_exception(call, request, exc, retries_taken)
            else:
                elapsed = time.monotonic() - started
                outcome = self._handle_response(call, response, retries_taken, elapsed)
            if isinstance(outcome, _Done):
                return outcome.value
            await self._sleep(outcome.delay)
            retries_taken += 1
