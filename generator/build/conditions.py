"""Conditions between properties that specs state only in prose, read so examples obey them.

OpenAPI 3.0 cannot say "`video_file_path` is required when `video_source` is `file`", so specs
write it in the description. An example that sends `video_source: "file"` without the file fails
against the API, so the docs read these sentences (and only these, strictly):

- "required if/when `X` is `a`" (or "`a` or `b`"): the property goes with those values of its
  sibling `X`, and not with others;
- "only used/applies when `X` is `a`": the property is left out with other values of `X`;
- "at least one of `a` or `b` must be provided" on an object: one of its properties `a`, `b`.

A sentence that names no sibling, or values the sibling cannot take, is ignored.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.api import Condition

# `video_source`, "video_source", video_source: a property name as prose writes it.
_NAME = r"[`'\"]?\.?(?P<name>[A-Za-z_][\w.\-]*)[`'\"]?"
_VALUE = r"[`'\"]?[\w.:/\-]+[`'\"]?"
_VALUES = rf"(?P<values>{_VALUE}(?:\s*(?:,|or|,\s*or)\s*{_VALUE})*)"
_REQUIRED = re.compile(
    rf"\brequired\s+(?:if|when)\s+{_NAME}\s+(?:is|equals|=+)\s+{_VALUES}", re.IGNORECASE
)
_ONLY = re.compile(
    rf"\bonly\s+(?:used|applies|applicable|valid|relevant|considered|supported|needed)\s+"
    rf"(?:if|when)\s+{_NAME}\s+(?:is|equals|=+)\s+{_VALUES}",
    re.IGNORECASE,
)
_AT_LEAST_ONE = re.compile(
    r"\bat\s+least\s+one\s+of\s+(?P<names>`[^`]+`(?:\s*(?:,|or|and|,\s*or)\s*`[^`]+`)+)",
    re.IGNORECASE,
)


def condition_in(description: str, siblings: dict[str, tuple[Any, ...]]) -> Condition | None:
    """The condition `description` states on a property, given its siblings' wire names and the
    values each can take (`()` when any)."""
    for pattern, required in ((_REQUIRED, True), (_ONLY, False)):
        match = pattern.search(description)
        if match is None:
            continue
        sibling = match["name"].rsplit(".", 1)[-1]
        if sibling not in siblings:
            continue
        written = [_unquote(v) for v in re.split(r"\s*(?:,\s*or|,|\bor\b)\s*", match["values"])]
        allowed = siblings[sibling]
        values = tuple(v for v in allowed if str(v) in written) if allowed else tuple(written)
        if values:
            return Condition(sibling=sibling, values=values, required=required)
    return None


def one_needed_of(description: str, properties: tuple[str, ...]) -> tuple[str, ...]:
    """The properties of which "at least one" must be given, as the description says."""
    match = _AT_LEAST_ONE.search(description)
    if match is None:
        return ()
    named = [
        n.strip("`").strip().rsplit(".", 1)[-1] for n in re.findall(r"`[^`]+`", match["names"])
    ]
    found = tuple(name for name in named if name in properties)
    return found if len(found) > 1 else ()


def _unquote(value: str) -> str:
    return value.strip().strip("`'\"").rstrip(".")
