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
    from .base64_bytes import Base64Bytes as Base64Bytes
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
    from .errors import DownloadError as DownloadError
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
    from .errors import UploadError as UploadError
    from .errors import WorkflowError as WorkflowError
    from .errors import WorkflowTimeoutError as WorkflowTimeoutError
    from .logs import log_from_environment as log_from_environment
    from .models import SDKModel as SDKModel
    from .not_given import NOT_GIVEN as NOT_GIVEN
    from .not_given import NotGiven as NotGiven
    from .pagination import AsyncPage as AsyncPage
    from .pagination import AsyncPager as AsyncPager
    from .pagination import Paging as Paging
    from .pagination import SyncPage as SyncPage
    from .parsing import discriminate_by as discriminate_by
    from .raw_response import RawResponse as RawResponse
    from .raw_response import RawResponseWithHeaders as RawResponseWithHeaders
    from .raw_response import (
        async_to_raw_response_wrapper as async_to_raw_response_wrapper,
    )
    from .raw_response import to_raw_response_wrapper as to_raw_response_wrapper
    from .request_options import RequestOptions as RequestOptions
    from .servers import server_url as server_url
    from .streamed_response import AsyncStreamedCall as AsyncStreamedCall
    from .streamed_response import AsyncStreamedResponse as AsyncStreamedResponse
    from .streamed_response import StreamedCall as StreamedCall
    from .streamed_response import StreamedResponse as StreamedResponse
    from .streamed_response import (
        async_to_streamed_response_wrapper as async_to_streamed_response_wrapper,
    )
    from .streamed_response import (
        to_streamed_response_wrapper as to_streamed_response_wrapper,
    )
    from .streaming import AsyncStream as AsyncStream
    from .streaming import ServerSentEvent as ServerSentEvent
    from .streaming import Stream as Stream
    from .workflows import Job as Job
    from .workflows import LocalFile as LocalFile
    from .workflows import Uploads as Uploads
    from .workflows import async_check_job as async_check_job
    from .workflows import async_download_outputs as async_download_outputs
    from .workflows import async_upload_file as async_upload_file
    from .workflows import async_upload_local_files as async_upload_local_files
    from .workflows import async_wait_for_result as async_wait_for_result
    from .workflows import check_job as check_job
    from .workflows import download_outputs as download_outputs
    from .workflows import poll_interval_from as poll_interval_from
    from .workflows import upload_file as upload_file
    from .workflows import upload_local_files as upload_local_files
    from .workflows import wait_for_result as wait_for_result

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "ApiKeyAuth",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBaseClient",
    "AsyncPage",
    "AsyncPager",
    "AsyncStream",
    "AsyncStreamedCall",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "AuthScheme",
    "Base64Bytes",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "ClientClosedError",
    "ConflictError",
    "DownloadError",
    "Endpoint",
    "FileContent",
    "FileInput",
    "InternalServerError",
    "InvalidRequestError",
    "Job",
    "LocalFile",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "Paging",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RawResponseWithHeaders",
    "RedirectError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SDKError",
    "SDKModel",
    "ServerSentEvent",
    "Stream",
    "StreamedCall",
    "StreamedResponse",
    "SyncBaseClient",
    "SyncPage",
    "UnprocessableEntityError",
    "UploadError",
    "Uploads",
    "WorkflowError",
    "WorkflowTimeoutError",
    "async_check_job",
    "async_download_outputs",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "async_upload_file",
    "async_upload_local_files",
    "async_wait_for_result",
    "check_job",
    "credential",
    "discriminate_by",
    "download_outputs",
    "lazy_exports",
    "log_from_environment",
    "poll_interval_from",
    "server_url",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "upload_file",
    "upload_local_files",
    "wait_for_result",
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
            "Base64Bytes": ".base64_bytes",
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
            "DownloadError": ".errors",
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
            "UploadError": ".errors",
            "WorkflowError": ".errors",
            "WorkflowTimeoutError": ".errors",
            "log_from_environment": ".logs",
            "SDKModel": ".models",
            "NOT_GIVEN": ".not_given",
            "NotGiven": ".not_given",
            "AsyncPage": ".pagination",
            "AsyncPager": ".pagination",
            "Paging": ".pagination",
            "SyncPage": ".pagination",
            "discriminate_by": ".parsing",
            "RawResponse": ".raw_response",
            "RawResponseWithHeaders": ".raw_response",
            "async_to_raw_response_wrapper": ".raw_response",
            "to_raw_response_wrapper": ".raw_response",
            "RequestOptions": ".request_options",
            "server_url": ".servers",
            "AsyncStreamedCall": ".streamed_response",
            "AsyncStreamedResponse": ".streamed_response",
            "StreamedCall": ".streamed_response",
            "StreamedResponse": ".streamed_response",
            "async_to_streamed_response_wrapper": ".streamed_response",
            "to_streamed_response_wrapper": ".streamed_response",
            "AsyncStream": ".streaming",
            "ServerSentEvent": ".streaming",
            "Stream": ".streaming",
            "Job": ".workflows",
            "LocalFile": ".workflows",
            "Uploads": ".workflows",
            "async_check_job": ".workflows",
            "async_download_outputs": ".workflows",
            "async_upload_file": ".workflows",
            "async_upload_local_files": ".workflows",
            "async_wait_for_result": ".workflows",
            "check_job": ".workflows",
            "download_outputs": ".workflows",
            "poll_interval_from": ".workflows",
            "upload_file": ".workflows",
            "upload_local_files": ".workflows",
            "wait_for_result": ".workflows",
        },
    )
