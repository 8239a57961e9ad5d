"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

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
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "N2faChallengesCreateBody": ".n2fa_challenges_create_body",
            "ReportRequest": ".report_request",
            "UsersSessionsCreateBody": ".users_sessions_create_body",
            "UsersUsersCreateBody": ".users_users_create_body",
        },
    )
