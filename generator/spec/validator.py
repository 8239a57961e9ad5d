"""openapi-spec-validator, set up as this generator runs it: documents read through the
`Resolver`, every error given the place it was checking, examples checked as defaults are, and
a crash of the library reported where it happened.

Imported only when a document (or one of its units) must really be walked: the library and
what it pulls in (jsonschema, referencing, requests) take a noticeable part of a regeneration
whose every unit is remembered as passing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jsonschema.validators
import openapi_schema_validator
from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.settings import get_resolved_cache_maxsize
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    ExtraParametersError,
)
from referencing import Resource, Specification
from referencing.jsonschema import DRAFT202012

from ..errors import SpecError
from .load import Document
from .refs import HTTP_METHODS, Ref, Resolver, jp_ref

__all__ = [
    "DuplicateOperationIDError",
    "ExtraParametersError",
    "ResolverDocuments",
    "ValidatorCrash",
    "units_validator",
    "violations",
]


class ResolverDocuments(Mapping[str, Any]):
    """The validator's handlers for every URI scheme: documents come from the `Resolver`.

    The validator would otherwise read any file or URL a `$ref` names itself, with none of the
    resolver's limits (its fallback for a scheme it has no handler for is `urlopen`), so this
    mapping claims every scheme and serves only files the resolver may read.
    """

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Any:
        return self._load

    def __iter__(self) -> Iterator[str]:
        return iter(("file",))

    def __len__(self) -> int:
        return 1

    def _load(self, uri: str) -> Any:
        parts = urlsplit(uri)
        if parts.scheme != "file":
            raise SpecError(
                f"remote $ref {uri!r} is not followed; save the document beside the spec"
            )
        return self._resolver.document(Path(url2pathname(parts.path))).data


# Set on an error once the innermost check has given it its place.
_LOCATED = "_openapi_python_sdk_located"
_IN_ORDER = "_openapi_python_sdk_in_order"


def _in_instance_order(keyword: Callable[..., Iterable[ValidationError]]) -> Any:
    """`additionalProperties` as `keyword` checks it, its errors in the order the instance
    writes its keys, and the names its message lists sorted: the libraries walk a set of
    names, whose order follows string hashing, which differs from one process to the next, so
    the same document would be reported in another order (and words) on every run."""

    def additional_properties(
        validator: Any, allowed: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        errors = list(keyword(validator, allowed, instance, schema))
        if not isinstance(instance, dict) or not errors:
            yield from errors
            return
        position = {key: index for index, key in enumerate(instance)}
        errors.sort(key=lambda error: position.get(error.path[0], -1) if error.path else -1)
        for error in errors:
            if not error.path and error.message.startswith(_NOT_ALLOWED):
                extras = sorted(_additional(instance, schema), key=str)
                listed = ", ".join(repr(extra) for extra in extras)
                verb = "was" if len(extras) == 1 else "were"
                error.message = f"{_NOT_ALLOWED}{listed} {verb} unexpected)"
            yield error

    setattr(additional_properties, _IN_ORDER, True)
    return additional_properties


_NOT_ALLOWED = "Additional properties are not allowed ("


def _additional(instance: dict[Any, Any], schema: Any) -> list[Any]:
    """The keys of `instance` that neither `properties` nor `patternProperties` name."""
    properties = schema.get("properties") or {}
    patterns = "|".join(schema.get("patternProperties") or {})
    return [
        key
        for key in instance
        if key not in properties and not (patterns and re.search(patterns, str(key)))
    ]


def _in_order_everywhere() -> None:
    """Every JSON Schema validator class the library may use (the documents' structure, their
    schemas, defaults and examples, each JSON Schema dialect) checks additional properties in
    the instance's order (`_in_instance_order`)."""
    classes: set[Any] = {
        value
        for module in (jsonschema.validators, openapi_schema_validator)
        for value in vars(module).values()
        if isinstance(value, type) and isinstance(getattr(value, "VALIDATORS", None), dict)
    }
    dialect = keywords.OpenAPIV31SchemaValidator.default_jsonschema_dialect_id
    classes.add(jsonschema.validators.validator_for({"$schema": dialect}))
    for spec_validator in (OpenAPIV30SpecValidator, OpenAPIV31SpecValidator):
        classes.add(spec_validator.schema_validator.__class__)
    for validator_class in classes:
        keyword = validator_class.VALIDATORS.get("additionalProperties")
        if keyword is not None and not getattr(keyword, _IN_ORDER, False):
            validator_class.VALIDATORS["additionalProperties"] = _in_instance_order(keyword)


