"""`servers` → the members of the SDK's `Environment` enum, and the servers an operation or a
path item names for itself."""

from __future__ import annotations

from typing import Any

from ..model import naming
from ..model.api import Server, ServerVariable


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
        template = str(server.get("url", "")).rstrip("/")
        defaults = tuple(
            (str(name), str(variable.get("default", "")))
            for name, variable in sorted((server.get("variables") or {}).items())
            if "{" + str(name) + "}" in template
        )
        url = template
        for name, default in defaults:
            url = url.replace("{" + name + "}", default)
        description = str(server.get("description") or "")
        result.append(Server(member, url, description, template if defaults else "", defaults))
    return tuple(result)


def server_variables(
    spec: dict[str, Any], configured: bool, taken: frozenset[str]
) -> tuple[ServerVariable, ...]:
    """The `Client(...)` arguments for the variables of the document's servers (none when the
    configuration lists the environments); named apart from `taken`."""
    if configured:
        return ()
    found: dict[str, list[dict[str, Any]]] = {}
    for server in spec.get("servers") or []:
        url = str(server.get("url", ""))
        for name, variable in sorted((server.get("variables") or {}).items()):
            if "{" + str(name) + "}" in url and isinstance(variable, dict):
                found.setdefault(str(name), []).append(variable)
    wire_names = sorted(found)
    names = naming.unique(
        [naming.field_name(name, reserved=taken) for name in wire_names], taken=taken
    )
    result = []
    for name, wire_name in zip(names, wire_names, strict=True):
        declared = found[wire_name]
        # Typed by the values it may take only when every server lists them.
        enums = [variable.get("enum") for variable in declared]
        values: tuple[str, ...] = ()
        if all(isinstance(listed, list) and listed for listed in enums):
            values = tuple(dict.fromkeys(str(v) for listed in enums for v in listed or ()))
        description = next((str(v["description"]) for v in declared if v.get("description")), "")
        result.append(ServerVariable(name, wire_name, values, description))
    return tuple(result)
