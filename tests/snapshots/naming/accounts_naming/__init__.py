"""The Accounts Naming Python SDK: start with `Client` or `AsyncClient`."""

import typing

from ._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from ._core import NOT_GIVEN as NOT_GIVEN
    from ._core import APIConnectionError as APIConnectionError
    from ._core import APIError as APIError
    from ._core import APIStatusError as APIStatusError
    from ._core import APITimeoutError as APITimeoutError
    from ._core import AuthenticationError as AuthenticationError
    from ._core import BadRequestError as BadRequestError
    from ._core import ClientClosedError as ClientClosedError
    from ._core import ConflictError as ConflictError
    from ._core import DownloadError as DownloadError
    from ._core import InternalServerError as InternalServerError
    from ._core import InvalidRequestError as InvalidRequestError
    from ._core import MissingCredentialsError as MissingCredentialsError
    from ._core import NotFoundError as NotFoundError
    from ._core import NotGiven as NotGiven
    from ._core import PaymentRequiredError as PaymentRequiredError
    from ._core import PermissionDeniedError as PermissionDeniedError
    from ._core import RateLimitError as RateLimitError
    from ._core import RawResponse as RawResponse
    from ._core import RawResponseWithHeaders as RawResponseWithHeaders
    from ._core import RedirectError as RedirectError
    from ._core import RequestOptions as RequestOptions
    from ._core import ResponseTooLargeError as ResponseTooLargeError
    from ._core import ResponseValidationError as ResponseValidationError
    from ._core import SDKError as AccountsNamingError
    from ._core import SDKError as SDKError
    from ._core import UnprocessableEntityError as UnprocessableEntityError
    from ._core import UploadError as UploadError
    from ._core import WorkflowError as WorkflowError
    from ._core import WorkflowTimeoutError as WorkflowTimeoutError
    from .client import AsyncClient as AsyncClient
    from .client import Client as Client
    from .environment import Environment as Environment

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DownloadError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RawResponseWithHeaders",
    "RedirectError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "AccountsNamingError",
    "SDKError",
    "UnprocessableEntityError",
    "UploadError",
    "WorkflowError",
    "WorkflowTimeoutError",
    "AsyncClient",
    "Client",
    "Environment",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "NOT_GIVEN": "._core",
            "APIConnectionError": "._core",
            "APIError": "._core",
            "APIStatusError": "._core",
            "APITimeoutError": "._core",
            "AuthenticationError": "._core",
            "BadRequestError": "._core",
            "ClientClosedError": "._core",
            "ConflictError": "._core",
            "DownloadError": "._core",
            "InternalServerError": "._core",
            "InvalidRequestError": "._core",
            "MissingCredentialsError": "._core",
            "NotFoundError": "._core",
            "NotGiven": "._core",
            "PaymentRequiredError": "._core",
            "PermissionDeniedError": "._core",
            "RateLimitError": "._core",
            "RawResponse": "._core",
            "RawResponseWithHeaders": "._core",
            "RedirectError": "._core",
            "RequestOptions": "._core",
            "ResponseTooLargeError": "._core",
            "ResponseValidationError": "._core",
            "AccountsNamingError": "._core:SDKError",
            "SDKError": "._core",
            "UnprocessableEntityError": "._core",
            "UploadError": "._core",
            "WorkflowError": "._core",
            "WorkflowTimeoutError": "._core",
            "AsyncClient": ".client",
            "Client": ".client",
            "Environment": ".environment",
        },
    )

__version__ = "0.9.0"
