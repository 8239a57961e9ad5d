"""`servers` → the members of the SDK's `Environment` enum, and the servers an operation or a
path item names for itself."""

from __future__ import annotations

from typing import Any

from ..model import naming
from ..model.api import Server


def servers(spec: dict[str, Any], configured: tuple[tuple[str, str], ...] | None) -> tuple[Server, ...]:
    """The `Environment` members: the configured ones (the first is the default), else one per
    server of the spec, named after its description."""
    if configured:
        return tuple(Server(member, url.rstrip("/"), "") for member, url in configured)
    listed = spec.get("servers") or [{"url": "http://localhost", "description": "Default"}]
    return _servers(listed)


def operation_servers(operation: dict[str, Any], path_item: dict[str, Any]) -> tuple[Server, ...]:
    """An operation's `servers`, else its path item's (each overrides the level above it); ()
    when neither names any, and the operation uses the document's."""
    listed = operation.get("servers") or path_item.get("servers") or []
    return _servers(listed) if isinstance(listed, list) else ()


def _servers(listed: list[Any]) -> tuple[Server, ...]:
    members = []
    for index, server in enumerate(listed):
        description = str(server.get("description") or "")
        members.append(naming.constant(description, fallback=f"SERVER_{index + 1}"))
    members = naming.unique(members)
    result = []
    for member, server in zip(members, listed, strict=True):
        url = str(server.get("url", ""))
        for name, variable in sorted((server.get("variables") or {}).items()):
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        result.append(Server(member, url.rstrip("/"), str(server.get("description") or "")))
    return tuple(result)