_in_order_everywhere()
_UNDEFINED_REQUIRED = "Required list has not defined properties: "


class ValidatorCrash(ValidationError):  # noqa: N818 - a ValidationError, named as they are
    """The validator itself failed while checking one place."""


def _located(base: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """`base`, with every error it yields given the path of the place it was checking, and
    the examples of that place checked against their schema (the library checks defaults only).

    The library's keyword checks (defaults, duplicate operationIds, path parameters, schemas
    reached through `$ref`s) yield errors whose path is relative to the value they checked, or
    empty; the innermost check names the place, outer ones leave it. A crash ends only the
    check that crashed: the walk goes on with the next place.
    """
    # A default is checked with its schema as the place: the value sits under "default".
    suffix: tuple[str, ...] = ("default",) if issubclass(base, keywords.ValueValidator) else ()

    def checks(
        self: Any, owner: SchemaPath | None, first_visit: bool, *args: Any, **kwargs: Any
    ) -> Iterator[ValidationError]:
        place = (*(owner.parts if owner is not None else ()), *suffix)
        yield from _placed(partial(base.__call__, self, *args, **kwargs), place)
        if owner is not None and issubclass(base, keywords.OperationValidator):
            yield from _request_body(self.registry, owner)
        if owner is not None and first_visit:
            # The library's own check of a value, without the place a default is given above.
            check_value = partial(keywords.ValueValidator.__call__, self.registry["default"])
            for example, schema, value in _examples(owner, base):
                checked = partial(_either_direction, check_value, schema, value)
                yield from _placed(checked, (*owner.parts, *example))

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        owner = next((a for a in args if isinstance(a, SchemaPath)), None)
        visits = getattr(self, "visited_schema_ids", None)
        if owner is None or not isinstance(visits, _Visits):
            yield from checks(self, owner, True, *args, **kwargs)
            return
        # A schema is checked once per run and route (see `_Visits`).
        schema_id = id(owner.read_value())
        route, meta_checked = _schema_route(*args[1:], **kwargs)
        seen = (schema_id, route)
        if not meta_checked and schema_id in self.meta_checked_schema_ids:
            visits.skipped(visits.meta_problems.get(schema_id))
        already = seen in visits.seen
        if already:
            visits.skipped(visits.problems.get(seen))
        skipped_before = visits.problem_skips
        visits.route = route  # read by the library's `in` and `append` just below
        found = 0
        for error in checks(self, owner, not already, *args, **kwargs):
            found += 1
            yield error
        if not already and seen in visits.seen and (found or visits.problem_skips > skipped_before):
            visits.problems[seen] = visits.unit

    def _validate_schema_meta(self: Any, schema: SchemaPath, value: Any) -> Any:
        problem = base._validate_schema_meta(self, schema, value)  # type: ignore[attr-defined]
        visits = self.visited_schema_ids
        if problem is not None and isinstance(visits, _Visits):
            visits.meta_problems[id(value)] = visits.unit
        return problem

    def __init__(self: Any, registry: Any) -> None:
        base.__init__(self, registry)
        # The library keeps the schemas it has seen in lists: a set each (a large spec's
        # schemas made that quadratic, seconds of its validation).
        if isinstance(getattr(self, "visited_schema_ids", None), list):
            self.visited_schema_ids = _Visits()
        if isinstance(getattr(self, "meta_checked_schema_ids", None), list):
            self.meta_checked_schema_ids = _Seen()

    members: dict[str, Any] = {"__call__": __call__, "__init__": __init__}
    if issubclass(base, keywords.SchemaValidator):
        members["_validate_schema_meta"] = _validate_schema_meta
    return type(base.__name__, (base,), members)


def _schema_route(require_properties: bool = True, meta_checked: bool = False) -> tuple[bool, bool]:
    """The arguments of the library's schema check after the schema (its signature)."""
    return bool(require_properties), bool(meta_checked)


class _Seen(list[int]):
    """A list the library appends to and asks `in` of, answered by a set."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, member: int) -> None:
        super().append(member)
        self._members.add(member)

    def __contains__(self, member: object) -> bool:
        return member in self._members


class _Visits(list[int]):
    """The schemas the library's check has visited, which it asks `in` of and appends to.

    The library keys a visit by the schema alone, but what the check finds also depends on its
    route: `require_properties` (a schema reached through `allOf` may require a property its
    siblings define). So a visit is keyed by schema and route, as `route` says while the
    library asks. And the check of one unit must not pass by skipping a schema whose problem
    another unit's check reported, nor be taken for all that unit would find alone: every visit
    that found a problem (or skipped one) is remembered with the unit whose check made it
    (`unit`, counted by `begin_unit`), and each skip of one another unit made is counted in
    `skipped_problems`. A unit that reaches a schema twice skips its own problem: no matter.
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[int, bool]] = set()
        self.route = True
        self.unit = 0  # the unit being checked
        # Visits that found or skipped a problem, and schemas whose meta-schema check failed:
        # by the unit whose check did.
        self.problems: dict[tuple[int, bool], int] = {}
        self.meta_problems: dict[int, int] = {}
        self.problem_skips = 0
        self.skipped_problems = 0

    def append(self, member: int) -> None:
        super().append(member)
        self.seen.add((member, self.route))

    def __contains__(self, member: object) -> bool:
        return (member, self.route) in self.seen

    def skipped(self, owner: int | None) -> None:
        """A visit skipped: of a place where unit `owner`'s check found a problem, or None."""
        if owner is not None:
            self.problem_skips += 1
            if owner != self.unit:
                self.skipped_problems += 1


