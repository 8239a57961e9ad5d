"""Server-sent events (`text/event-stream`) as typed iterators.

`Stream[T]` and `AsyncStream[T]` parse each event's `data` (joined across its `data:`
lines) into the declared type, as JSON unless the type is `str`; a type that describes
the whole event (`event`, `data`, `id`, `retry`: an endpoint's `event_envelope`) gets
them all, the data parsed as JSON. `data: [DONE]` (the end mark OpenAI-style APIs send)
ends a stream of JSON events. The HTTP response
stays open while you iterate and is closed when the stream ends, on `close()`, or when
the `with` block exits.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Generic, TypeVar

import httpx
import pydantic
from typing_extensions import Self

from .endpoint import Endpoint
from .errors import ResponseValidationError
from .parsing import describe_validation_error, get_adapter

__all__ = ["AsyncStream", "ServerSentEvent", "Stream", "answered_with_events"]

T = TypeVar("T")


def answered_with_events(endpoint: Endpoint[Any], response: httpx.Response) -> bool:
    """Whether a streaming call's successful ``response`` is read as events: always for
    an operation that only streams; for one that answers JSON or events
    (``endpoint.event_type``), when the server says ``text/event-stream``."""
    if endpoint.event_type is None:
        return True
    media_type = str(response.headers.get("content-type", "")).split(";")[0]
    return media_type.strip().lower() == "text/event-stream"


class ServerSentEvent:
    """One event as sent: its `event` name, `data` text, `id` and `retry`."""

    def __init__(
        self, event: str, data: str, id: str | None, retry: int | None
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r})"
        )


class _EventDecoder:
    """The event-stream format: fields per line, an empty line ends an event."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data and not self._event:
                return None
            event = ServerSentEvent(
                self._event or "message", "\n".join(self._data), self._id, self._retry
            )
            self._event, self._data, self._retry = "", [], None
            return event
        if line.startswith(":"):
            return None  # a comment, often a keep-alive
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id" and "\x00" not in value:
            self._id = value
        elif field == "retry" and value.isdigit():
            self._retry = int(value)
        return None


def _fields(event: ServerSentEvent) -> dict[str, object]:
    """An event as the object a whole-event schema describes: its ``data`` parsed as
    JSON (kept as text when it is not JSON), the fields it has."""
    try:
        data: object = json.loads(event.data)
    except ValueError:
        data = event.data
    fields = {"event": event.event, "data": data, "id": event.id, "retry": event.retry}
    return {name: value for name, value in fields.items() if value is not None}


def _decode(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    decoder = _EventDecoder()
    for line in lines:
        event = decoder.feed(line.rstrip("\r"))
        if event is not None:
            yield event
    last = decoder.feed("")
    if last is not None:
        yield last


class _StreamBase(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        item_type: object,
        call: str,
        envelope: bool = False,
    ) -> None:
        self.response = response
        self._item_type = item_type
        self._call = call
        self._envelope = envelope  # the type describes the whole event, not its data

    def _ends(self, event: ServerSentEvent) -> bool:
        """``data: [DONE]``, the end mark of OpenAI-style streams (Mistral), is no event
        of a JSON type: it ends the stream instead of failing to parse."""
        return event.data == "[DONE]" and self._item_type not in (str, ServerSentEvent)

    def _parse(self, event: ServerSentEvent) -> T:
        if self._item_type is str:
            return event.data  # type: ignore[return-value]
        if self._item_type is ServerSentEvent:
            return event  # type: ignore[return-value]
        try:
            adapter = get_adapter(self._item_type)
            value: Any = (
                adapter.validate_python(_fields(event))
                if self._envelope
                else adapter.validate_json(event.data)
            )
        except pydantic.ValidationError as exc:
            lines = "\n".join(f"  {line}" for line in describe_validation_error(exc))
            message = (
                f"{self._call}: an event did not match the declared type:\n{lines}"
            )
            raise ResponseValidationError(
                message, response=self.response, validation_error=exc
            ) from exc
        return value  # type: ignore[no-any-return]


class Stream(_StreamBase[T]):
    """The events of a synchronous call, parsed one by one as they arrive."""

    def __iter__(self) -> Iterator[T]:
        try:
            for event in _decode(self.response.iter_lines()):
                if self._ends(event):
                    return
                yield self._parse(event)
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """The events of an asynchronous call, parsed one by one as they arrive."""

    async def __aiter__(self) -> AsyncIterator[T]:
        decoder = _EventDecoder()
        try:
            async for line in self.response.aiter_lines():
                event = decoder.feed(line.rstrip("\r"))
                if event is not None and self._ends(event):
                    return
                if event is not None:
                    yield self._parse(event)
            last = decoder.feed("")
            if last is not None and not self._ends(last):
                yield self._parse(last)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
