"""The servers of the Magic Hour API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    SERVER_1 = "https://api.magichour.ai"
