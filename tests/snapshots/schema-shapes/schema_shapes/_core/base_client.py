"""The HTTP machinery shared by every generated client.

``BaseClient`` holds all the decisions: building requests, choosing and applying
credentials, following redirects, retry decisions and delays, the call's deadline,
error mapping, reading and parsing responses, and logging. ``SyncBaseClient`` and
``AsyncBaseClient`` add only the sending and reading, the part that differs between
``httpx.Client`` and ``httpx.AsyncClient``.

Redirects are followed here, not by httpx (whatever the HTTP client's own
``follow_redirects``), so that credentials never leave their origin: see
:meth:`BaseClient._next_hop`.
"""

from __future__ import annotations

import abc
import asyncio
import logging
import math
import random
import sys
import time
import urllib.parse
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from types import TracebackType
from typing import Any, Generic, NamedTuple, TypeVar

import httpx
from typing_extensions import Self

from . import deadline
from .auth import AuthScheme, Redactor, RequestParts
from .deadline import Clock
from .encoding import (
    BodyAttempt,
    MultipartBody,
    StreamedBody,
    apply_query_styles,
    check_header,
    encode_cookies,
    encode_headers,
    encode_json_body,
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
    ClientClosedError,
    InvalidRequestError,
    MissingCredentialsError,
    RedirectError,
    ResponseTooLargeError,
    status_error_class,
)
from .not_given import NOT_GIVEN, NotGiven
from .pagination import AsyncPager, SyncPage
from .parsing import parse_error_body, parse_response, select_error_type, summarize_body
from .raw_response import record_response
from .reading import ACCEPT_ENCODING, BodyReader, BodyTooLarge
from .request_options import RequestOptions
from .retries import RetryDecision, decide_for_exception, decide_for_response
from .streamed_response import streamed_call
from .streaming import AsyncStream, Stream, answered_with_events
from .transports import AsyncHttpClient, HttpClient

__all__ = ["AsyncBaseClient", "BaseClient", "MAX_REDIRECTS", "SyncBaseClient"]

# The SDK's own logger, named after its package: this module is ``<package>._core.base_client``.
log = logging.getLogger(__name__.rsplit(".", 2)[0])

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
T = TypeVar("T")

# The longest chain of redirects followed within one attempt.
MAX_REDIRECTS = 10
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# What a request to another origin (after a redirect) carries: nothing else, since
# any other header, cookie or query parameter may be a credential.
_PORTABLE_HEADERS = ("User-Agent", "Accept", "Accept-Encoding")
_BODY_HEADERS = ("Content-Type", "Content-Length", "Transfer-Encoding")

Timeout = float | httpx.Timeout | None


# The records of a call are named tuples, not dataclasses: a dataclass writes and
# compiles its methods as its module is imported, which a process's first request
# waits for (about 0.4 ms each).


class _Call(NamedTuple):
    """Everything about one call that stays the same across its attempts."""

    endpoint: Endpoint[Any]
    url: str
    params: tuple[tuple[str, str], ...]
    headers: httpx.Headers
    cookies: dict[str, str]
    # A body held in memory, or one streamed from files or iterators (multipart
    # bodies are streamed, so that each attempt gets a fresh boundary).
    content: bytes | None
    body: StreamedBody | None
    # Credentials sent as query parameters: sent again after a same-origin redirect.
    auth_params: tuple[tuple[str, str], ...]
    timeout: Timeout
    max_retries: int
    max_response_bytes: int | None
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

    @property
    def has_body(self) -> bool:
        return self.content is not None or self.body is not None


class _Hop(NamedTuple):
    """Where a redirect leads, and what the request sent there keeps."""

    method: str
    url: httpx.URL
    keep_body: bool
    foreign: bool  # another origin than the call's: no credentials


class _Progress:
    """What a call has done so far, for the messages of errors that end it."""

    def __init__(self) -> None:
        self.request: httpx.Request | None = None
        self.retries_taken = 0
        # Request bodies being streamed in this attempt, closed when it ends.
        self.bodies: list[Any] = []


class _Retry(NamedTuple):
    delay: float


class _Done(NamedTuple):
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


