"""The runtime of the ``magic_hour`` SDK.

Distribution: magic-hour
Version: 0.1.0

Generated code imports everything it needs from here; users normally need only the
exception classes, which the package also re-exports.
"""

from . import errors
from .auth import ApiKeyAuth, AuthScheme, BasicAuth, BearerAuth, credential
from .base_client import AsyncBaseClient, SyncBaseClient
from .encoding import FileContent, FileInput
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from .not_given import NOT_GIVEN, NotGiven
from .parsing import discriminate_by
from .raw_response import (
    RawResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .request_options import RequestOptions
from .streaming import AsyncStream, ServerSentEvent, Stream

# The base exception's name differs per SDK, so it is bound here rather than in the
# import list above, whose sorted order would otherwise depend on the name.
MagicHourError = errors.MagicHourError

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeyAuth",
    "AsyncBaseClient",
    "AuthScheme",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "ConflictError",
    "FileContent",
    "FileInput",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "ServerSentEvent",
    "Stream",
    "AsyncStream",
    "SyncBaseClient",
    "UnprocessableEntityError",
    "MagicHourError",
    "async_to_raw_response_wrapper",
    "credential",
    "discriminate_by",
    "errors",
    "to_raw_response_wrapper",
]
