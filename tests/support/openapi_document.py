"""OpenAPI documents as the tests read them, independently of the generator: ``$ref``s followed
across files, and each operation with its merged parameters and the responses Prism can serve."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from support.doc_examples import HTTP_METHODS


class Document:
    """An OpenAPI document read plainly (independently of the generator); resolves local and
    relative-file ``$ref``s (relative to the file that holds the reference)."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._files: dict[Path, Any] = {}
        self.root: dict[str, Any] = self.load(self.path)

    def load(self, path: Path) -> Any:
        if path not in self._files:
            self._files[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return self._files[path]

    def resolve(self, node: Any, base: Path | None = None) -> tuple[Any, Path]:
        base = base or self.path
        while isinstance(node, dict) and "$ref" in node:
            file, _, pointer = node["$ref"].partition("#")
            base = (base.parent / file).resolve() if file else base
            node = self.load(base)
            for part in [p for p in pointer.split("/") if p]:
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, base

    def deref(self, node: Any, base: Path | None = None) -> Any:
        return self.resolve(node, base)[0]


@dataclasses.dataclass(frozen=True)
class Operation:
    document: Document
    method: str
    path: str
    op: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]  # resolved; path-level ones overridden by the op's
    base: Path  # the file that holds the operation, which its relative ``$ref``s start from

    @property
    def name(self) -> str:
        return str(self.op.get("operationId") or f"{self.method} {self.path}")

    @property
    def prism_can_serve(self) -> bool:
        """Prism answers 500 NO_RESPONSE_RESPONSE_DEFINED without ``responses`` and 500
        NO_COMPLEX_OBJECT_TEXT for an object schema as ``text/event-stream``."""
        responses = self.op.get("responses") or {}
        return bool(responses) and not any(
            media_kind(m) == "events" for m in self.success_media_types()
        )

    @property
    def redirect_answer(self) -> bool:
        """Whether the operation documents only a redirect (3xx, no 2xx): its answer, which
        the SDK returns rather than follows."""
        codes = [str(k) for k in self.op.get("responses") or {}]
        return not self.success_statuses() and any(c.startswith("3") for c in codes)

    def response_for(self, status: int) -> dict[str, Any] | None:
        """The response object that describes ``status``: exact code, range, then default."""
        responses = self.op.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                resolved: dict[str, Any] = self.document.deref(responses[key], self.base)
                return resolved
        return None

    def success_statuses(self) -> list[int]:
        codes = [str(k) for k in self.op.get("responses") or {}]
        exact = [int(c) for c in codes if c.isdigit() and c.startswith("2")]
        if exact:
            return exact
        return [200] if any(c in ("2XX", "default") for c in codes) else []

    def success_media_types(self) -> list[str]:
        return [
            media_type
            for status in self.success_statuses()
            for media_type in ((self.response_for(status) or {}).get("content") or {})
        ]


def media_kind(media_type: str) -> str:
    media_type = media_type.split(";")[0].strip().lower()
    if media_type == "text/event-stream":
        return "events"
    if media_type == "application/json" or media_type.endswith("+json"):
        return "json"
    if media_type.startswith("text/"):
        return "text"
    return "binary"


def operations_of(document: Document) -> dict[tuple[str, str], Operation]:
    """Every operation under ``paths``; a path item or an operation given by ``$ref`` (as
    multi-file specs do) is followed."""
    found = {}
    for path, raw_item in (document.root.get("paths") or {}).items():
        item, item_base = document.resolve(raw_item or {})
        for method in [m for m in item if m in HTTP_METHODS]:
            op, op_base = document.resolve(item[method], item_base)
            merged: dict[tuple[str, str], dict[str, Any]] = {}
            for raw, base in [
                *((p, item_base) for p in item.get("parameters", [])),
                *((p, op_base) for p in op.get("parameters", [])),
            ]:
                parameter = document.deref(raw, base)
                merged[(parameter["name"], parameter["in"])] = parameter
            found[(method.upper(), path)] = Operation(
                document, method.upper(), path, op, tuple(merged.values()), op_base
            )
    return found


def deprecated_parameter_warning(violation: Any, operation: Operation) -> bool:
    """Prism's warning for a parameter the spec itself marks deprecated (docs/coverage.md)."""
    if not isinstance(violation, dict) or violation.get("code") != "deprecated":
        return False
    location = violation.get("location") or []
    return violation.get("severity") == "Warning" and any(
        p.get("deprecated") and p["name"] == location[-1] for p in operation.parameters
    )
