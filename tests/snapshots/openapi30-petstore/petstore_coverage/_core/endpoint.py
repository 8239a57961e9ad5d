"""What stays the same on every call of one operation, shared by its sync and async methods."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .encoding import QueryStyle

if TYPE_CHECKING:
    from .pagination import Paging

__all__ = ["Endpoint"]

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Endpoint(Generic[T]):
    """One operation of the API, as the client sends it and reads its answer.

    ``T`` is what a call returns (for an event stream: what each event holds), so the
    base client's ``request`` and ``stream`` are typed by the endpoint they are given.

    Attributes:
        method: The HTTP method, upper case.
        path: The path template, ``/v1/things/{id}``.
        operation: How messages name the operation: ``v1.things.get``.
        security: Alternatives of security scheme names that must all be set; empty
            when the operation needs no credentials.
        response_type: What a 2xx body is parsed into (a type pydantic can validate;
            ``None`` for no body, ``bytes`` or ``str`` for raw bodies).
        error_types: Per status (``404``, ``"4XX"``, ``"default"``), what an error
            body is parsed into.
        accept: The ``Accept`` header.
        content_type: The ``Content-Type`` of a raw (bytes or text) body.
        query_styles: Query parameters serialized other than ``form``, exploded.
        multipart: Whether the form fields and files go as ``multipart/form-data``.
        optional_body: Whether the operation may send no body: then a call that gives
            no body argument (every one ``NOT_GIVEN``) and no ``extra_body`` sends none.
        base_url: The operation's own server, when the API names one for it; used
            unless the caller chose the client's base URL.
        paging: How a list operation's pages follow each other; ``None`` when the
            operation is not paginated.
        redirect_is_answer: The operation documents a redirect (3xx) as its answer
            (and no 2xx): a download by a signed URL, a step of a login flow. The
            client does not follow it; the redirect is the result (its ``Location``
            through ``with_raw_response``).
        event_type: For an operation that answers JSON or an event stream, as the
            server chooses (by the response's ``Content-Type``): what each event
            holds, while ``response_type`` is the JSON body's type; ``None`` for
            every other operation.
        event_envelope: Whether the event type describes the whole event (its
            ``event``, ``data``, ``id``, ``retry``), not only its ``data``.
    """

    method: str
    path: str
    operation: str
    security: tuple[tuple[str, ...], ...] = ()
    response_type: Any = None
    error_types: Mapping[int | str, Any] | None = None
    accept: str = "application/json"
    content_type: str | None = None
    query_styles: Mapping[str, QueryStyle] | None = None
    multipart: bool = False
    optional_body: bool = False
    base_url: str | None = None
    paging: Paging | None = None
    redirect_is_answer: bool = False
    event_type: Any = None
    event_envelope: bool = False

    @functools.cached_property
    def name(self) -> str:
        """``v1.lip_sync.create (POST /v1/lip-sync)``."""
        return f"{self.operation} ({self.method} {self.path})"
