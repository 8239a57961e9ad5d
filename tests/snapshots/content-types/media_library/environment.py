"""The servers of the Media Library API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    PRODUCTION = "https://media.example.com/api/v3"
    """Production"""
