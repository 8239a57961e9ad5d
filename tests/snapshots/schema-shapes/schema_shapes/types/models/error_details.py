"""Errors per field, nested like the document they describe."""

import typing_extensions

ErrorDetails = typing_extensions.TypeAliasType(
    "ErrorDetails", "dict[str, ErrorDetails] | InnerErrors"
)
"""Errors per field, nested like the document they describe."""

# The types it names are imported after it (its value is read on first use), so that a module
# that imports this one in a cycle finds the alias defined.
# ruff: noqa: E402
from .inner_errors import InnerErrors
