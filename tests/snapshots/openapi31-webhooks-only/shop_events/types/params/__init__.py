"""TypedDicts for request arguments."""

import importlib
import typing

if typing.TYPE_CHECKING:
    pass

__all__ = []

# Imported on first use, so that importing the package does not import every module.
_EXPORTS: dict[str, str] = {}


def __getattr__(name: str) -> typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