def _is_answer(call: _Call, response: httpx.Response) -> bool:
    """Whether the response is the operation's result: a 2xx, or the redirect an
    operation documents as its answer."""
    return response.is_success or (
        call.endpoint.redirect_is_answer and 300 <= response.status_code < 400
    )


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def _check_base_url(base_url: str) -> None:
    """Refuse a ``base_url`` that operation paths cannot simply be appended to."""
    if not base_url:
        raise ValueError("base_url must not be empty")
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as error:
        raise ValueError(f"base_url is not a valid URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            "base_url must be an absolute http:// or https:// address, such as "
            "'https://api.example.com/v1'"
        )
    if url.userinfo:
        raise ValueError(
            "base_url must not contain a user name or password: pass credentials "
            "to the client's arguments, which keep them out of URLs and logs"
        )
    if "?" in base_url or url.query:
        raise ValueError(
            "base_url must not have a query string ('?...'): operation paths are "
            "appended to it; send fixed parameters with "
            "request_options={'extra_query': {...}}"
        )
    if "#" in base_url:
        raise ValueError("base_url must not have a fragment ('#...')")


def _check_timeout(timeout: object, where: str) -> None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ValueError(
            f"{where} must be a number of seconds above 0, an httpx.Timeout or None, "
            f"not {timeout!r}"
        )


def _check_size_limit(limit: object, where: str) -> None:
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"{where} must be a number of bytes (0 or more) or None")


