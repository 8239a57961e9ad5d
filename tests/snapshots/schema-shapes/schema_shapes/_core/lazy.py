"""Package namespaces whose names are imported on first use, not with the package.

``import <sdk>`` must stay cheap: a script that uses one resource should not pay for
importing every model. Each package ``__init__`` of an SDK (this runtime's included)
lists its public names and the modules they come from, and gets its module-level
``__getattr__`` and ``__dir__`` from here (PEP 562).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, exports: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the package named ``package``.

    ``exports`` maps each public name to the module it comes from, relative to
    ``package`` (``".client"``), followed by ``:NAME`` when it has another name there
    (``"._core:SDKError"``). A name is imported once, then kept in the namespace.
    """
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        target = exports.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = target.partition(":")
        value = getattr(importlib.import_module(module, package), attribute or name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *exports})

    return __getattr__, __dir__
