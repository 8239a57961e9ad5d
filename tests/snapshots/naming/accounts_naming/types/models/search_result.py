"""The `SearchResult` schema."""

import datetime
import typing

import pydantic

from accounts_naming._core import SDKModel


class SearchResult(SDKModel):
    """The `SearchResult` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    n_2fa_enabled: bool | None = pydantic.Field(default=None, alias="2fa_enabled")

    type_: str | None = pydantic.Field(default=None, alias="@type")

    a: str | None = pydantic.Field(default=None, alias="A")

    none: str | None = pydantic.Field(default=None, alias="None")

    links: dict[str, str] | None = pydantic.Field(default=None, alias="_links")
    """A leading underscore (private in pydantic)."""

    a_2: str | None = pydantic.Field(default=None, alias="a")

    async_: bool | None = pydantic.Field(default=None, alias="async")

    class_: str | None = pydantic.Field(default=None, alias="class")

    def_: str | None = pydantic.Field(default=None, alias="def")

    dict_: dict[str, typing.Any] | None = pydantic.Field(default=None, alias="dict")
    """A builtin and a `BaseModel` method."""

    from_: datetime.date | None = pydantic.Field(default=None, alias="from")

    import_: bool | None = pydantic.Field(default=None, alias="import")

    json_: str | None = pydantic.Field(default=None, alias="json")
    """Shadows `BaseModel.json`."""

    kind: (
        typing.Literal[
            "active", "in-progress", "in_progress", "a", "A", "None", "class", ""
        ]
        | str
        | None
    ) = None
    """Enum values that collide after sanitising (`in-progress` / `in_progress`, `a` / `A`) or are keywords."""

    model_config_: str | None = pydantic.Field(default=None, alias="model_config")
    """Shadows pydantic's `model_config`."""

    request_options: str | None = None

    schema_: str | None = pydantic.Field(default=None, alias="schema")
    """Shadows `BaseModel.schema`."""

    self: str | None = None

    user_id: str | None = pydantic.Field(default=None, alias="user-id")

    user_id_2: int | None = pydantic.Field(default=None, alias="user_id")
