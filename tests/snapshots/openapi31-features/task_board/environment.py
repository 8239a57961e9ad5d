"""The servers of the Task Board API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    PRODUCTION = "https://tasks.example.com/api"
    """Production"""
