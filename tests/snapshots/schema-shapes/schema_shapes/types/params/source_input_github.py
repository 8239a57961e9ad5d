"""A source of events; its `name` applies to every kind of source."""

from __future__ import annotations

import typing

import typing_extensions


class SourceInputGithub(typing_extensions.TypedDict):
    """A source of events; its `name` applies to every kind of source."""

    name: typing_extensions.Required[str]

    secret: typing_extensions.Required[str]

    type: typing_extensions.Required[typing.Literal["github"]]
