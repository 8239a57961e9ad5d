"""The sync and async SDK: one template, written once, printed in two flavours."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Flavour:
    """The handful of words in which the sync and async SDK differ."""

    is_async: bool
    index: int  # 0 sync, 1 async: picks this flavour's entry of the model's (sync, async) pairs
    adjective: str
    def_keyword: str
    await_keyword: str
    base_client: str
    http_client: str
    raw_wrapper: str
    streaming_wrapper: str
    context_keyword: str  # how a context manager is entered: `with`, `async with`


SYNC = Flavour(
    is_async=False,
    index=0,
    adjective="Synchronous",
    def_keyword="def",
    await_keyword="",
    base_client="SyncBaseClient",
    http_client="httpx.Client",
    raw_wrapper="to_raw_response_wrapper",
    streaming_wrapper="to_streamed_response_wrapper",
    context_keyword="with",
)
ASYNC = Flavour(
    is_async=True,
    index=1,
    adjective="Asynchronous",
    def_keyword="async def",
    await_keyword="await ",
    base_client="AsyncBaseClient",
    http_client="httpx.AsyncClient",
    raw_wrapper="async_to_raw_response_wrapper",
    streaming_wrapper="async_to_streamed_response_wrapper",
    context_keyword="async with",
)
FLAVOURS = (SYNC, ASYNC)
