"""The sync and async SDK differ in a handful of words, and pick their entry of every pair."""

from __future__ import annotations

from support.model import resource

from generator.emit.flavours import ASYNC, FLAVOURS, SYNC


def test_sync_then_async() -> None:
    assert FLAVOURS == (SYNC, ASYNC)
    assert (SYNC.is_async, ASYNC.is_async) == (False, True)


def test_index_picks_the_flavours_name_from_the_models_pairs() -> None:
    lip_sync = resource("v1", "lip_sync")
    assert lip_sync.class_names[SYNC.index] == "LipSyncClient"
    assert lip_sync.class_names[ASYNC.index] == "AsyncLipSyncClient"
    assert lip_sync.raw_class_names[ASYNC.index] == "AsyncLipSyncClientWithRawResponse"


def test_the_words_that_differ() -> None:
    assert (SYNC.def_keyword, ASYNC.def_keyword) == ("def", "async def")
    assert (SYNC.await_keyword, ASYNC.await_keyword) == ("", "await ")
    assert (SYNC.base_client, ASYNC.base_client) == ("SyncBaseClient", "AsyncBaseClient")
    assert (SYNC.http_client, ASYNC.http_client) == ("httpx.Client", "httpx.AsyncClient")
    assert (SYNC.raw_wrapper, ASYNC.raw_wrapper) == (
        "to_raw_response_wrapper",
        "async_to_raw_response_wrapper",
    )
    assert (SYNC.adjective, ASYNC.adjective) == ("Synchronous", "Asynchronous")
