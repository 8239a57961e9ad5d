"""The SDK's runtime: the HTTP machinery every generated SDK shares, word for word.

Generated code imports everything it needs from here; users normally need only the
exception classes, which the package also re-exports (``SDKError`` under the SDK's
own name, such as ``MagicHourError``).
"""

from __future__ import annotations

import typing

from .lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .auth import ApiKeyAuth as ApiKeyAuth
    from .auth import AuthScheme as AuthScheme
    from .auth import BasicAuth as BasicAuth
    from .auth import BearerAuth as BearerAuth
    from .auth import credential as credential
    from .base_client import AsyncBaseClient as AsyncBaseClient
    from .base_client import SyncBaseClient as SyncBaseClient
    from .encoding import FileContent as FileContent
    from .encoding import FileInput as FileInput
    from .endpoint import Endpoint as Endpoint
    from .errors import APIConnectionError as APIConnectionError
    from .errors import APIError as APIError
    from .errors import APIStatusError as APIStatusError
    from .errors import APITimeoutError as APITimeoutError
    from .errors import AuthenticationError as AuthenticationError
    from .errors import BadRequestError as BadRequestError
    from .errors import ClientClosedError as ClientClosedError
    from .errors import ConflictError as ConflictError
    from .errors import InternalServerError as InternalServerError
    from .errors import InvalidRequestError as InvalidRequestError
    from .errors import MissingCredentialsError as MissingCredentialsError
    from .errors import NotFoundError as NotFoundError
    from .errors import PaymentRequiredError as PaymentRequiredError
    from .errors import PermissionDeniedError as PermissionDeniedError
    from .errors import RateLimitError as RateLimitError
    from .errors import RedirectError as RedirectError
    from .errors import ResponseTooLargeError as ResponseTooLargeError
    from .errors import ResponseValidationError as ResponseValidationError
    from .errors import SDKError as SDKError
    from .errors import UnprocessableEntityError as UnprocessableEntityError
    from .not_given import NOT_GIVEN as NOT_GIVEN
    from .not_given import NotGiven as NotGiven
    from .parsing import discriminate_by as discriminate_by
    from .raw_response import RawResponse as RawResponse
    from .raw_response import (
        async_to_raw_response_wrapper as async_to_raw_response_wrapper,
    )
    from .raw_response import to_raw_response_wrapper as to_raw_response_wrapper
    from .request_options import RequestOptions as RequestOptions
    from .streaming import AsyncStream as AsyncStream
    from .streaming import ServerSentEvent as ServerSentEvent
    from .streaming import Stream as Stream

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "ApiKeyAuth",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBaseClient",
    "AsyncStream",
    "AuthenticationError",
    "AuthScheme",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "ClientClosedError",
    "ConflictError",
    "Endpoint",
    "FileContent",
    "FileInput",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RedirectError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SDKError",
    "ServerSentEvent",
    "Stream",
    "SyncBaseClient",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "credential",
    "discriminate_by",
    "lazy_exports",
    "to_raw_response_wrapper",
]

# Imported on first use: importing the SDK must not import httpx and pydantic yet.
# Hidden from type checkers, which see the imports above (and so catch a misspelt name).
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "ApiKeyAuth": ".auth",
            "AuthScheme": ".auth",
            "BasicAuth": ".auth",
            "BearerAuth": ".auth",
            "credential": ".auth",
            "AsyncBaseClient": ".base_client",
            "SyncBaseClient": ".base_client",
            "FileContent": ".encoding",
            "FileInput": ".encoding",
            "Endpoint": ".endpoint",
            "APIConnectionError": ".errors",
            "APIError": ".errors",
            "APIStatusError": ".errors",
            "APITimeoutError": ".errors",
            "AuthenticationError": ".errors",
            "BadRequestError": ".errors",
            "ClientClosedError": ".errors",
            "ConflictError": ".errors",
            "InternalServerError": ".errors",
            "InvalidRequestError": ".errors",
            "MissingCredentialsError": ".errors",
            "NotFoundError": ".errors",
            "PaymentRequiredError": ".errors",
            "PermissionDeniedError": ".errors",
            "RateLimitError": ".errors",
            "RedirectError": ".errors",
            "ResponseTooLargeError": ".errors",
            "ResponseValidationError": ".errors",
            "SDKError": ".errors",
            "UnprocessableEntityError": ".errors",
            "NOT_GIVEN": ".not_given",
            "NotGiven": ".not_given",
            "discriminate_by": ".parsing",
            "RawResponse": ".raw_response",
            "async_to_raw_response_wrapper": ".raw_response",
            "to_raw_response_wrapper": ".raw_response",
            "RequestOptions": ".request_options",
            "AsyncStream": ".streaming",
            "ServerSentEvent": ".streaming",
            "Stream": ".streaming",
        },
    )
