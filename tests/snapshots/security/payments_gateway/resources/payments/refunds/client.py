"""Clients for `payments.refunds`: `create`."""

from __future__ import annotations

import functools
import typing

from payments_gateway._core import (
    NOT_GIVEN,
    AsyncBaseClient,
    Endpoint,
    NotGiven,
    RequestOptions,
    SyncBaseClient,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from payments_gateway.types import models


@functools.cache
def _create_endpoint() -> Endpoint[models.Refund]:
    return Endpoint(
        method="POST",
        path="/payments/{paymentId}/refunds",
        operation="payments.refunds.create",
        security=(("apiKeyHeader",),),
        response_type=models.Refund,
        error_types={401: models.Error, 422: models.Error},
    )


class RefundsClient:
    """Synchronous client for `payments.refunds`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> RefundsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return RefundsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> RefundsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return RefundsClientWithStreamingResponse(self)

    def create(
        self,
        *,
        payment_id: str,
        amount: int | NotGiven = NOT_GIVEN,
        reason: (
            typing.Literal["duplicate", "fraudulent", "requested_by_customer"]
            | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Refund:
        """Refund a payment (API key in a header only)

        `POST /payments/{paymentId}/refunds`

        Args:
            payment_id:
            amount: Omit for a full refund.
            reason:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The refund.

        Raises:
            AuthenticationError: Missing or invalid credentials.
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            path_params={"paymentId": payment_id},
            json={"amount": amount, "reason": reason},
            request_options=request_options,
        )

    # @custom-begin RefundsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end RefundsClient


class RefundsClientWithRawResponse:
    """`RefundsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: RefundsClient) -> None:
        self.create = to_raw_response_wrapper(client.create)


class RefundsClientWithStreamingResponse:
    """`RefundsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: RefundsClient) -> None:
        self.create = to_streamed_response_wrapper(client.create)


class AsyncRefundsClient:
    """Asynchronous client for `payments.refunds`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def with_raw_response(self) -> AsyncRefundsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncRefundsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncRefundsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncRefundsClientWithStreamingResponse(self)

    async def create(
        self,
        *,
        payment_id: str,
        amount: int | NotGiven = NOT_GIVEN,
        reason: (
            typing.Literal["duplicate", "fraudulent", "requested_by_customer"]
            | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Refund:
        """Refund a payment (API key in a header only)

        `POST /payments/{paymentId}/refunds`

        Args:
            payment_id:
            amount: Omit for a full refund.
            reason:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The refund.

        Raises:
            AuthenticationError: Missing or invalid credentials.
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            path_params={"paymentId": payment_id},
            json={"amount": amount, "reason": reason},
            request_options=request_options,
        )

    # @custom-begin AsyncRefundsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncRefundsClient


class AsyncRefundsClientWithRawResponse:
    """`AsyncRefundsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncRefundsClient) -> None:
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncRefundsClientWithStreamingResponse:
    """`AsyncRefundsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncRefundsClient) -> None:
        self.create = async_to_streamed_response_wrapper(client.create)
