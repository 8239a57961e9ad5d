"""The servers of the Petstore Coverage API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    PRODUCTION = "https://petstore.example.com/v1"
    """Production"""
