"""The request body of `POST /newsletter/subscriptions`."""

from __future__ import annotations

import typing

import typing_extensions


class NewsletterSubscriptionsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /newsletter/subscriptions`."""

    consent: typing_extensions.Required[bool]

    email: typing_extensions.Required[str]

    frequency: typing_extensions.NotRequired[
        typing.Literal["daily", "weekly", "monthly"]
    ]

    name: typing_extensions.NotRequired[str]

    topics: typing_extensions.NotRequired[
        list[typing.Literal["photo", "video", "audio"]]
    ]
    """Repeated field (`topics=photo&topics=video`)."""