def _either_direction(
    check: Callable[[SchemaPath, Any], Iterable[ValidationError]], schema: SchemaPath, value: Any
) -> Iterator[ValidationError]:
    """The errors of an example, but a required property it lacks that only one direction
    carries (readOnly, writeOnly): a schema's example may show either a request or a response."""
    for error in check(schema, value):
        listed: Any = error.validator_value
        instance: Any = error.instance
        if error.validator == "required" and isinstance(error.schema, Mapping):
            properties = error.schema.get("properties") or {}
            missing = [name for name in listed if name not in instance]
            one_way = [
                name
                for name in missing
                if isinstance(properties.get(name), Mapping)
                and (properties[name].get("readOnly") or properties[name].get("writeOnly"))
            ]
            if missing and one_way == missing:
                continue
        yield error


def _request_body(registry: Any, operation: SchemaPath) -> Iterator[ValidationError]:
    """The request body's media types, checked as the library checks a response's (which it
    does; a request body it skips)."""
    if "requestBody" not in operation:
        return
    body = operation / "requestBody"
    if isinstance(body.read_value(), Mapping) and "content" in body:
        yield from registry["content"](body / "content")


def _placed(
    check: Callable[[], Iterable[ValidationError]], place: tuple[str | int, ...]
) -> Iterator[ValidationError]:
    """The errors of `check`, each not yet placed given `place` in front of its own path."""
    try:
        for error in check():
            if not getattr(error, _LOCATED, False):
                setattr(error, _LOCATED, True)
                tail = ["operationId"] if isinstance(error, DuplicateOperationIDError) else []
                if isinstance(error, ExtraParametersError):
                    tail = ["required"]
                    _sort_names(error)
                error.path.extendleft(reversed([*place, *tail]))
            yield error
    except Exception as failure:  # noqa: BLE001 - the library's own bug, reported located
        crash = ValidatorCrash(
            f"the validator failed here: {type(failure).__name__}: {failure}", path=place
        )
        setattr(crash, _LOCATED, True)
        yield crash


