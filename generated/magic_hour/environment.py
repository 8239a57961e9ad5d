"""The servers of the Magic Hour API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    ENVIRONMENT = "https://api.magichour.ai"
