"""The servers of the Shop Events API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    DEFAULT = "http://localhost"
    """Default"""
