"""Sample values, for the docs' examples where the spec gives none: valid for their schema.

A code example that sends `"string"` where the schema asks for a `uri`, a `pattern` or ten
characters at least fails against the real API (and a mock that validates requests); a response
example with `"string"` for a date says nothing. So a value is picked, for a scalar schema, in
this order, keeping the first that the schema accepts (openapi-schema-validator judges):

1. its `default`;
2. the example the spec gives to a property of the same name elsewhere (`video_file_path`
   shown once is shown everywhere: the API's own kind of value);
3. one made from the schema: its `format` (dates, URLs, e-mail addresses, UUIDs...), its
   `pattern` (a matching string, the same on every run), its name (`id`, `*_url`), its bounds
   (`minimum`, `minLength`, `multipleOf`...).

Objects and arrays are not sampled here: the docs compose them from their fields' samples.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import random
import re
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any, TypeVar

import rstr

from ..model.api import TypeRef
from ..spec.refs import Ref, Resolver, jp_ref
from .examples import coerce_example
from .trace import Ledger, Traced

_FORMATS: dict[str, str] = {
    "date-time": "2024-01-15T09:30:00Z",
    "date": "2024-01-15",
    "time": "09:30:00",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "iri-reference": "https://example.com",
    "uri-template": "https://example.com/{id}",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "ZXhhbXBsZQ==",
    "password": "secret-password",
    "json-pointer": "/example",
    "regex": "^example$",
}
_SCALARS = ("string", "integer", "number", "boolean")
# Keywords that constrain a scalar beyond its type.
_CONSTRAINTS = frozenset(
    {
        "enum",
        "const",
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "not",
        "allOf",
        "anyOf",
        "oneOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "items",
    }
)
T = TypeVar("T")
# Text for people: no sample depends on it.
_PROSE = frozenset({"description", "title", "$comment"})
# Annotations: they never change whether a value is valid.
_NOT_CHECKED = _PROSE | {"example", "examples"}
# Candidates for a pattern: the shortest of a few tries, each the same on every run.
_PATTERN_TRIES = 12


class Samples:
    """Sample values for the scalar schemas of one API."""

    def __init__(self, resolver: Resolver, ledger: Ledger | None = None) -> None:
        self.resolver = resolver
        ledger = ledger or Ledger()
        self._version = str(resolver.root.data.get("openapi") or "3.0")
        # Read by name only, and made on first use (see `load_examples`).
        self._borrowed: Traced[str, list[Any]] = ledger.dict("examples")
        self._loaded = False
        # (schema, value), by content → whether the schema accepts it: the same few schemas
        # (a date-time, a non-negative integer) are checked again and again, each check
        # building a validator.
        self._accepted: dict[Hashable, bool] = {}
        # The same verdicts, by the JSON text of (schema, value): those the last run found
        # (`load_verdicts`), and those this run used, for the next (`verdicts`). A step built
        # again then rarely loads the validator (a tenth of a second) to judge a value again.
        self._last_verdicts: dict[str, bool] = {}
        self._verdicts: dict[str, bool] = {}
        # (name, schema) → `scalar`'s answer, which depends on the examples of the whole
        # document too: an operation that finds it here read them as the one that put it.
        self._found: Traced[Hashable, tuple[bool, Any]] = ledger.dict("samples found")

    def of(
        self, schema: Any, name: str, type_ref: TypeRef, at: Ref | None = None
    ) -> tuple[bool, Any]:
        """A sample for a property or parameter of the SDK type `type_ref` (see `scalar`), or an
        array of scalars (as many items as `minItems` asks); none for file contents, which the
        SDK takes as bytes whatever the schema says. `at` is where `schema` stands, for the
        `$ref` of its items."""
        kinds = {item.kind for item in (type_ref, *type_ref.items)}
        if kinds & {"file", "bytes"}:
            return False, None
        if isinstance(schema, dict) and _type(schema) == "array":
            return self._array(schema, name, type_ref, at)
        found, value = self.scalar(schema, name)
        return found, coerce_example(type_ref, value) if found else None

    def _array(
        self, schema: dict[str, Any], name: str, type_ref: TypeRef, at: Ref | None
    ) -> tuple[bool, Any]:
        items = schema.get("items")
        if at is not None:
            items, _ = self.resolver.deref(items, jp_ref(at, "items"))
        lists = [t for t in (type_ref, *type_ref.items) if t.kind == "list"]
        low = schema.get("minItems")
        count = max(1, low if isinstance(low, int) and not isinstance(low, bool) else 1)
        if schema.get("uniqueItems") is True:
            found_items = self.distinct(items, name, count)
        else:
            found, item = self.scalar(items, name)
            found_items = [item] * count if found else []
        if not found_items or not lists:
            return False, None
        value = [coerce_example(lists[0].items[0], item) for item in found_items]
        checked = {**schema, "items": items}  # the items' `$ref` followed
        return (True, value) if self._accepts(checked, value) else (False, None)

    def distinct(self, schema: Any, name: str, count: int) -> list[Any]:
        """`count` different values `schema` (a scalar schema) accepts, for an array whose items
        must differ; [] when there are not that many to find."""
        if not isinstance(schema, dict) or _type(schema) not in _SCALARS:
            return []
        found: list[Any] = []
        for candidate in itertools.chain(self._candidates(schema, name), _more(schema, name)):
            if candidate not in found and self._accepts(schema, candidate):
                found.append(candidate)
                if len(found) == count:
                    return found
        return []

    def scalar(self, schema: Any, name: str) -> tuple[bool, Any]:
        """A value `schema` (a scalar schema, dereferenced) accepts, for a property or parameter
        called `name`: (found, value); not found for objects, arrays and what no value fits."""
        if not isinstance(schema, dict) or _type(schema) not in _SCALARS:
            return False, None
        # Properties of one name and schema recur across an API (`id`, `created_at`): the
        # sample is found once. Its description does not count.
        without_prose = {k: v for k, v in schema.items() if k not in _PROSE}
        return _remembered(
            self._found, (name, without_prose), lambda: self._first_accepted(schema, name)
        )

    def _first_accepted(self, schema: dict[str, Any], name: str) -> tuple[bool, Any]:
        for candidate in self._candidates(schema, name):
            if self._accepts(schema, candidate):
                return True, candidate
        return False, None

    def _candidates(self, schema: dict[str, Any], name: str) -> Iterator[Any]:
        if "default" in schema:
            yield schema["default"]
        if isinstance(schema.get("enum"), list):
            yield from schema["enum"]
        if "const" in schema:
            yield schema["const"]
        yield from self.examples_named(name)
        kind = _type(schema)
        if kind == "string":
            yield from _strings(schema, name)
        elif kind in ("integer", "number"):
            yield _number(schema, integer=kind == "integer")
        elif kind == "boolean":
            yield True

    def examples_named(self, name: str) -> list[Any]:
        """The examples the document gives properties called `name`, in document order."""
        if not self._loaded:
            self.load_examples()
        return self._borrowed.get(name) or []

    def load_examples(self, known: Mapping[int, dict[str, list[Any]]] | None = None) -> None:
        """Collect the document's examples by name now (a build that records its steps does
        this before them: they depend on the whole document's). `known`: what parts of the
        document give (`examples_of`), by the part's `id`, found before."""
        if not self._loaded:
            self._loaded = True
            found: dict[str, list[Any]] = {}
            _collect_examples(self.resolver.root.data, found, known or {})
            for name, examples in found.items():
                self._borrowed[name] = examples

    def _accepts(self, schema: dict[str, Any], value: Any) -> bool:
        if not _CONSTRAINTS.intersection(schema):
            return _type_fits(schema, value)  # the type is all there is to check: no validator
        checked = {
            key: item
            for key, item in schema.items()
            if key not in _NOT_CHECKED and not str(key).startswith("x-")
        }
        return _remembered(self._accepted, (checked, value), lambda: self._verdict(checked, value))

    def load_verdicts(self, known: Mapping[str, bool]) -> None:
        """The verdicts of the last run (`verdicts`): a pure function of schema and value, and
        of the validator's version (which the build cache is keyed by)."""
        self._last_verdicts = dict(known)

    def verdicts(self) -> dict[str, bool]:
        """The verdicts this run used, by the JSON text of (schema, value)."""
        return dict(self._verdicts)

    def _verdict(self, schema: dict[str, Any], value: Any) -> bool:
        try:  # JSON tells 1, 1.0 and true apart, and writes keys in one order
            text = json.dumps([schema, value], sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError):  # a value YAML made that JSON has not
            return self._validates(schema, value)
        verdict = self._last_verdicts.get(text)
        if verdict is None:
            verdict = self._validates(schema, value)
        self._verdicts[text] = verdict
        return verdict

    @functools.cached_property
    def _validator(self) -> Any:
        return validator_class(self._version)

    def _validates(self, schema: dict[str, Any], value: Any) -> bool:
        try:
            errors = self._validator(schema).iter_errors(value)
            return next(errors, None) is None
        except Exception:  # a schema the validator cannot read (a $ref left inside, ...)
            return _type_fits(schema, value)


