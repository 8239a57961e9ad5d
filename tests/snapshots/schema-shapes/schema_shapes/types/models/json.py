"""Any JSON value; arrays and objects hold JSON values again."""

import typing_extensions

Json = typing_extensions.TypeAliasType(
    "Json", "str | float | bool | list[Json] | dict[str, Json] | None"
)
"""Any JSON value; arrays and objects hold JSON values again."""
