"""TypedDicts for request arguments."""

import importlib
import typing

if typing.TYPE_CHECKING:
    from .n2fa_challenges_create_body import (
        N2faChallengesCreateBody as N2faChallengesCreateBody,
    )
    from .report_request import ReportRequest as ReportRequest
    from .users_sessions_create_body import (
        UsersSessionsCreateBody as UsersSessionsCreateBody,
    )
    from .users_users_create_body import UsersUsersCreateBody as UsersUsersCreateBody

__all__ = [
    "N2faChallengesCreateBody",
    "ReportRequest",
    "UsersSessionsCreateBody",
    "UsersUsersCreateBody",
]

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {
    "N2faChallengesCreateBody": ".n2fa_challenges_create_body",
    "ReportRequest": ".report_request",
    "UsersSessionsCreateBody": ".users_sessions_create_body",
    "UsersUsersCreateBody": ".users_users_create_body",
}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
