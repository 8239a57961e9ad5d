"""The servers of the Accounts Naming API."""

import enum


class Environment(enum.Enum):
    """Where requests go; `Client(base_url=...)` overrides it."""

    SERVER_1 = "https://accounts.example.com/api"
