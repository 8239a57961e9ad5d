"""The `ReportRequest` schema."""

import datetime

import pydantic

from accounts_naming._core import SDKModel


class ReportRequest(SDKModel):
    """The `ReportRequest` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    from_: datetime.date = pydantic.Field(alias="from")

    to: datetime.date

    a: str | None = pydantic.Field(default=None, alias="A")

    none: str | None = pydantic.Field(default=None, alias="None")

    a_2: str | None = pydantic.Field(default=None, alias="a")

    class_: str | None = pydantic.Field(default=None, alias="class")

    def_: str | None = pydantic.Field(default=None, alias="def")

    import_: bool | None = pydantic.Field(default=None, alias="import")

    json_: bool | None = pydantic.Field(default=None, alias="json")

    model_config_: str | None = pydantic.Field(default=None, alias="model_config")

    request_options: str | None = None

    self: bool | None = None

    user_id: str | None = pydantic.Field(default=None, alias="user-id")

    user_id_2: int | None = pydantic.Field(default=None, alias="user_id")
