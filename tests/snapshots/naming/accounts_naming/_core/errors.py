"""Every exception the SDK raises.

All of them derive from :class:`SDKError` (exported by the SDK under its own name too,
such as ``MagicHourError``), so ``except SDKError`` catches anything the SDK itself
raises. Messages never contain credentials: URLs are shown with secret query values
redacted, and headers are never included.
"""

from __future__ import annotations

from typing import Any

import httpx
import pydantic

__all__ = [
    "SDKError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "MissingCredentialsError",
    "WorkflowError",
    "UploadError",
    "DownloadError",
    "WorkflowTimeoutError",
    "InvalidRequestError",
    "ClientClosedError",
    "STATUS_ERRORS",
    "status_error_class",
]


class SDKError(Exception):
    """Base class of every exception raised by this SDK."""


class APIError(SDKError):
    """A call to the API failed.

    Attributes:
        message: The human-readable description (also ``str(error)``).
        request: The HTTP request that failed, when one was built.
    """

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status code.
        headers: The response headers.
        body: The error body, decoded: the JSON value, else the text, or ``None`` when
            empty.
        parsed: The body as an instance of the error type the operation declares for
            this status, or ``None`` when none is declared or the body does not match.
        raw_body: The undecoded response body.
        response: The full ``httpx.Response``.
    """

    status_code: int
    headers: httpx.Headers
    body: Any
    parsed: Any
    raw_body: bytes
    response: httpx.Response

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, parsed: Any = None
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.parsed = parsed
        self.raw_body = response.content


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credentials are missing, invalid or expired."""


class PaymentRequiredError(APIStatusError):
    """HTTP 402."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request was well-formed but failed validation."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests."""


class InternalServerError(APIStatusError):
    """Any HTTP 5xx status."""


class APIConnectionError(APIError):
    """No HTTP response was received (connection refused, reset, DNS failure...).

    The underlying ``httpx`` exception is the ``__cause__``.
    """


class APITimeoutError(APIConnectionError):
    """The call ran out of time: its ``timeout`` passed (retries included), or, with
    an ``httpx.Timeout``, one network operation took longer than its limit.

    The underlying exception (an ``httpx`` timeout, or ``TimeoutError`` when an async
    call's deadline passed) is the ``__cause__``.
    """


class RedirectError(APIError):
    """The API answered with a redirect the SDK does not follow.

    A redirect to another origin (scheme, host and port) is followed without the
    credentials; but one that keeps the method (307, 308) would re-send the request
    body there, so it raises this error instead. So do an endless chain of redirects,
    one to an address that is not ``http(s)``, and one that would have to re-send a
    one-time body (an iterator).

    Attributes:
        response: The redirect response.
        location: Where it pointed, with secret query values redacted.
    """

    response: httpx.Response
    location: str

    def __init__(
        self, message: str, *, response: httpx.Response, location: str
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.location = location


class ResponseTooLargeError(APIError):
    """A response body was larger than the call's ``max_response_bytes``.

    Reading stops as soon as the limit is passed (for a compressed body, the limit
    applies to the decompressed bytes), so the body is not available.

    Attributes:
        limit: The limit, in bytes.
        response: The response, without its body.
    """

    limit: int
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.limit = limit


class ResponseValidationError(APIError):
    """A response body did not match the type the API description promises.

    Attributes:
        validation_error: The underlying ``pydantic.ValidationError`` (also the
            ``__cause__``).
        response: The response whose body failed to parse.
    """

    validation_error: pydantic.ValidationError
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        validation_error: pydantic.ValidationError,
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.validation_error = validation_error


class MissingCredentialsError(SDKError):
    """An operation needs credentials that were not configured.

    Raised before any network call is made.
    """


class WorkflowError(SDKError):
    """A workflow step that is not an API call failed (an upload, a download, a wait)."""


class UploadError(WorkflowError):
    """A file could not be uploaded to the URL the API handed out."""


class DownloadError(WorkflowError):
    """An output could not be downloaded."""


class WorkflowTimeoutError(WorkflowError):
    """The job was not finished in time; `check_result(id)` can pick it up later.

    Attributes:
        id: The job's id.
        status: Its last status.
    """

    def __init__(self, message: str, *, id: str, status: str) -> None:
        super().__init__(message)
        self.id = id
        self.status = status


class InvalidRequestError(SDKError, ValueError):
    """A call's arguments cannot be sent as an HTTP request.

    For example a header or cookie value with a line break, a control character or a
    non-ASCII character, or a missing path parameter. Raised before anything is sent;
    the message names the argument, never its value (it may be a secret).
    """


class ClientClosedError(SDKError, RuntimeError):
    """A call was made on a closed client (or on a copy of one, made with
    ``with_options``, after the client it came from was closed)."""


# The exception a status raises: its own code first, then its class ("5xx"), else
# APIStatusError. The generator reads this table for the docs, so it is stated once.
STATUS_ERRORS: dict[str, type[APIStatusError]] = {
    "400": BadRequestError,
    "401": AuthenticationError,
    "402": PaymentRequiredError,
    "403": PermissionDeniedError,
    "404": NotFoundError,
    "409": ConflictError,
    "422": UnprocessableEntityError,
    "429": RateLimitError,
    "5xx": InternalServerError,
}


def _request_of(response: httpx.Response) -> httpx.Request | None:
    # A hand-built ``httpx.Response`` (e.g. in a user's test) has no request, and
    # ``response.request`` raises rather than returning None in that case.
    try:
        return response.request
    except RuntimeError:
        return None


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class raised for a non-2xx ``status_code``."""
    exact = STATUS_ERRORS.get(str(status_code))
    if exact is not None:
        return exact
    return STATUS_ERRORS.get(f"{status_code // 100}xx", APIStatusError)
