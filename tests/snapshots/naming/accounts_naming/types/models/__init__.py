"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .catalog import Catalog as Catalog
    from .catalog_common_error import CatalogCommonError as CatalogCommonError
    from .catalog_user import CatalogUser as CatalogUser
    from .catalog_user2 import CatalogUser2 as CatalogUser2
    from .client import Client as Client
    from .common_error import CommonError as CommonError
    from .create_user_request import CreateUserRequest as CreateUserRequest
    from .create_user_response import CreateUserResponse as CreateUserResponse
    from .field import Field as Field
    from .group import Group as Group
    from .list import List as List
    from .n2_fa_challenge import N2FaChallenge as N2FaChallenge
    from .n3_d_model import N3DModel as N3DModel
    from .pet import Pet as Pet
    from .pet2 import Pet2 as Pet2
    from .report_request import ReportRequest as ReportRequest
    from .reports_create_response import ReportsCreateResponse as ReportsCreateResponse
    from .search_result import SearchResult as SearchResult
    from .session import Session as Session
    from .user_list import UserList as UserList
    from .user_profile import UserProfile as UserProfile
    from .user_profile2 import UserProfile2 as UserProfile2
    from .users_create_request import UsersCreateRequest as UsersCreateRequest
    from .users_users_create_response import (
        UsersUsersCreateResponse as UsersUsersCreateResponse,
    )
    from .v1_user import V1User as V1User

__all__ = [
    "Catalog",
    "CatalogCommonError",
    "CatalogUser",
    "CatalogUser2",
    "Client",
    "CommonError",
    "CreateUserRequest",
    "CreateUserResponse",
    "Field",
    "Group",
    "List",
    "N2FaChallenge",
    "N3DModel",
    "Pet",
    "Pet2",
    "ReportRequest",
    "ReportsCreateResponse",
    "SearchResult",
    "Session",
    "UserList",
    "UserProfile",
    "UserProfile2",
    "UsersCreateRequest",
    "UsersUsersCreateResponse",
    "V1User",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Catalog": ".catalog",
            "CatalogCommonError": ".catalog_common_error",
            "CatalogUser": ".catalog_user",
            "CatalogUser2": ".catalog_user2",
            "Client": ".client",
            "CommonError": ".common_error",
            "CreateUserRequest": ".create_user_request",
            "CreateUserResponse": ".create_user_response",
            "Field": ".field",
            "Group": ".group",
            "List": ".list",
            "N2FaChallenge": ".n2_fa_challenge",
            "N3DModel": ".n3_d_model",
            "Pet": ".pet",
            "Pet2": ".pet2",
            "ReportRequest": ".report_request",
            "ReportsCreateResponse": ".reports_create_response",
            "SearchResult": ".search_result",
            "Session": ".session",
            "UserList": ".user_list",
            "UserProfile": ".user_profile",
            "UserProfile2": ".user_profile2",
            "UsersCreateRequest": ".users_create_request",
            "UsersUsersCreateResponse": ".users_users_create_response",
            "V1User": ".v1_user",
        },
    )
