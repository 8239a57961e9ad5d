"""Clients for `payments`: `list`, `create`."""

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

if typing.TYPE_CHECKING:
    from payments_gateway.resources.payments.refunds.client import (
        AsyncRefundsClient,
        RefundsClient,
    )


@functools.cache
def _list_endpoint() -> Endpoint[models.PaymentsListResponse]:
    return Endpoint(
        method="GET",
        path="/payments",
        operation="payments.list",
        security=(("bearerAuth",), ("apiKeyQuery",)),
        response_type=models.PaymentsListResponse,
        error_types={400: models.Error, 401: models.Error},
    )


@functools.cache
def _create_endpoint() -> Endpoint[models.Payment]:
    return Endpoint(
        method="POST",
        path="/payments",
        operation="payments.create",
        security=(("apiKeyHeader", "bearerAuth"),),
        response_type=models.Payment,
        error_types={401: models.Error, 422: models.Error},
    )


class PaymentsClient:
    """Synchronous client for `payments`."""

    def __init__(self, *, base_client: SyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def refunds(self) -> RefundsClient:
        from payments_gateway.resources.payments.refunds.client import RefundsClient

        return RefundsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> PaymentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return PaymentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PaymentsClientWithStreamingResponse:
        """The same methods, called in a `with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return PaymentsClientWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        status: (
            typing.Literal["pending", "succeeded", "failed", "refunded"] | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.PaymentsListResponse:
        """List payments (a bearer token or an API key in the query string)

        `GET /payments`

        Args:
            limit:
            status:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of payments.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return self._base_client.request(
            _list_endpoint(),
            query={"limit": limit, "status": status},
            request_options=request_options,
        )

    def create(
        self,
        *,
        amount: int,
        currency: typing.Literal["EUR", "GBP", "USD"],
        idempotency_key: str,
        description: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Payment:
        """Create a payment (a bearer token AND an API key header, both required)

        `POST /payments`

        Args:
            amount: In minor units.
            currency:
            idempotency_key: Makes retries safe; reuse the same key for the same payment.
            description:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The payment.

        Raises:
            AuthenticationError: Missing or invalid credentials.
            UnprocessableEntityError: The body is invalid.
        """
        return self._base_client.request(
            _create_endpoint(),
            headers={"Idempotency-Key": idempotency_key},
            json={"amount": amount, "currency": currency, "description": description},
            request_options=request_options,
        )

    # @custom-begin PaymentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end PaymentsClient


class PaymentsClientWithRawResponse:
    """`PaymentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: PaymentsClient) -> None:
        self.list = to_raw_response_wrapper(client.list)
        self.create = to_raw_response_wrapper(client.create)


class PaymentsClientWithStreamingResponse:
    """`PaymentsClient`'s methods, each called in a `with` block that gets its response unread."""

    def __init__(self, client: PaymentsClient) -> None:
        self.list = to_streamed_response_wrapper(client.list)
        self.create = to_streamed_response_wrapper(client.create)


class AsyncPaymentsClient:
    """Asynchronous client for `payments`."""

    def __init__(self, *, base_client: AsyncBaseClient) -> None:
        self._base_client: typing.Final = base_client

    @functools.cached_property
    def refunds(self) -> AsyncRefundsClient:
        from payments_gateway.resources.payments.refunds.client import (
            AsyncRefundsClient,
        )

        return AsyncRefundsClient(base_client=self._base_client)

    @functools.cached_property
    def with_raw_response(self) -> AsyncPaymentsClientWithRawResponse:
        """The same methods, returning the HTTP response (status, headers) with the parsed value."""
        return AsyncPaymentsClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPaymentsClientWithStreamingResponse:
        """The same methods, called in a `async with` block that gets the response as it arrives (`iter_bytes()`, `stream_to_file()`, ...)."""
        return AsyncPaymentsClientWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        status: (
            typing.Literal["pending", "succeeded", "failed", "refunded"] | NotGiven
        ) = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.PaymentsListResponse:
        """List payments (a bearer token or an API key in the query string)

        `GET /payments`

        Args:
            limit:
            status:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            A page of payments.

        Raises:
            BadRequestError: A parameter is invalid.
            AuthenticationError: Missing or invalid credentials.
        """
        return await self._base_client.request(
            _list_endpoint(),
            query={"limit": limit, "status": status},
            request_options=request_options,
        )

    async def create(
        self,
        *,
        amount: int,
        currency: typing.Literal["EUR", "GBP", "USD"],
        idempotency_key: str,
        description: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> models.Payment:
        """Create a payment (a bearer token AND an API key header, both required)

        `POST /payments`

        Args:
            amount: In minor units.
            currency:
            idempotency_key: Makes retries safe; reuse the same key for the same payment.
            description:
            request_options: Per-request timeout, retries and extra headers, query or body.

        Returns:
            The payment.

        Raises:
            AuthenticationError: Missing or invalid credentials.
            UnprocessableEntityError: The body is invalid.
        """
        return await self._base_client.request(
            _create_endpoint(),
            headers={"Idempotency-Key": idempotency_key},
            json={"amount": amount, "currency": currency, "description": description},
            request_options=request_options,
        )

    # @custom-begin AsyncPaymentsClient (code down to @custom-end is yours: regeneration keeps it)
    # @custom-end AsyncPaymentsClient


class AsyncPaymentsClientWithRawResponse:
    """`AsyncPaymentsClient`'s methods, each returning a `RawResponse`."""

    def __init__(self, client: AsyncPaymentsClient) -> None:
        self.list = async_to_raw_response_wrapper(client.list)
        self.create = async_to_raw_response_wrapper(client.create)


class AsyncPaymentsClientWithStreamingResponse:
    """`AsyncPaymentsClient`'s methods, each called in a `async with` block that gets its response unread."""

    def __init__(self, client: AsyncPaymentsClient) -> None:
        self.list = async_to_streamed_response_wrapper(client.list)
        self.create = async_to_streamed_response_wrapper(client.create)
