"""Error bodies that are one structure, written out at many places, become one model.

Specs often repeat an inline error schema under every operation and status (`{message}` under
400, 401, 402, 404 and 422 of each of 36 operations): a model per place would give the SDK 165
classes that differ only in name, and names that move whenever an operation is added. Instead,
inline error bodies are grouped by structure (their types, fields, required and enum values,
ignoring prose: descriptions, examples, `externalDocs`, `x-` extensions), and each structure met
at two places or more is one model, named by what it is rather than where it first appears:

- the schema's `title`, when it has one;
- `Error<status>` (`Error404`) when every place answers with the same status;
- otherwise `Error` and its field names (`ErrorMessage` for `{message}`).

Its docstring is the description the places share, if they all say the same. Success bodies keep
a model per place: their names are what callers import (and what other SDKs of the API call them).
Component schemas already have a name of their own and are left as they are.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import naming
from ..spec import pointer as jp
from ..spec.refs import Ref, jp_ref
from .context import Context
from .operations import PlannedOperation
from .responses import JSON_KIND, answer_statuses, chosen_media_type

# Keys that describe a schema without changing what it admits.
_PROSE = frozenset({"description", "example", "examples", "externalDocs", "deprecated", "$comment"})


@dataclass(frozen=True)
class _Site:
    status: str
    at: Ref  # the schema, dereferenced
    schema: dict[str, Any]


def share_error_bodies(planned: Iterable[PlannedOperation], ctx: Context) -> None:
    """Tell the schema typer which error bodies are one model, and its name."""
    groups: dict[tuple[str, str], list[_Site]] = defaultdict(list)
    # A body given by `$ref` is one object met at every operation that refers to it.
    structures: dict[int, str] = {}
    followed: dict[tuple[Path, str], tuple[Any, Ref]] = {}
    for plan in planned:
        for site in _error_sites(plan, ctx, followed):
            if ctx.typer.has_own_name(site.at):
                continue
            structure = structures.get(id(site.schema))
            if structure is None:
                structure = structures[id(site.schema)] = _structure(site.schema)
            groups[(str(site.at.file), structure)].append(site)
    shared = [
        (_name(sites), structure, sites)
        for (_, structure), sites in groups.items()
        if len(sites) > 1
    ]
    # Names are claimed in an order that depends only on the structures, not on which
    # operations come first: adding an unrelated operation moves no name.
    for name, _, sites in sorted(shared, key=lambda entry: (entry[0], entry[1])):
        descriptions = {str(site.schema.get("description") or "") for site in sites}
        statuses = sorted({site.status for site in sites})
        listed = (
            ", ".join(statuses[:-1]) + " and " + statuses[-1] if len(statuses) > 1 else statuses[0]
        )
        ctx.typer.share(
            [site.at for site in sites],
            name,
            descriptions.pop() if len(descriptions) == 1 else "",
            f"The body of {listed} error responses.",
        )


def _error_sites(
    plan: PlannedOperation, ctx: Context, followed: dict[tuple[Path, str], tuple[Any, Ref]]
) -> list[_Site]:
    declared = plan.spec.get("responses") or {}
    if not isinstance(declared, dict):
        return []
    answers = answer_statuses(declared)
    sites = []
    for status in sorted(str(s) for s in declared):
        if status in answers or (status == "default" and not answers):
            continue
        response, response_at = _deref(
            ctx, declared[status], jp_ref(plan.at, "responses", status), followed
        )
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or not content:
            continue
        media_type, kind = chosen_media_type(content)
        media = content[media_type]
        if kind != JSON_KIND or not isinstance(media, dict) or "schema" not in media:
            continue
        schema, at = _deref(
            ctx, media["schema"], jp_ref(response_at, "content", media_type, "schema"), followed
        )
        # Only plain object bodies: they are what becomes a class.
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            sites.append(_Site(status, at, schema))
    return sites


def _deref(
    ctx: Context, value: Any, at: Ref, followed: dict[tuple[Path, str], tuple[Any, Ref]]
) -> tuple[Any, Ref]:
    """`Resolver.deref`; a bare `$ref` (the same error response at many operations) followed
    once per file it is written in."""
    if not (isinstance(value, dict) and len(value) == 1 and isinstance(value.get("$ref"), str)):
        return ctx.resolver.deref(value, at)
    key = (at.file, value["$ref"])
    found = followed.get(key)
    if found is None:
        found = followed[key] = ctx.resolver.deref(value, at)
    return found


def _structure(schema: Any) -> str:
    """The schema without its prose, as canonical JSON: equal for bodies of one structure."""
    return json.dumps(_without_prose(schema), sort_keys=True, separators=(",", ":"), default=str)


def _without_prose(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: _without_prose(item)
            for key, item in value.items()
            if key not in _PROSE and not str(key).startswith("x-")
        }
    if isinstance(value, list):
        return [_without_prose(item) for item in value]
    return value


def _name(sites: list[_Site]) -> str:
    title = sites[0].schema.get("title")
    if isinstance(title, str) and title.strip():
        return naming.pascal(title)
    places = {tuple(jp.split(site.at.pointer)[:3]) for site in sites}
    if len(places) == 1 and (place := places.pop())[:2] == ("components", "responses"):
        return naming.pascal(place[2])
    statuses = {site.status for site in sites}
    if len(statuses) == 1:
        return naming.pascal(f"error {statuses.pop()}")
    fields = sorted(str(name) for name in sites[0].schema["properties"])
    return naming.pascal(" ".join(["error", *fields]), fallback="Error")
