"""Which option of a `oneOf` the docs' example is built from: one whose example only it accepts.

`oneOf` means "valid under exactly one option", and a server that checks it (Prism does) pays no
attention to the discriminator. Options that JSON Schema cannot tell apart are common: Ory's
login body has a `password` option (`method`, `identifier`, `password` required) and a
`passkey` option (only `method` required, other properties allowed), so every body of the first
is also valid under the second and is refused. So the example value each option would give (as
the docs compose it: the spec's examples, the required properties' samples, the discriminator's
value) is checked with openapi-schema-validator against every option, and the first option
whose value only it accepts is the one the docs show. When none can be told apart, the caller
warns: the spec's `oneOf` refuses every example the docs could show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..spec.refs import Ref, Resolver, jp_ref
from .examples import example_of
from .samples import Samples, validator_class
from .trace import Ledger, Traced

# Values, not schemas: a `$ref` key inside them is data.
_VALUE_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# How deep an example value is composed; deeper, a required member's value is `{}`.
_MAX_DEPTH = 32
_PLACEHOLDERS: dict[str, Any] = {
    "string": "string",
    "integer": 1,
    "number": 1.0,
    "boolean": True,
    "object": {},
    "array": [],
}


@dataclass(frozen=True)
class Choice:
    """The option the example uses (index among the schema's options), and whether it was told
    apart: False when every option's example is valid under another option too."""

    option: int
    told_apart: bool


class ExampleOptions:
    """Example values of schemas, and the option of each `oneOf` the examples use."""

    def __init__(self, resolver: Resolver, samples: Samples, ledger: Ledger | None = None) -> None:
        self.resolver = resolver
        self.samples = samples
        self._version = str(resolver.root.data.get("openapi") or "3.0")
        ledger = ledger or Ledger()
        # A union's place → option, tag; and its choice (traced: unions are shared).
        self._chosen: Traced[Ref, tuple[int, str | None]] = ledger.dict("chosen")
        self._choices: Traced[Ref, Choice | None] = ledger.dict("choices")

    def choose(
        self, schema: dict[str, Any], at: Ref, keyword: str, tags: list[str | None]
    ) -> Choice | None:
        """The option of `schema[keyword]` (a union at `at`) whose example only it accepts; `tags`
        holds the discriminator value the example gives each option (None: no discriminator).
        None when the validator cannot read the options."""
        if at not in self._choices:  # a union reached from many places is checked once
            self._choices[at] = self._choose(schema, at, keyword, tags)
        return self._choices[at]

    def _choose(
        self, schema: dict[str, Any], at: Ref, keyword: str, tags: list[str | None]
    ) -> Choice | None:
        options = _effective_options(schema, keyword)
        present = [i for i, option in enumerate(schema[keyword]) if not self._is_null(option, at)]
        if not present:
            return None
        self._chosen[at] = (present[0], tags[present[0]])
        try:
            # One validator per option, each asked about every option's value.
            checks = {
                i: validator_class(self._version)(self._inlined(options[i], jp_ref(at, keyword, i), ()))
                for i in present
            }
            accepted: dict[int, list[int]] = {}
            as_text: dict[int, list[int]] = {}  # the options its text form is read as valid under
            for index in present:
                value = self.value(options[index], jp_ref(at, keyword, index), "")
                value = self._with_tag(value, schema, tags[index])
                accepted[index] = [i for i in present if _valid(checks[i], value)]
                readings = _text_readings(value)
                as_text[index] = [i for i in present if any(_valid(checks[i], r) for r in readings)]
        except Exception:  # a schema the validator cannot read: keep the first option
            return None
        # Told apart as JSON and as text first: a parameter's value travels as text, which a
        # server reads as any option it fits (`42` in a path is an integer and a string).
        told_apart = [index for index, under in accepted.items() if under == [index]]
        for index in sorted(told_apart, key=lambda index: as_text[index] != [index]):
            self._chosen[at] = (index, tags[index])
            return Choice(index, True)
        ambiguous = all(index in under and len(under) > 1 for index, under in accepted.items())
        return Choice(present[0], not ambiguous)

    def remember(self, at: Ref, option: int, tag: str | None) -> None:
        """The option the example of the union at `at` uses, chosen without a check (`anyOf`:
        any option that accepts it will do)."""
        self._chosen[at] = (option, tag)

    def value(self, schema: Any, at: Ref, name: str, depth: int = 0) -> Any:
        """The value the docs' example gives `schema` (at `at`, a property called `name`): its
        example, else its required properties' values and its properties' examples, else a
        sample of a scalar; a union as its chosen option."""
        resolved, at = self.resolver.deref(schema, at)
        if not isinstance(resolved, dict) or depth > _MAX_DEPTH:
            return {}
        found, example = example_of(resolved)
        if found:
            return example
        for keyword in ("oneOf", "anyOf"):
            options = resolved.get(keyword)
            if isinstance(options, list) and options:
                index, tag = self._chosen.get(at) or (0, None)
                option = _effective_options(resolved, keyword)[index]
                value = self.value(option, jp_ref(at, keyword, index), name, depth + 1)
                return self._with_tag(value, resolved, tag)
        parts = resolved.get("allOf")
        if isinstance(parts, list) and parts:
            values = [
                self.value(part, jp_ref(at, "allOf", i), name, depth + 1)
                for i, part in enumerate(parts)
            ]
            merged = [v for v in values if isinstance(v, dict)]
            if len(merged) == len(values):
                rest = {k: v for k, v in resolved.items() if k != "allOf"}
                own = self.value(rest, at, name, depth + 1) if _is_object(rest) else {}
                return {k: v for part in [*merged, own] for k, v in part.items()}
            return values[0]
        if _is_object(resolved):
            return self._object(resolved, at, depth)
        kind = resolved.get("type")
        if kind == "array":
            items, items_at = self.resolver.deref(resolved.get("items", {}), jp_ref(at, "items"))
            low = resolved.get("minItems")
            count = low if isinstance(low, int) and not isinstance(low, bool) and low > 1 else 1
            if count > 1 and resolved.get("uniqueItems") is True:
                return self.samples.distinct(items, name, count) or [{}] * count
            return [self.value(items, items_at, name, depth + 1)] * count
        found, sample = self.samples.scalar(resolved, name)
        if found:
            return sample
        return _PLACEHOLDERS.get(kind if isinstance(kind, str) else "", "string")

    def _object(self, schema: dict[str, Any], at: Ref, depth: int) -> dict[str, Any]:
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        required = schema.get("required")
        required = [n for n in required if isinstance(n, str)] if isinstance(required, list) else []
        value: dict[str, Any] = {}
        for name in sorted(properties, key=str):
            prop, prop_at = self.resolver.deref(properties[name], jp_ref(at, "properties", name))
            if name in required:
                value[name] = self.value(prop, prop_at, name, depth + 1)
            else:
                found, example = example_of(prop)
                if found:
                    value[name] = example
        for name in sorted(n for n in required if n not in properties):  # as `schemas.py` types it
            borrowed = self.samples.examples_named(name)
            value[name] = borrowed[0] if borrowed else None
        return value

    def _with_tag(self, value: Any, schema: dict[str, Any], tag: str | None) -> Any:
        discriminator = schema.get("discriminator")
        name = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        if tag is None or not isinstance(name, str) or not isinstance(value, dict):
            return value
        return {**value, name: tag}

    def _is_null(self, option: Any, at: Ref) -> bool:
        resolved, _ = self.resolver.deref(option, at)
        if not isinstance(resolved, dict):
            return False
        return resolved.get("type") == "null" or resolved.get("enum") == [None]

    def _inlined(self, schema: Any, at: Ref, chain: tuple[Ref, ...]) -> Any:
        """`schema` with every `$ref` replaced by its target, for a validator that reads one
        value; a reference back into itself accepts anything."""
        if isinstance(schema, list):
            return [self._inlined(item, jp_ref(at, i), chain) for i, item in enumerate(schema)]
        if not isinstance(schema, dict):
            return schema
        if isinstance(schema.get("$ref"), str):
            target = self.resolver.target(schema["$ref"], at)
            if target in chain or len(chain) > _MAX_DEPTH:
                return {}
            resolved, target = self.resolver.deref(schema, at)
            return self._inlined(resolved, target, (*chain, target))
        return {
            key: (
                value
                if key in _VALUE_KEYS or str(key).startswith("x-")
                else self._inlined(value, jp_ref(at, key), chain)
            )
            for key, value in schema.items()
            if key != "discriminator"  # what a server checking `oneOf` ignores too
        }


def _text_readings(value: Any) -> list[Any]:
    """A scalar as a server reads it from a path, a query or a header: its text, and each
    number or boolean that text also reads as. Anything else is itself only."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, float, str)):
        text = str(value)
    else:
        return [value]
    readings: list[Any] = [text]
    if text in ("true", "false"):
        readings.append(text == "true")
    for number in (int, float):
        try:
            readings.append(number(text))
        except ValueError:
            pass
    return readings


def _valid(validator: Any, value: Any) -> bool:
    from jsonschema.exceptions import ValidationError  # loaded with the validator already

    try:
        return next(validator.iter_errors(value), None) is None
    except ValidationError:
        return False


def _effective_options(schema: dict[str, Any], keyword: str) -> list[Any]:
    """The options of a union, each with the properties written beside the union merged in."""
    options: list[Any] = schema[keyword]
    siblings = {
        k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator", "nullable")
    }
    if not _is_object(siblings):
        return options
    return [{"allOf": [siblings, option]} for option in options]


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "required" in schema
