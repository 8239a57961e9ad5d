"""A tree of section names, each mapping to its own sub-sections."""

from __future__ import annotations

import typing_extensions

Outline = typing_extensions.TypeAliasType("Outline", "dict[str, Outline]")
"""A tree of section names, each mapping to its own sub-sections."""
