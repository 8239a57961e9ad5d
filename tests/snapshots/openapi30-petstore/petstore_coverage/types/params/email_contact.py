"""EmailContact"""

from __future__ import annotations

import typing_extensions


class EmailContact(typing_extensions.TypedDict):
    """EmailContact"""

    email: typing_extensions.Required[str]