def validator_class(version: str) -> Any:
    """openapi-schema-validator's class for documents of OpenAPI `version`, imported when first
    asked for: a regeneration that checks no value saves loading it (and what it pulls in)."""
    from openapi_schema_validator import OAS30Validator, OAS31Validator

    return OAS31Validator if version.startswith("3.1") else OAS30Validator


def _remembered(memo: dict[Hashable, T] | Traced[Hashable, T], parts: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """`compute()`, remembered in `memo` by the content of `parts`; computed each time when
    a part cannot be a key (a set YAML made)."""
    try:
        key = tuple(_frozen(part) for part in parts)
        known = memo.get(key)
    except TypeError:
        return compute()
    if known is not None:
        return known
    result = memo[key] = compute()
    return result


def _frozen(value: Any) -> Hashable:
    """A JSON value as a hashable key, equal only for equal values of the same types (`1`,
    `1.0` and `True` stay apart; mapping order does not count). Types are named, not held:
    the key is kept in the build's cache, whose reader takes no type (`reuse.py`)."""
    if isinstance(value, dict):
        return (
            "dict",
            frozenset((type(key).__name__, key, _frozen(item)) for key, item in value.items()),
        )
    if isinstance(value, list):
        return ("list", tuple(_frozen(item) for item in value))
    return (type(value).__name__, value)


def _type(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):  # 3.1: `[string, "null"]`
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else ""


def _type_fits(schema: dict[str, Any], value: Any) -> bool:
    kind = _type(schema)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, int | float) and not isinstance(value, bool)


