"""Examples as the spec gives them: on a schema, a parameter or a media type."""

from __future__ import annotations

from typing import Any

from ..model.api import TypeRef
from ..spec.refs import Ref, Resolver, jp_ref


def example_of(schema: Any) -> tuple[bool, Any]:
    """The schema's example (3.0 `example`, or the first of 3.1 `examples`) as (found, value)."""
    if not isinstance(schema, dict):
        return False, None
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def example_in(
    holder: dict[str, Any], holder_at: Ref, schema: Any, schema_at: Ref, resolver: Resolver
) -> tuple[bool, Any]:
    """The example of a parameter or media type (`holder`, at `holder_at`): its `example`, else
    the first of its `examples` (by name), else its schema's; as (found, value)."""
    if "example" in holder:
        return True, holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        name = sorted(examples)[0]
        first, _ = resolver.deref(examples[name], jp_ref(holder_at, "examples", name))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    if schema is None:
        return False, None
    resolved, _ = resolver.deref(schema, schema_at)
    return example_of(resolved)


def coerce_example(type_ref: TypeRef, value: Any) -> Any:
    """An example as the type says: `number` examples written as `0` are shown as `0.0`."""
    if type_ref.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
