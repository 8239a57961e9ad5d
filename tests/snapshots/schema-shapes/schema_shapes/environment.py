"""The servers of the Schema Shapes API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    PRODUCTION = "https://docs.example.com/api"
    """Production"""