def _strings(schema: dict[str, Any], name: str) -> Iterator[str]:
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt in _FORMATS:
        yield _FORMATS[fmt]
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        matching = _matching(pattern)
        if matching is not None:
            yield matching
    for text in (_by_name(name), "example", "string"):
        if text:
            yield _fit_length(text, schema)


def _matching(pattern: str) -> str | None:
    """The shortest of a few strings matching `pattern`, the same on every run; None when
    Python cannot read the pattern (ECMA-262 has constructs Python's `re` lacks)."""
    matching = _all_matching(pattern)
    return matching[0] if matching else None


@functools.lru_cache(maxsize=4096)  # specs repeat their patterns (ids, codes) many times
def _all_matching(pattern: str) -> tuple[str, ...]:
    """Different strings matching `pattern`, shortest first, the same on every run."""
    try:
        compiled = re.compile(pattern)
        generator = rstr.Rstr(random.Random(0))
        found = [generator.xeger(pattern) for _ in range(_PATTERN_TRIES)]
    except (re.error, ValueError, TypeError, IndexError, OverflowError, RecursionError):
        return ()
    return tuple(
        sorted({text for text in found if compiled.search(text)}, key=lambda t: (len(t), t))
    )


def _more(schema: dict[str, Any], name: str) -> Iterator[Any]:
    """Further candidates, after the first ones, for values that must differ: the other strings
    a pattern matches, numbered texts, the next numbers on the scale."""
    kind = _type(schema)
    if kind == "string":
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            yield from _all_matching(pattern)
        for text in (_by_name(name), "example"):
            if text:
                yield from (_fit_length(f"{text}{n}", schema) for n in range(2, _PATTERN_TRIES))
    elif kind in ("integer", "number"):
        first = _number(schema, integer=kind == "integer")
        step = schema.get("multipleOf")
        step = step if isinstance(step, int | float) and not isinstance(step, bool) else 1
        yield from (first + n * step for n in range(1, _PATTERN_TRIES))
    elif kind == "boolean":
        yield False