class BaseClient(Generic[_HttpxClientT], abc.ABC):
    """State and decision logic common to the sync and async clients."""

    _client: _HttpxClientT
    _owns_client: bool
    _base_url: str
    # Whether the caller chose the base URL: then every request goes there, even one to an
    # operation that names its own server (``Endpoint.base_url``).
    _base_url_fixed: bool
    _auth: dict[str, AuthScheme]
    _timeout: Timeout
    _max_retries: int
    _max_response_bytes: int | None
    _default_headers: dict[str, str]
    # Query parameters of every request, under the operation's own arguments.
    _default_query: dict[str, object]
    _user_agent: str
    # The headers every call to an endpoint with this ``Accept`` starts from, built
    # once per client (the caller's defaults over the SDK's own).
    _headers_by_accept: dict[str, httpx.Headers]
    # Per security requirement: the schemes a call applies (they are fixed per client).
    _schemes_by_security: dict[object, list[AuthScheme]]
    # Per (Accept, security, Content-Type): the headers of a call that adds none of its
    # own, credentials applied; ``None`` where a scheme also adds parameters or cookies.
    _headers_with_auth: dict[tuple[str, object, str | None], httpx.Headers | None]
    _redactor: Redactor
    # Jitter source; replaceable so tests can make backoff deterministic.
    _random: Callable[[], float]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: Timeout,
        max_retries: int,
        max_response_bytes: int | None,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: _HttpxClientT | None,
        base_url_fixed: bool = False,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        owns_client = http_client is None
        self._configure(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            default_query=default_query or {},
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
        timeout: Timeout,
        max_retries: int,
        max_response_bytes: int | None,
        default_headers: Mapping[str, str],
        default_query: Mapping[str, object],
        user_agent: str,
        client: _HttpxClientT,
        owns_client: bool,
    ) -> None:
        _check_base_url(base_url)
        _check_timeout(timeout, "timeout")
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}")
        _check_size_limit(max_response_bytes, "max_response_bytes")
        check_header("User-Agent", user_agent, "user_agent")
        self._base_url = base_url
        self._base_url_fixed = base_url_fixed
        self._auth = dict(auth)
        self._timeout = timeout
        self._max_retries = max_retries
        self._max_response_bytes = max_response_bytes
        self._default_headers = encode_headers(default_headers, "default_headers")
        self._default_query = dict(default_query)
        self._user_agent = user_agent
        self._headers_by_accept = {}
        self._schemes_by_security = {}
        self._headers_with_auth = {}
        self._client = client
        self._owns_client = owns_client
        self._redactor = Redactor.from_auth(self._auth)
        self._redactor.watch_logs()

    @abc.abstractmethod
    def _create_http_client(self, timeout: Timeout) -> _HttpxClientT:
        """The HTTP client to use when the caller supplied none."""

    def _copy_runtime_state(self, new: Self) -> None:
        new._random = self._random

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def max_response_bytes(self) -> int | None:
        return self._max_response_bytes

    def copy(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        auth: Mapping[str, AuthScheme] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A client with some options changed, sharing this one's HTTP connection pool.

        ``default_headers`` and ``default_query`` are merged over the current ones; ``auth`` replaces the
        current schemes; a ``base_url`` given here is the caller's choice, used for
        every operation (also one that names its own server). The HTTP client stays
        owned by the original: closing the copy does not close it, and the copy is unusable once the original is closed.

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
            max_response_bytes=(
                self._max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else max_response_bytes
            ),
            default_headers=(
                self._default_headers
                if isinstance(default_headers, NotGiven)
                else {**self._default_headers, **default_headers}
            ),
            default_query=(
                self._default_query
                if isinstance(default_query, NotGiven)
                else {**self._default_query, **default_query}
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

    def _check_open(self) -> None:
        if self._client.is_closed:
            raise ClientClosedError(
                "this client is closed (a copy made with with_options() is closed "
                "with the client it came from); create a new client"
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
        try:
            return self._schemes_by_security[security]
        except (KeyError, TypeError):  # not yet chosen, or a list (not hashable)
            pass
        alternatives = [
            (alt,) if isinstance(alt, str) else tuple(alt) for alt in security
        ]
        # An alternative whose credentials are all set wins over "no authentication"
        # (`{}`), wherever that stands in the list: a token the caller gave is sent.
        for alternative in sorted(alternatives, key=lambda alt: not alt):
            schemes = [self._auth.get(name) for name in alternative]
            if all(scheme is not None and scheme.is_set for scheme in schemes):
                chosen = [scheme for scheme in schemes if scheme is not None]
                if isinstance(security, tuple):
                    self._schemes_by_security[security] = chosen
                return chosen
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
        # Made by `with_streaming_response`: the body is left for the caller to read.
        stream = stream or streamed_call(endpoint)
        schemes = self._select_auth(endpoint.operation, endpoint.security)
        extra_body = options.get("extra_body")
        streamed: StreamedBody | None = None
        content_type: str | None = None
        body: bytes | None = None
        if endpoint.optional_body and not extra_body:
            if not _any_given(json, form, files, content):
                json, form, files, content = NOT_GIVEN, None, None, NOT_GIVEN
        if endpoint.multipart and (form is not None or files is not None):
            streamed = MultipartBody(
                form_fields({**(form or {}), **(extra_body or {})}),
                [
                    (name, read_file(item, name))
                    for name, value in (files or {}).items()
                    if value is not NOT_GIVEN and value is not None
                    for item in (value if isinstance(value, list) else [value])
                ],
            )
        elif form is not None:
            fields = form_fields({**form, **(extra_body or {})})
            body = urllib.parse.urlencode([(n, v) for n, v, _ in fields]).encode(
                "ascii"
            )
            content_type = "application/x-www-form-urlencoded"
        elif content is not NOT_GIVEN:
            raw = read_content(content)
            body, streamed = (raw, None) if isinstance(raw, bytes) else (None, raw)
            content_type = endpoint.content_type or "application/octet-stream"
        else:
            body = encode_json_body(json, extra_body)
            content_type = "application/json" if body is not None else None

        call_headers = (
            encode_headers(headers, f"{endpoint.operation}: headers") if headers else {}
        )
        call_query = (
            encode_query(
                self._default_query, apply_query_styles(query, endpoint.query_styles)
            )
            if query or self._default_query
            else []
        )
        call_cookies = (
            encode_cookies(cookies, f"{endpoint.operation}: cookies") if cookies else {}
        )
        all_headers = (
            None
            if call_headers
            else self._prepared_headers(endpoint, schemes, content_type)
        )
        params = call_query
        if all_headers is None:
            all_headers = httpx.Headers(self._base_headers(endpoint))
            if content_type is not None:
                all_headers["Content-Type"] = content_type
            all_headers.update(call_headers)
            parts = RequestParts(
                headers=all_headers, params=call_query, cookies=call_cookies
            )
            for scheme in schemes:
                scheme.apply(parts)
            params = parts.params
        if options:
            # Per-call extras go last so that they can override anything, even
            # credentials.
            extra_query = encode_query(
                options.get("additional_params"), options.get("extra_query")
            )
            if extra_query:
                extra_names = {name for name, _ in extra_query}
                params = [(k, v) for k, v in params if k not in extra_names]
                params.extend(extra_query)
            for more, where in (
                (options.get("additional_headers"), "additional_headers"),
                (options.get("extra_headers"), "extra_headers"),
            ):
                if more:
                    # A copy: the prepared headers are shared by calls.
                    all_headers = httpx.Headers(all_headers)
                    all_headers.update(encode_headers(more, where))

        # The client's own settings were checked when it was made.
        max_retries = options.get("max_retries", self._max_retries)
        if max_retries < 0:
            raise InvalidRequestError(
                f"max_retries must be 0 or more, not {max_retries}"
            )
        timeout = self._timeout
        if "timeout" in options:
            timeout = options["timeout"]
            _check_timeout(timeout, "request_options['timeout']")
        limit = self._max_response_bytes
        if "max_response_bytes" in options:
            limit = options["max_response_bytes"]
            _check_size_limit(limit, "request_options['max_response_bytes']")
        return _Call(
            endpoint=endpoint,
            url=self._url_base(endpoint).rstrip("/")
            + format_path(endpoint.path, path_params),
            params=tuple(params),
            headers=all_headers,
            cookies=call_cookies,
            content=body,
            body=streamed,
            auth_params=self._auth_params(schemes, params),
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=limit,
            stream=stream,
        )

    @staticmethod
    def _auth_params(
        schemes: list[AuthScheme], params: list[tuple[str, str]]
    ) -> tuple[tuple[str, str], ...]:
        """The query parameters among ``params`` that are credentials."""
        if not params:
            return ()
        names = {n for scheme in schemes for n in scheme.secret_query_params()}
        return tuple((k, v) for k, v in params if k in names)

    def _prepared_headers(
        self,
        endpoint: Endpoint[Any],
        schemes: list[AuthScheme],
        content_type: str | None,
    ) -> httpx.Headers | None:
        """The headers of a call of ``endpoint`` that adds none of its own (not to be
        changed: shared by such calls), or ``None`` when its credentials go elsewhere
        too (query parameters, cookies): then each call applies them itself."""
        key = (endpoint.accept, endpoint.security, content_type)
        try:
            return self._headers_with_auth[key]
        except KeyError:
            pass
        except TypeError:  # a security requirement given as a list: not kept
            return None
        parts = RequestParts(
            headers=httpx.Headers(self._base_headers(endpoint)), params=[], cookies={}
        )
        if content_type is not None:
            parts.headers["Content-Type"] = content_type
        for scheme in schemes:
            scheme.apply(parts)
        prepared = None if parts.params or parts.cookies else parts.headers
        self._headers_with_auth[key] = prepared
        return prepared

    def _base_headers(self, endpoint: Endpoint[Any]) -> httpx.Headers:
        """What every call of ``endpoint`` sends before its own headers (not to be
        changed: copied by each call)."""
        base = self._headers_by_accept.get(endpoint.accept)
        if base is None:
            check_header("Accept", endpoint.accept, endpoint.operation)
            base = httpx.Headers(
                {
                    "User-Agent": self._user_agent,
                    "Accept": endpoint.accept,
                    "Accept-Encoding": ACCEPT_ENCODING,
                }
            )
            base.update(self._default_headers)
            self._headers_by_accept[endpoint.accept] = base
        return base

    def _url_base(self, endpoint: Endpoint[Any]) -> str:
        """The operation's own server, unless the caller chose the base URL. A relative
        server URL (``/v2``) is relative to the client's base URL."""
        if endpoint.base_url is None or self._base_url_fixed:
            return self._base_url
        return str(httpx.URL(self._base_url).join(endpoint.base_url))

    def _attempt_timeout(self, call: _Call, clock: Clock) -> dict[str, float | None]:
        """httpx's per-operation timeouts for the next request of ``call`` (as the
        request's ``timeout`` extension)."""
        if call.timeout is None or isinstance(call.timeout, httpx.Timeout):
            return httpx.Timeout(call.timeout).as_dict()
        left = max(clock.remaining() or 0.0, 0.001)
        if call.stream:
            # Reading the events after the call returns waits `timeout` per read.
            each = call.timeout
            return {"connect": each, "read": each, "write": each, "pool": left}
        each = min(call.timeout, left)
        return {"connect": each, "read": each, "write": each, "pool": each}

    @abc.abstractmethod
    def _body_chunks(self, attempt: BodyAttempt) -> Any:
        """The chunks of a streamed body: an iterator, or an async one."""

    def _build_request(
        self, call: _Call, clock: Clock, progress: _Progress, hop: _Hop | None
    ) -> httpx.Request:
        """The request of one attempt, or of one redirect within it.

        Built afresh every time, so that nothing one request did (cookie headers,
        consumed streams) leaks into the next.
        """
        timeout = self._attempt_timeout(call, clock)
        method = call.method if hop is None else hop.method
        if hop is not None and hop.foreign:
            # Another origin: none of the call's headers, cookies or parameters, and
            # none of the HTTP client's defaults (they may hold credentials too).
            portable = {
                name: call.headers[name]
                for name in _PORTABLE_HEADERS
                if name in call.headers
            }
            request = httpx.Request(
                method,
                hop.url,
                headers=portable,
                extensions={"timeout": timeout},
            )
        else:
            # httpx merges these into headers of the request's own; a copy is made
            # only where this attempt changes them.
            headers = call.headers
            content: Any = None
            if hop is None or hop.keep_body:
                content = call.content
                if call.body is not None:
                    headers = httpx.Headers(call.headers)
                    attempt = call.body.start()
                    content = self._body_chunks(attempt)
                    progress.bodies.append(content)
                    if attempt.content_type is not None:
                        headers["Content-Type"] = attempt.content_type
                    if attempt.length is not None:
                        headers["Content-Length"] = str(attempt.length)
            else:
                headers = httpx.Headers(call.headers)
                for name in _BODY_HEADERS:
                    headers.pop(name, None)
            url: str | httpx.URL = call.url
            params = call.params if hop is None else call.auth_params
            if hop is not None:
                url = hop.url
            request = self._client.build_request(
                method,
                url,
                params=list(params) or None,
                headers=headers,
                cookies=call.cookies or None,
                content=content,
                extensions={"timeout": timeout},
            )
        progress.request = request
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request: %s %s",
                method,
                self._redactor.url(request.url),
                extra={"operation": call.operation},
            )
        return request

    # -- redirects -------------------------------------------------------------------

    def _next_hop(
        self,
        call: _Call,
        request: httpx.Request,
        response: httpx.Response,
        hops: int,
        previous: _Hop | None,
    ) -> _Hop | None:
        """Where a redirect response leads, or ``None`` for any other response.

        Within the call's origin (scheme, host and port) the request goes on as it
        was, credentials included. To another origin, it carries no header, cookie or
        parameter of the call (any of them may be a credential), and once a chain has
        left the origin it never gets them back. A redirect that keeps the method
        (307, 308, or a 301 of anything but POST) would re-send the body: it is
        followed only within the origin; elsewhere it raises ``RedirectError``.
        """
        status = response.status_code
        if status not in _REDIRECT_STATUSES or call.endpoint.redirect_is_answer:
            return None
        location = response.headers.get("location")
        if location is None:
            return None
        where = f"{request.method} {self._redactor.url(request.url)}"
        try:
            url = request.url.join(location)
            shown = self._redactor.url(url)
        except (httpx.InvalidURL, UnicodeError, ValueError):
            raise RedirectError(
                self._redactor.text(
                    f"{where} was redirected ({status}) to an invalid address"
                ),
                response=response,
                location="",
            ) from None

        def refuse(reason: str) -> RedirectError:
            message = f"{where} was redirected ({status}) to {shown}: {reason}"
            return RedirectError(
                self._redactor.text(message), response=response, location=shown
            )

        if url.scheme not in ("http", "https"):
            raise refuse("only http and https addresses are followed")
        if hops >= MAX_REDIRECTS:
            raise refuse(f"more than {MAX_REDIRECTS} redirects in a row")
        method = request.method
        if (status in (302, 303) and method != "HEAD") or (
            status == 301 and method == "POST"
        ):
            method = "GET"
        keep_body = method == request.method and call.has_body
        foreign = (previous is not None and previous.foreign) or _origin(
            url
        ) != _origin(httpx.URL(call.url))
        if keep_body and foreign:
            raise refuse(
                "another origin, where the request body is not sent (only requests "
                "without a body follow such a redirect)"
            )
        if keep_body and call.body is not None and not call.body.can_send():
            raise refuse(
                "the request body was a one-time stream (an iterator or a file that "
                "cannot seek), which cannot be sent again"
            )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Redirect: %s -> %d -> %s %s%s",
                where,
                status,
                method,
                shown,
                " (another origin: without credentials)" if foreign else "",
                extra={"operation": call.operation},
            )
        return _Hop(method, url, keep_body, foreign)

    # -- reading a response ----------------------------------------------------------

    def _reader(self, call: _Call, response: httpx.Response) -> BodyReader:
        has_body = response.request.method != "HEAD" and response.status_code not in (
            204,
            304,
        )
        try:
            return BodyReader(
                response.headers, call.max_response_bytes, has_body=has_body
            )
        except BodyTooLarge:
            raise self._too_large(call, response) from None

    def _too_large(
        self, call: _Call, response: httpx.Response
    ) -> ResponseTooLargeError:
        limit = call.max_response_bytes or 0
        message = (
            f"{call.method} {self._redactor.url(response.request.url)}: the response "
            f"(status {response.status_code}) is larger than {limit:,} bytes, the "
            "limit; pass a larger max_response_bytes (to the client or in "
            "request_options) if it is expected"
        )
        return ResponseTooLargeError(
            self._redactor.text(message), response=response, limit=limit
        )

    @staticmethod
    def _keep_content(response: httpx.Response, content: bytes) -> None:
        # What ``Response.read()`` does once it has the decoded bytes; they are read
        # here instead, within the size limit.
        response._content = content

    def _check_time(self, clock: Clock, request: httpx.Request | None) -> None:
        if clock.expired():
            raise httpx.ReadTimeout("the call's timeout passed", request=request)

    # -- handling the outcome of an attempt ------------------------------------------

    def _log_retry(
        self,
        call: _Call,
        request: httpx.Request | None,
        decision: RetryDecision,
        retries_taken: int,
    ) -> None:
        if not log.isEnabledFor(logging.INFO):
            return
        url = self._redactor.url(request.url if request is not None else call.url)
        if decision.retry:
            log.info(
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
            log.info(
                "Not retrying %s %s because %s",
                call.method,
                url,
                decision.reason,
                extra={"operation": call.operation},
            )

    def _attempts_note(self, retries_taken: int) -> str:
        return f" after {retries_taken + 1} attempts" if retries_taken else ""

    def _fit(self, decision: RetryDecision, call: _Call, clock: Clock) -> RetryDecision:
        """``decision``, unless the body cannot be sent again or time is short."""
        if not decision.retry:
            return decision
        if call.body is not None and not call.body.can_send():
            return RetryDecision(
                False,
                "the request body was a one-time stream (an iterator or a file that "
                "cannot seek), which cannot be sent again",
            )
        left = clock.remaining()
        if left is not None and decision.delay >= left:
            return RetryDecision(
                False,
                f"waiting {decision.delay:.2f} s would pass the call's timeout "
                f"({left:.2f} s left)",
            )
        return decision

    def _handle_response(
        self,
        call: _Call,
        response: httpx.Response,
        progress: _Progress,
        elapsed: float,
        clock: Clock,
    ) -> _Retry | _Done:
        """Parse a 2xx response, or decide to retry, or raise the status error."""
        retries_taken = progress.retries_taken
        if log.isEnabledFor(logging.INFO):
            log.info(
                "Response: %s %s -> %d (%.3f s)",
                response.request.method,
                self._redactor.url(response.request.url),
                response.status_code,
                elapsed,
                extra={"operation": call.operation},
            )
        if _is_answer(call, response):
            record_response(response, retries_taken)
            if call.stream and answered_with_events(call.endpoint, response):
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
        decision = self._fit(decision, call, clock)
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
            f"({response.request.method} {self._redactor.url(response.request.url)})"
            f"{self._attempts_note(retries_taken)}"
        )
        error_class = status_error_class(response.status_code)
        return error_class(
            self._redactor.text(message), response=response, body=body, parsed=parsed
        )

    def _deadline_error(
        self, call: _Call, progress: _Progress, clock: Clock
    ) -> APITimeoutError:
        request = progress.request
        url = request.url if request is not None else call.url
        method = request.method if request is not None else call.method
        message = (
            f"Request timed out: {method} {self._redactor.url(url)} (the call's "
            f"timeout of {clock.limit:g} s passed)"
            f"{self._attempts_note(progress.retries_taken)}"
        )
        return APITimeoutError(self._redactor.text(message), request=request)

    def _handle_exception(
        self,
        call: _Call,
        progress: _Progress,
        exc: httpx.RequestError,
        clock: Clock,
    ) -> _Retry:
        """Decide to retry after a failed attempt, or raise the mapped error."""
        request, retries_taken = progress.request, progress.retries_taken
        url = self._redactor.url(request.url if request is not None else call.url)
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "Request failed: %s %s: %s",
                call.method,
                url,
                type(exc).__name__,
                extra={"operation": call.operation},
            )
        if isinstance(exc, httpx.TimeoutException) and clock.expired():
            raise self._deadline_error(call, progress, clock) from exc
        decision = decide_for_exception(
            call.method,
            exc,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )
        decision = self._fit(decision, call, clock)
        self._log_retry(call, request, decision, retries_taken)
        if decision.retry:
            return _Retry(decision.delay)
        where = f"{request.method if request else call.method} {url}"
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
    """The base of generated synchronous clients.

    A number ``timeout`` is a deadline for the whole call. It is enforced on every
    connect, read and write of the HTTP client's connections, the SDK's own and those
    of an ``http_client`` passed in (see :mod:`.deadline`).
    """

    # How the client waits between retries; replaceable so tests can fake the clock.
    _sleep: Callable[[float], None]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: Timeout,
        max_retries: int,
        max_response_bytes: int | None,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: httpx.Client | None,
        base_url_fixed: bool = False,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=user_agent,
            http_client=http_client,
            default_query=default_query,
        )
        if http_client is not None:  # the SDK's own are covered as they connect
            deadline.install(http_client)
        self._sleep = time.sleep

    def _create_http_client(self, timeout: Timeout) -> httpx.Client:
        return HttpClient(
            timeout=timeout, follow_redirects=False, prepare=deadline.cover
        )

    def _copy_runtime_state(self, new: Self) -> None:
        super()._copy_runtime_state(new)
        new._sleep = self._sleep

    def _body_chunks(self, attempt: BodyAttempt) -> Iterator[bytes]:
        return attempt.sync_chunks()

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
        return Stream(
            response, endpoint.response_type, call.name, endpoint.event_envelope
        )

    def request_or_stream(
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
    ) -> T | Stream[Any]:
        """Make one call of an ``endpoint`` that answers JSON or an event stream, as
        the server chooses: the parsed body, or the events (of ``endpoint.event_type``)
        when the response is ``text/event-stream``."""
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
        result = self._send(call)
        if isinstance(result, httpx.Response):  # the events, not yet read
            return Stream(
                result, endpoint.event_type, call.name, endpoint.event_envelope
            )
        parsed: T = result
        return parsed

    def paginate(self, endpoint: Endpoint[T], **arguments: Any) -> SyncPage[Any, T]:
        """Make the first call of a paginated ``endpoint`` (``arguments`` as for
        ``request``): a page that fetches the next ones when asked."""
        return SyncPage.first(self.request, endpoint, arguments)

    def _send(self, call: _Call) -> Any:
        """The send loop: attempts and retries until a result or an error."""
        clock = Clock(call.timeout)
        progress = _Progress()
        token = deadline.DEADLINE.set(clock.at)
        try:
            while True:
                outcome = self._attempt(call, clock, progress)
                if isinstance(outcome, _Done):
                    return outcome.value
                self._sleep(outcome.delay)
                progress.retries_taken += 1
        finally:
            deadline.DEADLINE.reset(token)

    def _attempt(
        self, call: _Call, clock: Clock, progress: _Progress
    ) -> _Retry | _Done:
        self._check_open()
        started = time.monotonic()
        try:
            response = self._exchange(call, clock, progress)
        except httpx.RequestError as exc:
            return self._handle_exception(call, progress, exc, clock)
        finally:
            for body in progress.bodies:
                body.close()
            progress.bodies.clear()
        elapsed = time.monotonic() - started
        return self._handle_response(call, response, progress, elapsed, clock)

    def _exchange(
        self, call: _Call, clock: Clock, progress: _Progress
    ) -> httpx.Response:
        """Send one attempt, following redirects, and read its response's body."""
        hop: _Hop | None = None
        hops = 0
        while True:
            self._check_time(clock, progress.request)
            request = self._build_request(call, clock, progress, hop)
            response = self._send_request(
                request, foreign=hop is not None and hop.foreign
            )
            try:
                hop = self._next_hop(call, request, response, hops, hop)
            except BaseException:
                response.close()
                raise
            if hop is None:
                break
            response.close()
            hops += 1
        if (
            call.stream
            and _is_answer(call, response)
            and answered_with_events(call.endpoint, response)
        ):
            return response
        try:
            reader = self._reader(call, response)
            if response.is_stream_consumed:  # read by an event hook of the HTTP client
                reader.feed_decoded(response.content)
            elif reader.decodes:
                for chunk in response.iter_raw():
                    reader.feed(chunk)
                    self._check_time(clock, request)
            else:
                for chunk in response.iter_bytes():
                    reader.feed_decoded(chunk)
                    self._check_time(clock, request)
            self._keep_content(response, reader.finish())
        except BodyTooLarge:
            raise self._too_large(call, response) from None
        finally:
            response.close()
        return response

    def _send_request(self, request: httpx.Request, *, foreign: bool) -> httpx.Response:
        try:
            if foreign:  # and without the HTTP client's own authentication
                return self._client.send(
                    request, stream=True, follow_redirects=False, auth=None
                )
            return self._client.send(request, stream=True, follow_redirects=False)
        except RuntimeError:
            self._check_open()  # closed meanwhile: say so
            raise