def _sort_names(error: ExtraParametersError) -> None:
    """The names the library lists from a set (see `_in_instance_order`), sorted."""
    if not error.message.startswith(_UNDEFINED_REQUIRED):
        return
    try:
        names = ast.literal_eval(error.message[len(_UNDEFINED_REQUIRED) :])
    except (ValueError, SyntaxError):
        return
    if isinstance(names, list):
        error.message = f"{_UNDEFINED_REQUIRED}{sorted(names, key=str)!r}"


def _examples(
    owner: SchemaPath, kind: type[keywords.KeywordValidator]
) -> Iterator[tuple[tuple[str | int, ...], SchemaPath, Any]]:
    """Each example `owner` gives (where, under `owner`), with the schema it must satisfy: a
    schema's `example` and `examples`; a media type's or parameter's `example` and each named
    example's `value`."""
    if not isinstance(owner.read_value(), Mapping):
        return
    if issubclass(kind, keywords.SchemaValidator):
        schema = owner
        listed = (owner / "examples").read_value() if "examples" in owner else None
        if isinstance(listed, list):
            for index, value in enumerate(listed):
                yield ("examples", index), schema, value
    elif issubclass(kind, (keywords.MediaTypeValidator, keywords.ParameterValidator)):
        if "schema" not in owner:
            return
        schema = owner / "schema"
        named = owner / "examples" if "examples" in owner else None
        if named is not None and isinstance(named.read_value(), Mapping):
            for name, example in named.items():
                if isinstance(example.read_value(), Mapping) and "value" in example:
                    yield ("examples", name, "value"), schema, (example / "value").read_value()
    else:
        return
    if "example" in owner:
        yield ("example",), schema, (owner / "example").read_value()


def _validator_class(version: str) -> type[Any]:
    base = OpenAPIV30SpecValidator if version == "3.0" else OpenAPIV31SpecValidator
    located = {name: _located(cls) for name, cls in base.keyword_validators.items()}
    return type(base.__name__, (base,), {"keyword_validators": located})


def _schema_parts(contents: Any) -> Iterator[Any]:
    """JSON Schema's subresources of `contents`, without the ones that cannot be schemas.

    The library finds subresources by keyword in every file a `$ref` reaches, and crashes on a
    file that is not a schema but has such a key with a text value (DigitalOcean's `items:` in a
    description file): after that, every later lookup crashes.
    """
    return (
        part for part in DRAFT202012.subresources_of(contents) if isinstance(part, (dict, bool))
    )


_LENIENT: Specification[Any] = Specification(  # type: ignore[call-arg] # attrs fields
    name=DRAFT202012.name,
    id_of=DRAFT202012.id_of,
    subresources_of=_schema_parts,
    anchors_in=DRAFT202012._anchors_in,
    maybe_in_subresource=DRAFT202012.maybe_in_subresource,
)


def _walked(data: Any, base_uri: str, resolver: Resolver) -> SchemaPath:
    """`data` as the validator walks it, other files read through `resolver`."""
    return SchemaPath.from_dict(
        data,
        base_uri=base_uri,
        handlers=ResolverDocuments(resolver),
        specification=_LENIENT,
        resolved_cache_maxsize=get_resolved_cache_maxsize(),
    )


