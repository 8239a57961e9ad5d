"""Operations: planned from `paths` (resource and method names), then built whole."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..model import naming
from ..model.api import Operation, SecurityScheme
from ..spec.refs import Ref, jp_ref
from .bodies import request_body
from .context import Context
from .parameters import name_arguments, parameters
from .responses import responses
from .security import operation_security
from .servers import operation_servers

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class PlannedOperation:
    """An operation before it is built: where it is, and the names it will have."""

    path: str
    http_method: str
    spec: dict[str, Any]
    path_item: dict[str, Any]
    at: Ref
    segments: tuple[str, ...]  # raw resource segments: ("v1", "lip-sync")
    method: str

    @property
    def resource_key(self) -> tuple[str, ...]:
        return resource_key(self.segments)


def resource_key(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Segments that differ only in spelling (`Users`, `users`) name one resource."""
    return tuple(naming.snake(segment) for segment in segments)


def plan_operations(spec: dict[str, Any], root: Ref) -> list[PlannedOperation]:
    """Every operation of `paths`, in path and method order, with unique method names."""
    plans: list[PlannedOperation] = []
    paths = spec.get("paths") or {}
    for path in sorted(paths):
        path_item = paths[path] or {}
        for http_method in HTTP_METHODS:
            operation = path_item.get(http_method)
            if not isinstance(operation, dict):
                continue
            segments = tuple(naming.resource_segments(path))
            if not segments:
                tags = operation.get("tags") or []
                segments = (str(tags[0]) if tags else "api",)
            plans.append(
                PlannedOperation(
                    path=path,
                    http_method=http_method,
                    spec=operation,
                    path_item=path_item,
                    at=jp_ref(root, "paths", path, http_method),
                    segments=segments,
                    method=naming.method_name(http_method, path),
                )
            )
    return _resolve_method_collisions(plans)


def _resolve_method_collisions(plans: list[PlannedOperation]) -> list[PlannedOperation]:
    """Two operations that would share a method name on one resource are named by operationId."""
    by_key: dict[tuple[tuple[str, ...], str], list[PlannedOperation]] = defaultdict(list)
    for plan in plans:
        by_key[(plan.resource_key, plan.method)].append(plan)
    renamed: dict[int, str] = {}
    for group in by_key.values():
        if len(group) < 2:
            continue
        for plan in group:
            operation_id = plan.spec.get("operationId")
            if isinstance(operation_id, str) and operation_id:
                renamed[id(plan)] = naming.snake(operation_id, fallback=plan.method)
            else:
                suffix = "_".join(
                    naming.snake(s) for s in plan.path.split("/") if s.startswith("{")
                )
                renamed[id(plan)] = f"{plan.method}_by_{suffix}" if suffix else plan.method
    result: list[PlannedOperation] = []
    names_by_resource: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for plan in plans:
        wanted = renamed.get(id(plan), plan.method)
        taken = names_by_resource[plan.resource_key]
        (method,) = naming.unique([wanted], taken=[*taken, *naming.RESERVED_RESOURCE_ATTRS])
        taken.append(method)
        result.append(dataclasses.replace(plan, method=method))
    return result


def build_operation(
    plan: PlannedOperation,
    spec: dict[str, Any],
    ctx: Context,
    schemes: dict[str, SecurityScheme],
) -> Operation:
    op = plan.spec
    prefix = naming.type_name(*plan.segments, plan.method)
    body, body_arguments = request_body(op, plan.at, ctx, prefix)
    arguments = name_arguments(
        [*parameters(op, plan.path_item, plan.at, ctx, prefix), *body_arguments]
    )
    success, errors = responses(op, plan.at, ctx, prefix)
    summary = str(op.get("summary") or "")
    http_method = plan.http_method.upper()
    route = f"{http_method} {plan.path}"
    return Operation(
        method=plan.method,
        http_method=http_method,
        path=plan.path,
        operation_id=str(op.get("operationId") or ""),
        summary=summary,
        description=str(op.get("description") or ""),
        deprecated=op.get("deprecated") is True,
        parameters=tuple(arguments),
        body=body,
        success=success,
        errors=errors,
        security=operation_security(op, spec, plan.at, ctx, schemes),
        qualified_name=".".join([*plan.resource_key, plan.method]),
        pointer=plan.at.pointer,
        endpoint_function=f"_{plan.method}_endpoint",
        route=route,
        title=summary or route,
        tags=tuple(str(tag) for tag in op.get("tags") or ()),
        servers=operation_servers(op, plan.path_item),
    )
