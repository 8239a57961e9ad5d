"""Running the same SDK calls through `Client` and `AsyncClient` (the generated Magic Hour SDK)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import magic_hour
from magic_hour import AsyncClient, Client


class Flavour:
    """Builds ``Client`` or ``AsyncClient`` and runs calls on it.

    A step is a zero-argument callable making one SDK call: its result is returned as
    is for the sync flavour and awaited for the async one. All steps of one ``run``
    share one event loop (an ``httpx.AsyncClient`` pool must not outlive its loop), and
    the client is closed at the end, in that same loop.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_async = name == "async"

    def client(self, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", 5.0)
        return (AsyncClient if self.is_async else Client)(**kwargs)

    def fake_sleep(self, client: Any) -> list[float]:
        """Make the client record its retry waits instead of sleeping."""
        delays: list[float] = []
        if self.is_async:

            async def sleep(delay: float) -> None:
                delays.append(delay)

            client._base_client._sleep = sleep
        else:
            client._base_client._sleep = delays.append
        return delays

    def run_all(self, client: Any, *steps: Callable[[], Any], capture: bool = False) -> list[Any]:
        """Run each step (a zero-argument SDK call) in one event loop, then close the client.

        With ``capture``, an SDK exception raised by a step is returned in its place.
        """

        def sync_step(step: Callable[[], Any]) -> Any:
            try:
                return step()
            except magic_hour.MagicHourError as exc:
                if capture:
                    return exc
                raise

        async def async_step(step: Callable[[], Any]) -> Any:
            try:
                return await step()
            except magic_hour.MagicHourError as exc:
                if capture:
                    return exc
                raise

        if not self.is_async:
            try:
                return [sync_step(step) for step in steps]
            finally:
                client.close()

        async def main() -> list[Any]:
            try:
                return [await async_step(step) for step in steps]
            finally:
                await client.close()

        return asyncio.run(main())

    def run(self, client: Any, step: Callable[[], Any]) -> Any:
        return self.run_all(client, step)[0]