class AsyncBaseClient(BaseClient[httpx.AsyncClient]):
    """The base of generated asynchronous clients.

    A number ``timeout`` is a deadline for the whole call, enforced by cancelling it
    (``asyncio.timeout``; ``asyncio.wait_for`` before Python 3.11), whatever the HTTP
    client.
    """

    # How the client waits between retries; replaceable so tests can fake the clock.
    _sleep: Callable[[float], Awaitable[None]]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Mapping[str, AuthScheme],
        timeout: Timeout,
        max_retries: int,
        max_response_bytes: int | None,
        default_headers: Mapping[str, str],
        user_agent: str,
        http_client: httpx.AsyncClient | None,
        base_url_fixed: bool = False,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_url_fixed=base_url_fixed,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=user_agent,
            http_client=http_client,
            default_query=default_query,
        )
        self._sleep = asyncio.sleep

    def _create_http_client(self, timeout: Timeout) -> httpx.AsyncClient:
        return AsyncHttpClient(timeout=timeout, follow_redirects=False)

    def _copy_runtime_state(self, new: Self) -> None:
        super()._copy_runtime_state(new)
        new._sleep = self._sleep

    def _body_chunks(self, attempt: BodyAttempt) -> AsyncIterator[bytes]:
        return attempt.async_chunks()

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
        return AsyncStream(
            response, endpoint.response_type, call.name, endpoint.event_envelope
        )

    async def request_or_stream(
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
    ) -> T | AsyncStream[Any]:
        """Make one call of an ``endpoint`` that answers JSON or an event stream, as
        the server chooses: the parsed body, or the events (of ``endpoint.event_type``)
        when the response is ``text/event-stream``."""
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
        result = await self._send(call)
        if isinstance(result, httpx.Response):  # the events, not yet read
            return AsyncStream(
                result, endpoint.event_type, call.name, endpoint.event_envelope
            )
        parsed: T = result
        return parsed

    def paginate(self, endpoint: Endpoint[T], **arguments: Any) -> AsyncPager[Any, T]:
        """A paginated ``endpoint``'s first page when awaited, or its items across
        pages with ``async for`` (``arguments`` as for ``request``)."""
        return AsyncPager(self.request, endpoint, arguments)

    async def _send(self, call: _Call) -> Any:
        """The send loop, within the call's deadline when it has one."""
        clock = Clock(call.timeout)
        progress = _Progress()
        left = clock.remaining()
        if left is None:
            return await self._send_loop(call, clock, progress)
        try:
            if sys.version_info >= (3, 11):
                # Cancels this task when time is up: no task of its own per call.
                async with asyncio.timeout(left):
                    return await self._send_loop(call, clock, progress)
            return await asyncio.wait_for(self._send_loop(call, clock, progress), left)
        except asyncio.TimeoutError as exc:
            raise self._deadline_error(call, progress, clock) from exc

    async def _send_loop(self, call: _Call, clock: Clock, progress: _Progress) -> Any:
        """Attempts and retries until a result or an error."""
        while True:
            outcome = await self._attempt(call, clock, progress)
            if isinstance(outcome, _Done):
                return outcome.value
            await self._sleep(outcome.delay)
            progress.retries_taken += 1

    async def _attempt(
        self, call: _Call, clock: Clock, progress: _Progress
    ) -> _Retry | _Done:
        self._check_open()
        started = time.monotonic()
        try:
            response = await self._exchange(call, clock, progress)
        except httpx.RequestError as exc:
            return self._handle_exception(call, progress, exc, clock)
        finally:
            for body in progress.bodies:
                await body.aclose()
            progress.bodies.clear()
        elapsed = time.monotonic() - started
        return self._handle_response(call, response, progress, elapsed, clock)

    async def _exchange(
        self, call: _Call, clock: Clock, progress: _Progress
    ) -> httpx.Response:
        """Send one attempt, following redirects, and read its response's body."""
        hop: _Hop | None = None
        hops = 0
        while True:
            self._check_time(clock, progress.request)
            request = self._build_request(call, clock, progress, hop)
            foreign = hop is not None and hop.foreign
            response = await self._send_request(request, foreign=foreign)
            try:
                hop = self._next_hop(call, request, response, hops, hop)
            except BaseException:
                await response.aclose()
                raise
            if hop is None:
                break
            await response.aclose()
            hops += 1
        if (
            call.stream
            and _is_answer(call, response)
            and answered_with_events(call.endpoint, response)
        ):
            return response
        try:
            reader = self._reader(call, response)
            if response.is_stream_consumed:  # read by an event hook of the HTTP client
                reader.feed_decoded(response.content)
            elif reader.decodes:
                async for chunk in response.aiter_raw():
                    reader.feed(chunk)
            else:
                async for chunk in response.aiter_bytes():
                    reader.feed_decoded(chunk)
            self._keep_content(response, reader.finish())
        except BodyTooLarge:
            raise self._too_large(call, response) from None
        finally:
            await response.aclose()
        return response

    async def _send_request(
        self, request: httpx.Request, *, foreign: bool
    ) -> httpx.Response:
        try:
            if foreign:  # and without the HTTP client's own authentication
                return await self._client.send(
                    request, stream=True, follow_redirects=False, auth=None
                )
            return await self._client.send(request, stream=True, follow_redirects=False)
        except RuntimeError:
            self._check_open()  # closed meanwhile: say so
            raise
