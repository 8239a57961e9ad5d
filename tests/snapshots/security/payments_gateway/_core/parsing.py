"""Parsing response bodies into the types the API description declares."""

from __future__ import annotations

import json as jsonlib
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pydantic

from .errors import ResponseValidationError

__all__ = [
    "describe_type",
    "discriminate_by",
    "get_adapter",
    "parse_error_body",
    "parse_response",
    "select_error_type",
]

# One TypeAdapter per response type: building one is far costlier than using it.
# Keyed by the type itself (``list[Model]`` written at a call site is a new but equal
# object each time); unhashable types are keyed by identity, kept alive by the entry.
# Bounded, because some type expressions (``Annotated[..., Field(...)]``) never
# compare equal to a fresh copy and would otherwise add an entry per call.
_ADAPTERS: dict[object, pydantic.TypeAdapter[Any]] = {}
_ADAPTERS_BY_ID: dict[int, tuple[object, pydantic.TypeAdapter[Any]]] = {}
_MAX_ADAPTERS = 512
_LOCK = threading.Lock()
_MAX_ERRORS_SHOWN = 10
_MAX_BODY_SHOWN = 500
_QUALIFIER = re.compile(r"\b(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_]\w*)")


def get_adapter(tp: object) -> pydantic.TypeAdapter[Any]:
    """The cached ``TypeAdapter`` for ``tp``."""
    try:
        adapter = _ADAPTERS.get(tp)
        hashable = True
    except TypeError:
        hashable = False
        entry = _ADAPTERS_BY_ID.get(id(tp))
        adapter = entry[1] if entry is not None and entry[0] is tp else None
    if adapter is not None:
        return adapter
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        # A model whose build was deferred is built now, on the class itself, so that
        # the adapter and the model share one validator.
        tp.model_rebuild()
    adapter = pydantic.TypeAdapter(tp)
    with _LOCK:
        if hashable:
            _remember(_ADAPTERS, tp, adapter)
        else:
            _remember(_ADAPTERS_BY_ID, id(tp), (tp, adapter))
    return adapter


def _remember(cache: dict[Any, Any], key: object, value: object) -> None:
    # Evicts the oldest entry first; dicts keep insertion order.
    while len(cache) >= _MAX_ADAPTERS:
        del cache[next(iter(cache))]
    cache[key] = value


def describe_type(tp: object) -> str:
    """A short readable name for a type: ``LipSyncResponse``, ``list[Model]``."""
    if isinstance(tp, type) and not getattr(tp, "__args__", None):
        return tp.__qualname__
    return _QUALIFIER.sub("", repr(tp))


def _format_loc(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def describe_validation_error(error: pydantic.ValidationError) -> list[str]:
    """One line per failing location, e.g. ``field 'data[0].id': Field required``."""
    lines = []
    details = error.errors(include_url=False, include_input=False)
    for detail in details[:_MAX_ERRORS_SHOWN]:
        loc = _format_loc(tuple(detail["loc"]))
        where = f"field {loc!r}" if loc else "body"
        lines.append(f"{where}: {detail['msg']}")
    if len(details) > _MAX_ERRORS_SHOWN:
        lines.append(f"... and {len(details) - _MAX_ERRORS_SHOWN} more")
    return lines


def parse_response(
    response: httpx.Response, response_type: object, *, call: str
) -> Any:
    """Parse a successful response's body into ``response_type``.

    ``None`` ignores the body, ``bytes`` and ``str`` return it as-is, and any other
    type is validated from JSON. ``call`` names the call in error messages.

    Raises:
        ResponseValidationError: the body is not JSON, or does not match the type.
    """
    if response_type is None or response_type is type(None):
        return None
    if response_type is bytes:
        return response.content
    if response_type is str:
        return response.text
    adapter = get_adapter(response_type)
    content = response.content
    empty = _is_blank(content)
    try:
        if not empty:
            return adapter.validate_json(content)
        # An empty body is fine for an optional result, and an error otherwise.
        return adapter.validate_python(None)
    except pydantic.ValidationError as exc:
        problem = "the response body was empty" if empty else None
        lines = [problem] if problem else describe_validation_error(exc)
        message = (
            f"{call}: the response (status {response.status_code}) did not match "
            f"{describe_type(response_type)}:\n"
            + "\n".join(f"  {line}" for line in lines)
        )
        raise ResponseValidationError(
            message, response=response, validation_error=exc
        ) from exc


def _is_blank(content: bytes) -> bool:
    """Whether a body is empty or only whitespace (without copying a large body, as
    ``strip()`` would)."""
    return not content or content.isspace()


def select_error_type(
    status_code: int, error_types: Mapping[int | str, object] | None
) -> object | None:
    """The declared type for an error status: exact code, then ``4XX``, then default."""
    if not error_types:
        return None
    if status_code in error_types:
        return error_types[status_code]
    by_text = {str(key).upper(): value for key, value in error_types.items()}
    for key in (str(status_code), f"{status_code // 100}XX", "DEFAULT"):
        if key in by_text:
            return by_text[key]
    return None


def parse_error_body(
    response: httpx.Response, error_type: object | None
) -> tuple[Any, Any]:
    """An error response's body, decoded, and parsed into its declared type. Never raises.

    The first is the decoded JSON, else the text, or ``None`` when the body is empty;
    the second is an instance of ``error_type`` when the body matches it, else ``None``.
    """
    content = response.content
    if _is_blank(content):
        return None, None
    parsed = None
    if error_type is not None:
        try:
            parsed = get_adapter(error_type).validate_json(content)
        except Exception:
            pass  # a body not matching its declared type is still worth keeping as it is
    try:
        return jsonlib.loads(content), parsed
    except ValueError:
        pass
    try:
        return response.text, parsed
    except Exception:
        return content.decode("utf-8", errors="replace"), parsed


def summarize_body(body: Any) -> str:
    """A short one-line rendering of an error body for exception messages."""
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    text = repr(body) if not isinstance(body, str) else body
    text = " ".join(text.split())
    if len(text) > _MAX_BODY_SHOWN:
        text = text[: _MAX_BODY_SHOWN - 3] + "..."
    return text


def discriminate_by(name: str, tags: Mapping[str, str]) -> Callable[[Any], str | None]:
    """For a discriminated union: the option a value belongs to, by its ``name``.

    An unknown value yields None, which pydantic reports as a validation error that
    names the discriminator.
    """

    def choose(value: Any) -> str | None:
        if isinstance(value, Mapping):
            raw = value.get(name)
        else:
            raw = getattr(value, name, None)
        return tags.get(str(raw)) if raw is not None else None

    return choose
