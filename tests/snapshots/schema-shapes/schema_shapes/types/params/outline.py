"""A tree of section names, each mapping to its own sub-sections."""

import typing_extensions

Outline = typing_extensions.TypeAliasType("Outline", "dict[str, Outline]")
"""A tree of section names, each mapping to its own sub-sections."""