def _by_name(name: str) -> str:
    """A value a property's name suggests: `id`, `*_id`, `*_url`, `email`..."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])|\d+", name)]
    last = words[-1] if words else ""
    if last in ("url", "uri", "link", "href", "website", "homepage"):
        return "https://example.com"
    if last == "email":
        return "user@example.com"
    if last in ("id", "ids", "uuid", "key"):
        return "id_abc123"
    if last in ("at", "time", "timestamp") or (len(words) > 1 and last == "date"):
        return _FORMATS["date-time"]
    if last == "name":
        return "Example name"
    return ""


def _fit_length(text: str, schema: dict[str, Any]) -> str:
    low = schema.get("minLength")
    high = schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text = (text * (low // max(len(text), 1) + 1))[:low]
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    """The smallest value within the bounds from 1 up (or from the minimum), on `multipleOf`."""
    low, low_open = _bound(schema, "minimum", "exclusiveMinimum")
    high, high_open = _bound(schema, "maximum", "exclusiveMaximum")
    step = schema.get("multipleOf")
    step = step if isinstance(step, int | float) and not isinstance(step, bool) and step > 0 else 0
    value: float = 1
    if low is not None and (value < low or (low_open and value <= low)):
        value = low
        if low_open:
            value = low + (step or (1 if integer else (abs(low) or 1) * 1e-3))
    if high is not None and (value > high or (high_open and value >= high)):
        value = high - (step or 1) if high_open else high
    if step:
        value = math.ceil(value / step) * step
    if integer:
        return int(math.ceil(value))
    return float(value)


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str) -> tuple[float | None, bool]:
    """A bound as (value, open): 3.1 writes `exclusiveMinimum: 5`, 3.0 `exclusiveMinimum: true`
    beside `minimum: 5`."""
    strict = schema.get(exclusive)
    if isinstance(strict, int | float) and not isinstance(strict, bool):
        return float(strict), True
    value = schema.get(inclusive)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value), strict is True
    return None, False


def examples_of(node: Any) -> dict[str, list[Any]]:
    """Every property example under `node` (a part of the document), as `load_examples` finds
    them, in the order it does."""
    found: dict[str, list[Any]] = {}
    _collect_examples(node, found, {})
    return found


def _collect_examples(
    document: Any, into: dict[str, list[Any]], known: Mapping[int, dict[str, list[Any]]]
) -> None:
    """Every property example of the document, by property name, in document order (keys
    sorted, so the same on every run); `x-` extensions are not schemas. `known`: what the parts
    of the document whose `id` it holds give, found before. Iterative: a deep document costs no
    recursion."""
    stack = [document]
    while stack:
        node = stack.pop()
        given = known.get(id(node)) if known else None
        if given is not None:  # the part is walked before everything after it: in place
            for name, examples in given.items():
                into.setdefault(name, []).extend(examples)
        elif isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for name in sorted(properties, key=str):
                    prop = properties[name]
                    if isinstance(prop, dict) and "example" in prop:
                        into.setdefault(str(name), []).append(prop["example"])
            # Only objects and arrays hold properties: no scalar is visited.
            keys = [
                key
                for key, value in node.items()
                if isinstance(value, dict | list) and not str(key).startswith("x-")
            ]
            keys.sort(key=str)
            stack.extend(node[key] for key in reversed(keys))
        elif isinstance(node, list):
            stack.extend(item for item in reversed(node) if isinstance(item, dict | list))
