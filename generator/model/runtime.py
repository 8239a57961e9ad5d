"""What the SDK runtime offers, read from its source rather than repeated here.

The runtime (`runtime/` in this repository) is plain Python, the same in every SDK: it is copied
verbatim into each one as its `_core` package. Generated code and docs need a few facts about it,
the exception classes users catch and which HTTP status raises which; they are read from the
runtime's own source, so each is stated once.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Mapping
from typing import Any

from ..shipped import RUNTIME as RUNTIME_DIR

# The runtime's base exception; each SDK also exports it under its own name (`MagicHourError`).
BASE_EXCEPTION = "SDKError"
# What a status with no exception of its own raises (`default`, `4XX`, an unlisted 4xx).
FALLBACK_STATUS_ERROR = "APIStatusError"


@functools.cache
def files() -> dict[str, str]:
    """The runtime's modules: {file name: source}, in name order."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME_DIR.glob("*.py"), key=lambda path: path.name)
    }


@functools.cache
def exception_classes() -> tuple[str, ...]:
    """The exception classes `errors.py` exports, in its `__all__` order."""
    module = _errors_module()
    classes = {node.name for node in module.body if isinstance(node, ast.ClassDef)}
    return tuple(name for name in _literal(module, "__all__") if name in classes)


@functools.cache
def exported_names() -> frozenset[str]:
    """Every name the runtime package exports (`__init__.py`'s `__all__`): generated modules
    import them, so no generated class may take one (`/base` must not be `AsyncBaseClient`)."""
    return frozenset(_literal(ast.parse(files()["__init__.py"]), "__all__"))


@functools.cache
def status_errors() -> dict[str, str]:
    """`STATUS_ERRORS` of `errors.py`: {"400": "BadRequestError", …, "5xx": "InternalServerError"}."""
    for node in _errors_module().body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "STATUS_ERRORS"
            and isinstance(node.value, ast.Dict)
        ):
            return {
                ast.literal_eval(key): value.id
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if key is not None and isinstance(value, ast.Name)
            }
    raise LookupError("runtime/errors.py defines no STATUS_ERRORS table")


def error_class(status: str) -> str:
    """The exception a response status of the spec (`404`, `4XX`, `default`) raises at run time.

    The runtime's rule: the status's own entry, then its class (`5xx`), else the fallback.
    """
    table = status_errors()
    key = status.lower()
    if key in table:
        return table[key]
    if key[:1].isdigit():
        return table.get(f"{key[0]}xx", FALLBACK_STATUS_ERROR)
    return FALLBACK_STATUS_ERROR


@functools.cache
def _errors_module() -> ast.Module:
    return ast.parse(files()["errors.py"])


def _literal(module: ast.Module, name: str) -> list[str]:
    for node in module.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            value = ast.literal_eval(node.value)  # type: ignore[attr-defined]
            return [str(item) for item in value]
    raise LookupError(f"the runtime module defines no {name}")


# An auth-scheme name as HTTP writes it (RFC 9110's `token`).
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# Schemes whose credential is not one value sent as it is: a challenge and an answer computed
# from it. The SDK cannot send them; The spec stage warns that the token goes as Bearer.
CHALLENGE_SCHEMES = frozenset({"digest", "negotiate", "ntlm", "hoba", "mutual", "vapid"})


def token_scheme(scheme: Mapping[str, Any]) -> str:
    """How an `http` scheme's credential is introduced in `Authorization`: the document's own
    scheme name for a token scheme (`DSN`, `Token`); `Bearer` for bearer, OAuth 2, OpenID
    Connect, and the challenge-response schemes the SDK cannot send."""
    name = str(scheme.get("scheme", ""))
    lowered = name.lower()
    if (
        scheme.get("type") != "http"
        or lowered in ("bearer", "basic")
        or lowered in CHALLENGE_SCHEMES
        or lowered.startswith("scram-")
        or not _TOKEN.match(name)
    ):
        return "Bearer"
    return name
