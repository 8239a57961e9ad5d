"""The `style` field of the request body of `POST /v1/ai-meme-generator`."""

from __future__ import annotations

import typing

import typing_extensions


class V1AiMemeGeneratorCreateBodyStyle(typing_extensions.TypedDict):
    """The `style` field of the request body of `POST /v1/ai-meme-generator`."""

    template: typing_extensions.Required[
        typing.Literal[
            "Random",
            "Drake Hotline Bling",
            "Galaxy Brain",
            "Two Buttons",
            "Gru's Plan",
            "Tuxedo Winnie The Pooh",
            "Is This a Pigeon",
            "Panik Kalm Panik",
            "Disappointed Guy",
            "Waiting Skeleton",
            "Bike Fall",
            "Change My Mind",
            "Side Eyeing Chloe",
        ]
    ]
    """To use our templates, pass in one of the enum values."""

    topic: typing_extensions.Required[str]
    """The topic of the meme."""

    searchWeb: typing_extensions.NotRequired[bool]
    """Whether to search the web for meme content."""
