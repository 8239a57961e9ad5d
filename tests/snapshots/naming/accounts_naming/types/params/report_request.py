"""The `ReportRequest` schema."""

from __future__ import annotations

import datetime

import typing_extensions

ReportRequest = typing_extensions.TypedDict(
    "ReportRequest",
    {
        "from": typing_extensions.Required[str | datetime.date],
        "to": typing_extensions.Required[str | datetime.date],
        "A": typing_extensions.NotRequired[str],
        "None": typing_extensions.NotRequired[str],
        "a": typing_extensions.NotRequired[str],
        "class": typing_extensions.NotRequired[str],
        "def": typing_extensions.NotRequired[str],
        "import": typing_extensions.NotRequired[bool],
        "json": typing_extensions.NotRequired[bool],
        "model_config": typing_extensions.NotRequired[str],
        "request_options": typing_extensions.NotRequired[str],
        "self": typing_extensions.NotRequired[bool],
        "user-id": typing_extensions.NotRequired[str],
        "user_id": typing_extensions.NotRequired[int],
    },
)
"""The `ReportRequest` schema."""