def violations(document: Document, resolver: Resolver, version: str) -> Iterator[ValidationError]:
    walked = _walked(document.data, document.path.resolve().as_uri(), resolver)
    validator = _validator_class(version)(walked)
    # The structure against the OpenAPI schema, then the library's checks of defaults,
    # operationIds, path parameters and schemas; each phase survives the other's crash.
    structure = _crawled(version)
    phases: tuple[Callable[[], Iterable[ValidationError]], ...] = (
        lambda: structure.iter_errors(_as_written_in_place(document.data, resolver)),
        lambda: validator.root_validator(validator.schema_path),
    )
    for phase in phases:
        try:
            yield from phase()
        except SpecError:
            raise
        except Exception as failure:  # noqa: BLE001 - reported, located at the root
            yield ValidatorCrash(f"the validator failed: {type(failure).__name__}: {failure}")


def _as_written_in_place(data: Any, resolver: Resolver) -> Any:
    """The root document with each path item and operation given by a `$ref` in its place: the
    OpenAPI schema checks the document's own values, and would see only the references."""
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, dict):
        return data
    root = Ref(resolver.root.path.resolve(), "")
    in_place: dict[str, Any] = {}
    for path, item in paths.items():
        item, item_at = resolver.deref(item, jp_ref(root, "paths", path))
        if isinstance(item, dict):
            item = {
                key: (
                    resolver.deref(value, jp_ref(item_at, key))[0] if key in HTTP_METHODS else value
                )
                for key, value in item.items()
            }
        in_place[path] = item
    return {**data, "paths": in_place}


@cache
def _crawled(version: str) -> Any:
    """The OpenAPI schema's validator, with the schema's own anchors found once.

    As the library builds it, the schema is not crawled, so every `$dynamicRef` that misses an
    anchor crawls the whole schema again: 10 s of a large 3.1 document's validation, 3 s so.
    """
    base = OpenAPIV30SpecValidator if version == "3.0" else OpenAPIV31SpecValidator
    structure: Any = base.schema_validator
    uri = str(structure.schema.get("$id", ""))
    resource = Resource.from_contents(structure.schema, default_specification=DRAFT202012)
    registry = structure._registry.with_resource(uri, resource).crawl()
    return structure.evolve(_resolver=registry.resolver(base_uri=uri))


def units_validator(version: str, resolver: Resolver) -> type[Any]:
    """The validator class that checks a document unit by unit (`cache.passes`), reading every
    other file through `resolver`."""
    base = _validator_class(version)

    def skipped_problems(self: Any) -> int:
        """How many times a check skipped a schema whose problem another unit's check reported
        already: a unit's check that did is not a pass, though it may report nothing."""
        visits = self.keyword_validators_registry["schema"].visited_schema_ids
        return visits.skipped_problems if isinstance(visits, _Visits) else 0

    def begin_unit(self: Any) -> None:
        """The checks that follow are another unit's (see `_Visits`)."""
        visits = self.keyword_validators_registry["schema"].visited_schema_ids
        if isinstance(visits, _Visits):
            visits.unit += 1

    def begin_alone(self: Any) -> None:
        """The checks that follow find all they would in a walk of their own: no schema is
        skipped as visited, or meta-checked, before, and no operationId was seen."""
        registry = self.keyword_validators_registry
        registry["schema"].visited_schema_ids = _Visits()
        registry["schema"].meta_checked_schema_ids = _Seen()
        registry["operation"].operation_ids_registry = []

    def __init__(self: Any, schema: Any, base_uri: str = "") -> None:
        # Walked as the whole walk walks it (`violations`), not as the library would.
        base.__init__(self, _walked(schema, base_uri, resolver), base_uri)

    members = {
        "__init__": __init__,
        # The structure checked as the whole walk checks it: with the schema's anchors found
        # once (a 3.1 unit's check crawled the whole OpenAPI schema again and again).
        "schema_validator": _crawled(version),
        "resolver_handlers": ResolverDocuments(resolver),
        "skipped_problems": skipped_problems,
        "begin_unit": begin_unit,
        "begin_alone": begin_alone,
    }
    return type(base.__name__, (base,), members)
