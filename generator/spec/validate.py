"""Validate the document with openapi-spec-validator; report every problem at its place.

Real documents are often slightly invalid (an example that breaks its own `minItems`, a default of
the wrong type, duplicate entries in `required`, a `$ref` where a description belongs). A user
cannot fix a provider's spec, so a problem the SDK can be built around is a *warning*, and the
document is repaired as the warning says (the bad default is dropped, ...); every other problem is
an *error*, and all of them are reported together. The validator names places by the path it
walked (through `$ref`s and files); each is turned into the place the value is written, with its
line and column. A crash inside the validator is caught where it happened and reported there.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Location, SpecError
from ..model.runtime import token_scheme
from . import beside
from . import pointer as jp
from .cache import ValidationCache, passes, to_check, unit_errors
from .load import Document
from .refs import HTTP_METHODS, NAME_MAPS, Ref, Resolver, jp_ref

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

SUPPORTED_VERSIONS = ("3.0", "3.1")
_MAX_MESSAGE = 300
# A hostile document could yield millions of violations: far above any real spec's count.
MAX_FINDINGS = 10_000


def openapi_version(document: Document) -> str:
    """'3.0' or '3.1'; anything else is refused before validation, with the reason."""
    data = document.data
    if not isinstance(data, dict):
        raise SpecError("the document is not a mapping", document.locate(""))
    version = data.get("openapi")
    if version is None:
        if "swagger" in data:
            raise SpecError(
                "Swagger 2.0 is not supported; convert it to OpenAPI 3 first",
                document.locate("/swagger"),
            )
        raise SpecError("missing the `openapi` version field", document.locate(""))
    major_minor = ".".join(str(version).split(".")[:2])
    if major_minor not in SUPPORTED_VERSIONS:
        raise SpecError(
            f"OpenAPI {version} is not supported (supported: 3.0.x, 3.1.x)",
            document.locate("/openapi"),
        )
    return major_minor


@dataclass(frozen=True)
class Finding:
    """A problem of the document the SDK was built around, at the place that wrote it."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class Validation:
    version: str  # '3.0' or '3.1'
    warnings: tuple[Finding, ...]


@dataclass(frozen=True)
class Repair:
    """How the document is read around a problem, as data (so that a unit's problems can be
    remembered with it): `kind` says what is done to the value `at`. Made real by `_bound`,
    for every problem before any is made, so each acts on the document as the validator saw
    it."""

    # One of _REPAIRS: "remove", "deduplicate" (a list), "set" (to `value`), "set to what the
    # $ref names", "binary" (a Swagger 2 file schema), "require" (a property's own
    # `required`), "nothing".
    kind: str
    at: Ref
    value: Any = None


@dataclass(frozen=True)
class _Problem:
    at: Ref  # where the offending value is written
    message: str
    repair: Repair | None  # None: the SDK cannot be built around it
    crashed: bool = False  # the validator itself failed there (rather than found a problem)


class _Findings:
    """The validator's errors made problems (`_problem`), remembered with the units that have
    them (`cache.py`) when they can be: a repair, in the document itself."""

    def __init__(self, resolver: Resolver, version: str) -> None:
        self.resolver = resolver
        self.version = version
        self.file = resolver.root.path.resolve()

    def of(self, error: ValidationError) -> _Problem:
        return _problem(error, self.resolver, self.version)

    def record(self, problem: _Problem) -> list[Any] | None:
        repair = problem.repair
        if repair is None or problem.crashed or problem.at.file != self.file:
            return None
        if repair is not _NOTHING and repair.at.file != self.file:
            return None
        return [problem.at.pointer, problem.message, repair.kind, repair.at.pointer, repair.value]

    def recalled(self, record: list[Any]) -> _Problem:
        at, message, kind, pointer, value = record
        if not all(isinstance(text, str) for text in (at, message, kind, pointer)):
            raise ValueError(f"not a problem: {record!r:.100}")
        if kind not in _REPAIRS or not isinstance(value, bool | int | float | None):
            raise ValueError(f"not a repair: {record!r:.100}")
        repair = _NOTHING if kind == "nothing" else Repair(kind, Ref(self.file, pointer), value)
        return _Problem(Ref(self.file, at), message, repair)


def validate_document(
    document: Document,
    resolver: Resolver | None = None,
    cache: ValidationCache | None = None,
    *,
    checked_beside: bool = False,
) -> Validation:
    """Validate; return the OpenAPI minor version and the warnings, the document repaired as
    each warning says. Raises SpecError listing every problem no SDK can be built around.

    Other files the document refers to are read through `resolver` (by default one rooted at
    the document's folder), within its confinement and limits. The document is checked unit by
    unit (`cache.unit_errors`) where its units can stand for it, else walked whole. With a
    `cache`, units remembered as passing are not checked again; what is reported never depends
    on it. `checked_beside`: the units are being checked by `check_beside`'s child, whose verdict the
    caller waits for (and validates again without it, if it is not "passed").
    """
    version = openapi_version(document)
    resolver = resolver or Resolver(document)
    problems = _path_templates(resolver)
    bad_paths = len(problems)
    said: set[tuple[Ref, str]] = set()
    if checked_beside and not problems:
        found: Iterable[_Problem] = ()
    else:
        by_units = None if problems else _unit_errors(version, resolver, cache)
        if by_units is None:
            walked = _walked(document, resolver, version)
            found = (_problem(error, resolver, version) for error in walked)
        else:
            found = by_units
    for count, problem in enumerate(found):
        if count >= MAX_FINDINGS:  # a hostile document, or not the document it claims to be
            listed = "".join(f"\n  {resolver.locate(p.at)}: {p.message}" for p in problems)
            raise SpecError(
                f"not a valid OpenAPI document: more than {MAX_FINDINGS:,} problems; the first:"
                + listed,
                resolver.locate(Ref(resolver.root.path.resolve(), "")),
            )
        if problem.crashed and any(
            problem.at.pointer.startswith(p.at.pointer + "/") for p in problems[:bad_paths]
        ):
            continue  # the library's parse of a path template already reported as such
        # Said once: both phases check a schema's structure (in words of their own); a place
        # repaired once needs one warning, an error every reason.
        key = (problem.at, problem.message if problem.repair is None else "")
        if key not in said:
            said.add(key)
            problems.append(problem)
    errors = [p for p in problems if p.repair is None]
    if errors:
        first, *others = errors
        listed = "".join(f"\n  {resolver.locate(p.at)}: {p.message}" for p in others)
        more = f"\nand {len(others)} more problem(s):{listed}" if others else ""
        raise SpecError(
            f"not a valid OpenAPI document: {first.message}{more}", resolver.locate(first.at)
        )
    # Repairs change the document: each is made after every place is located.
    warnings = [Finding(resolver.locate(p.at), p.message) for p in problems]
    _repair(problems, resolver)
    for written in resolver.mount_paths():  # where the `$ref` is written, not what it names
        warnings.append(
            Finding(resolver.document(written.file).locate(written.pointer), _OPERATION_REF)
        )
    security = _security(resolver)
    warnings.extend(Finding(resolver.locate(p.at), p.message) for p in security)
    _repair(security, resolver)
    return Validation(version, tuple(warnings))


def _repair(problems: list[_Problem], resolver: Resolver) -> None:
    """Each problem's repair, all bound to the document as it is before the first is made."""
    bound = []
    for problem in problems:
        assert problem.repair is not None
        bound.append(_bound(problem.repair, resolver))
    for repair in bound:
        repair()


# Below this many units to check, with the validator loaded already, the check costs less than
# forking a process to run it.
BESIDE_FROM = 100


def check_beside(
    document: Document, resolver: Resolver, cache: ValidationCache
) -> beside.Beside | None:
    """The units' check started in a child process, when it is long (a cold run of a large
    spec) and there is a CPU for it; None when `validate_document` had better do it all."""
    if _path_templates(resolver):  # a problem found before the units: the whole walk reports
        return None
    count = to_check(document.data, cache)
    # Loading the validator's libraries (a fifth of a second) costs more than a fork too.
    loaded = "generator.spec.validator" in sys.modules
    if count is None or count == 0 or (count < BESIDE_FROM and loaded):
        return None
    version = openapi_version(document)
    return beside.start(partial(_passes_by_units, version, resolver, cache))


def _walked(document: Document, resolver: Resolver, version: str) -> Iterable[ValidationError]:
    """Every violation the whole walk finds."""
    from . import validator  # the validator's libraries load only when a walk needs them

    return validator.violations(document, resolver, version)


def _unit_errors(
    version: str, resolver: Resolver, cache: ValidationCache | None
) -> Iterator[_Problem] | None:
    """The document's problems found unit by unit (those remembered are not checked again),
    or None when the whole walk must find them. With no cache, nothing is remembered, and the
    problems are the same."""
    document = resolver.root
    try:
        errors = unit_errors(
            partial(_units_validator, version, resolver),
            document.data,
            document.path.resolve().as_uri(),
            cache or ValidationCache(None),
            _Findings(resolver, version),
        )
        return None if errors is None else iter(list(itertools.islice(errors, MAX_FINDINGS + 1)))
    except SpecError:
        raise
    except Exception:  # noqa: BLE001 - the library failed outside a check: the walk locates it
        return None


def _passes_by_units(version: str, resolver: Resolver, cache: ValidationCache) -> bool:
    """Whether every unit of the document passes the checks of the whole walk (remembered, or
    checked now); False on any doubt, and the whole walk decides."""
    document = resolver.root
    validator_class = partial(_units_validator, version, resolver)
    uri = document.path.resolve().as_uri()
    try:
        return passes(validator_class, document.data, uri, cache, _Findings(resolver, version))
    except Exception:  # noqa: BLE001 - whatever went wrong, the whole walk reports it located
        return False


def _units_validator(version: str, resolver: Resolver) -> Any:
    from . import validator  # only when a unit must be checked: a warm run needs none

    return validator.units_validator(version, resolver)


# What the SDK sends for each kind of scheme: a token scheme (`DSN`) with its own name; any
# other HTTP scheme (a challenge-response one such as `Digest`) as a bearer token.
_HTTP_SCHEMES = ("basic", "bearer")


def _security(resolver: Resolver) -> list[_Problem]:
    """Security the library does not check: a requirement that names a scheme the document
    never defines (the name is ignored), and schemes the SDK sends only approximately."""
    data = resolver.root.data
    root = Ref(resolver.root.path.resolve(), "")
    components = data.get("components") if isinstance(data.get("components"), dict) else {}
    schemes = components.get("securitySchemes")
    schemes = schemes if isinstance(schemes, dict) else {}
    problems = []
    for name, scheme in schemes.items():
        scheme, _ = resolver.deref(scheme, jp_ref(root, "components", "securitySchemes", name))
        if not isinstance(scheme, dict):
            continue
        at = jp_ref(root, "components", "securitySchemes", name)
        http = str(scheme.get("scheme", "")).lower()
        if (
            scheme.get("type") == "http"
            and http not in _HTTP_SCHEMES
            and token_scheme(scheme) == "Bearer"
        ):
            message = (
                f"HTTP authentication scheme {scheme.get('scheme')!r} is not one the SDK "
                "implements (basic, bearer, or a scheme whose credential is one token): its "
                "credential is sent as `Authorization: Bearer <token>`"
            )
            problems.append(_Problem(jp_ref(at, "scheme"), message, _NOTHING))
        elif scheme.get("type") == "mutualTLS":
            message = (
                "mutualTLS is not implemented by the SDK: configure the client certificate on "
                "an httpx client passed as `http_client`; the scheme's argument is sent as a "
                "bearer token"
            )
            problems.append(_Problem(jp_ref(at, "type"), message, _NOTHING))
    places = [(data, root)]
    paths = data.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                places.append((operation, jp_ref(root, "paths", path, method)))
    for owner, at in places:
        requirements = owner.get("security")
        for index, requirement in enumerate(requirements if isinstance(requirements, list) else []):
            for key in list(requirement) if isinstance(requirement, dict) else []:
                if key not in schemes:
                    message = (
                        f"the security requirement names {key!r}, which is not in "
                        "components/securitySchemes: that name is ignored"
                    )
                    place = jp_ref(at, "security", index, key)
                    problems.append(_Problem(place, message, Repair("remove", place)))
    return problems


_OPERATION_REF = (
    "an operation given by $ref is not OpenAPI (only a path item may be a reference); "
    "read as the operation it names"
)


_TEMPLATE = re.compile(r"\{[^{}/]+\}")


def _path_templates(resolver: Resolver) -> list[_Problem]:
    """A path whose braces are not `{name}` pairs: no SDK can fill it in."""
    paths = resolver.root.data.get("paths")
    root = Ref(resolver.root.path.resolve(), "")
    problems = []
    for path in paths if isinstance(paths, dict) else ():
        rest = _TEMPLATE.sub("", path)
        if "{" in rest or "}" in rest:
            brace = "{" if "{" in rest else "}"
            message = f"the path {path!r} has an unbalanced {brace!r}: a parameter is `{{name}}`"
            problems.append(_Problem(jp_ref(root, "paths", path), message, None))
    return problems


def _problem(error: ValidationError, resolver: Resolver, version: str) -> _Problem:
    """Where `error` is written, what it says, and how the document is repaired around it
    (None: it cannot be)."""
    from .validator import ValidatorCrash

    problem = _described(error, resolver, version)
    return replace(problem, crashed=True) if isinstance(error, ValidatorCrash) else problem


def _described(error: ValidationError, resolver: Resolver, version: str) -> _Problem:
    from .validator import DuplicateOperationIDError, ExtraParametersError, ValidatorCrash

    leaf = _leaf(error)
    at = resolver.follow(leaf.absolute_path)
    message = _describe(error)
    tokens = jp.split(at.pointer)
    if isinstance(error, DuplicateOperationIDError):
        return _Problem(at, message, None)
    named = _named_example([str(token) for token in leaf.absolute_path], resolver)
    if named is not None:
        entry, name = named
        removal = Repair("remove", entry)
        return _Problem(at, f"{message}; the example {name!r} is left out", removal)
    value_keyword = _value_keyword(tokens)
    if value_keyword is not None:
        cut, name = value_keyword
        removal = Repair("remove", Ref(at.file, jp.join("", *tokens[:cut])))
        return _Problem(at, f"{message}; the {name} is left out", removal)
    if isinstance(error, ValidatorCrash):
        return _Problem(at, message, None)
    if leaf.validator == "uniqueItems" and isinstance(leaf.instance, list):
        deduplicated = Repair("deduplicate", at)
        return _Problem(at, f"{message}; the repeated entries are ignored", deduplicated)
    if leaf.validator == "type" and isinstance(leaf.instance, str) and tokens:
        readable, value = _scalar_from_text(leaf.instance, leaf.validator_value)
        container = resolver.get(Ref(at.file, jp.join("", *tokens[:-1])))
        if readable and isinstance(container, (dict, list)):
            setter = Repair("set", at, value)
            return _Problem(at, f"{message}; read as {value!r}", setter)
    if leaf.validator == "type" and _is_bare_ref(leaf.instance) and tokens:
        target, _ = resolver.deref(leaf.instance, at)
        if not _is_bare_ref(target) and _scalar_type_fits(target, leaf.validator_value):
            container = resolver.get(Ref(at.file, jp.join("", *tokens[:-1])))
            if isinstance(container, (dict, list)):
                setter = Repair("set to what the $ref names", at)
                return _Problem(at, f"{message}; read as the value the $ref names", setter)
    if leaf.instance == "file" and tokens and tokens[-1] == "type" and len(tokens) > 1:
        schema = resolver.get(Ref(at.file, jp.join("", *tokens[:-1])))
        if isinstance(schema, dict):
            binary = Repair("binary", Ref(at.file, jp.join("", *tokens[:-1])))
            return _Problem(at, f"{message}; {_FILE}", binary)
    if leaf.validator == "type" and tokens and tokens[-1] == "required":
        required = _property_required(tokens, resolver, at, leaf.instance)
        if required is not None:
            return _Problem(at, f"{message}; {required}", Repair("require", at))
    if version == "3.0" and leaf.validator == "type" and _written_as_in_3_1(tokens, leaf.instance):
        form = f"the form OpenAPI 3.1 gives it, which 3.0 does not allow: {_AS_IN_3_1}"
        return _Problem(at, f"{message}; {form}", _NOTHING)
    documentation = _documentation_cut(tokens)
    if documentation is not None:
        removal = Repair("remove", Ref(at.file, jp.join("", *tokens[:documentation])))
        return _Problem(at, f"{message}; the {tokens[documentation - 1]} is left out", removal)
    if isinstance(error, ExtraParametersError):
        return _Problem(at, f"{message}; the SDK does not check them", _NOTHING)
    if _is_map_reference(tokens, resolver, at):
        return _Problem(at, _MAP_REF.format(tokens[-2]), _NOTHING)
    if version == "3.0" and leaf.validator == "additionalProperties" and _later_keywords_only(leaf):
        keyword = f"a keyword of OpenAPI 3.1 that 3.0 does not define: {_AS_IN_3_1}"
        return _Problem(at, f"{message}; {keyword}", _NOTHING)
    return _Problem(at, message, None)


def _leaf(error: ValidationError) -> ValidationError:
    """The most specific reason inside a oneOf/anyOf: it names the place to repair. The deepest
    place wins; a Reference's "'$ref' is required" only when no other branch says more."""
    while error.context:
        branches = [e for e in error.context if e.validator_value != ["$ref"]] or error.context
        deepest = max(len(e.absolute_path) for e in branches)
        error = next(
            e
            for e in sorted(branches, key=lambda e: e.validator in _WEAK)
            if len(e.absolute_path) == deepest
        )
    return error


_WEAK = frozenset({"anyOf", "oneOf"})


# Values that only illustrate (a default, an example): one that breaks its schema is left out.
_VALUE_KEYWORDS = frozenset({"default", "example", "examples"})
# Text for people: a value of the wrong shape there is left out, the SDK is the same without it.
_DOCUMENTATION = frozenset(
    {"description", "summary", "externalDocs", "termsOfService", "contact", "license"}
)
# JSON Schema keywords of OpenAPI 3.1 that 3.0 does not define; documents use them anyway.
_LATER_KEYWORDS = frozenset(
    {
        "const",
        "examples",
        "$schema",
        "$id",
        "$anchor",
        "$defs",
        "$comment",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
        "prefixItems",
        "if",
        "then",
        "else",
        "dependentRequired",
        "dependentSchemas",
        "unevaluatedProperties",
        "unevaluatedItems",
        "propertyNames",
        "contains",
        "minContains",
        "maxContains",
        "patternProperties",
    }
)
# Keywords whose value maps user-chosen names to objects (a property called "default"); a
# discriminator's `mapping` too (its keys are the values the discriminator takes).
_NAME_MAPS = NAME_MAPS | {"mapping"}


def _keyword_indexes(tokens: list[str]) -> Iterator[int]:
    """The indexes of `tokens` that are OpenAPI or JSON Schema keywords, not names."""
    name_next = False
    for index, token in enumerate(tokens):
        if not name_next:
            yield index
            name_next = token in _NAME_MAPS
        else:
            name_next = False


def _named_example(walked: list[str], resolver: Resolver) -> tuple[Ref, str] | None:
    """The named example (of a media type, a parameter or a header) the validator's `walked`
    path lies in: where that entry is written, and its name. The entry is what is left out, in
    the place that uses it: an entry of `components/examples` may suit another place's schema,
    and other places may refer to it."""
    for index in _keyword_indexes(walked):
        if walked[index] != "examples" or index + 1 >= len(walked) or _is_section(walked, index):
            continue
        owner_at = resolver.follow(walked[: index + 1])
        if isinstance(resolver.get(owner_at), dict):  # a map of Example objects, by name
            return jp_ref(owner_at, walked[index + 1]), walked[index + 1]
        return None  # a schema's `examples` (a list, as in 3.1)
    return None


def _is_section(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` names a section of `components` (`components/examples`)."""
    return index == 1 and tokens[0] == "components"


def _value_keyword(tokens: list[str]) -> tuple[int, str] | None:
    """Where the default or example (of a schema) the place lies in ends, and what to call it;
    named examples are `_named_example`'s."""
    for index in _keyword_indexes(tokens):
        if tokens[index] in _VALUE_KEYWORDS and not _is_section(tokens, index):
            return index + 1, tokens[index].removesuffix("s")
    return None


_AS_IN_3_1 = "read as OpenAPI 3.1 reads it"
_FILE = "Swagger 2's `type: file`: read as OpenAPI 3's binary string (format: binary)"


def _written_as_in_3_1(tokens: list[str], value: Any) -> bool:
    """A schema keyword in the form 3.1 gives it: a list of types, a number as exclusive bound."""
    if not tokens or len(tokens) - 1 not in _keyword_indexes(tokens):
        return False
    if tokens[-1] == "type":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    exclusive = tokens[-1] in ("exclusiveMinimum", "exclusiveMaximum")
    return exclusive and isinstance(value, (int, float)) and not isinstance(value, bool)


def _property_required(tokens: list[str], resolver: Resolver, at: Ref, value: Any) -> str | None:
    """`required: true` written on a property's schema (as Swagger 2 parameters do): the
    property is read as listed in its object's `required` (`_required_moved`)."""
    if not isinstance(value, bool) or len(tokens) < 3 or tokens[-3] != "properties":
        return None
    if len(tokens) - 3 not in _keyword_indexes(tokens):
        return None
    owner = resolver.get(Ref(at.file, jp.join("", *tokens[:-3])))
    prop = resolver.get(Ref(at.file, jp.join("", *tokens[:-1])))
    if not isinstance(owner, dict) or not isinstance(prop, dict):
        return None
    said = f"read as {tokens[-2]!r} listed in the object's required" if value else "ignored"
    return f"`required` on a property is the object's list of names: {said}"


def _is_bare_ref(value: Any) -> bool:
    return isinstance(value, dict) and list(value) == ["$ref"] and isinstance(value["$ref"], str)


def _scalar_type_fits(value: Any, wanted: Any) -> bool:
    kinds = {"string": str, "boolean": bool, "array": list, "object": dict}
    return wanted in kinds and isinstance(value, kinds[wanted])


def _is_map_reference(tokens: list[str], resolver: Resolver, at: Ref) -> bool:
    """`properties: {$ref: ...}`: a whole name map given by one reference."""
    if len(tokens) < 2 or tokens[-1] != "$ref" or len(tokens) - 2 not in _keyword_indexes(tokens):
        return False
    holder = resolver.get(Ref(at.file, jp.join("", *tokens[:-1])))
    return tokens[-2] in _NAME_MAPS and isinstance(holder, dict) and list(holder) == ["$ref"]


_MAP_REF = "{} given by one $ref is not OpenAPI (a map of names): read as the map it names"


def _documentation_cut(tokens: list[str]) -> int | None:
    for index in _keyword_indexes(tokens):
        if tokens[index] in _DOCUMENTATION:
            return index + 1
    return None


def _later_keywords_only(error: ValidationError) -> bool:
    """An `additionalProperties` error whose unexpected keys are all keywords of 3.1."""
    if not isinstance(error.instance, dict) or not isinstance(error.schema, dict):
        return False
    allowed = set(error.schema.get("properties") or {})
    patterns = list(error.schema.get("patternProperties") or {})
    unexpected = [
        key
        for key in error.instance
        if key not in allowed and not any(re.search(pattern, key) for pattern in patterns)
    ]
    return bool(unexpected) and all(key in _LATER_KEYWORDS for key in unexpected)


def _scalar_from_text(text: str, wanted: Any) -> tuple[bool, Any]:
    """A boolean or number written as a string (`"false"`, `"10"`), read as what it says."""
    if wanted == "boolean" and text in ("true", "false"):
        return True, text == "true"
    if wanted in ("integer", "number"):
        try:
            number = int(text)
        except ValueError:
            if wanted == "integer":
                return False, None
            try:
                number_f = float(text)
            except ValueError:
                return False, None
            return number_f == number_f and abs(number_f) != float("inf"), number_f
        return True, number
    return False, None


_NOTHING = Repair("nothing", Ref(Path(), ""))  # the document is read as it is
_REPAIRS = frozenset(
    {"remove", "deduplicate", "set", "set to what the $ref names", "binary", "require", "nothing"}
)


def _bound(repair: Repair, resolver: Resolver) -> Callable[[], None]:
    """`repair` made real on the document as it is now: the values it acts on are found now,
    and the repair is made when called (after every other repair is bound, so that one
    repair never moves what another acts on)."""
    if repair.kind == "nothing":
        return _nothing
    file = repair.at.file
    *parents, key = jp.split(repair.at.pointer)
    parent_at = Ref(file, jp.join("", *parents))
    if repair.kind == "remove":
        return partial(_removed, resolver, parent_at, key)
    value = resolver.get(repair.at)
    container = resolver.get(parent_at)
    if repair.kind == "deduplicate":
        return partial(_deduplicated, value) if isinstance(value, list) else _nothing
    if repair.kind == "set":
        return partial(_set, container, key, repair.value)
    if repair.kind == "set to what the $ref names":
        target, _ = resolver.deref(value, repair.at)
        return partial(_set, container, key, target)
    if repair.kind == "binary":
        binary = {"type": "string", "format": "binary"}
        return partial(value.update, binary) if isinstance(value, dict) else _nothing
    if repair.kind == "require":  # `properties/<name>/required`
        owner = resolver.get(Ref(file, jp.join("", *parents[:-2])))
        return partial(_required_moved, owner, container, parents[-1], value)
    raise ValueError(f"no such repair: {repair.kind!r}")


def _nothing() -> None:
    """The document is read as it is."""


def _removed(resolver: Resolver, parent_at: Ref, key: str) -> None:
    try:
        parent = resolver.get(parent_at)
    except SpecError:  # already gone with a larger part
        return
    if isinstance(parent, dict):
        parent.pop(key, None)


def _deduplicated(values: list[Any]) -> None:
    kept: list[Any] = []
    for value in values:
        if value not in kept:
            kept.append(value)
    values[:] = kept


def _set(container: dict[str, Any] | list[Any], key: str, value: Any) -> None:
    if isinstance(container, dict):
        container[key] = value
    else:
        container[int(key)] = value


def _required_moved(owner: dict[str, Any], prop: dict[str, Any], name: str, value: bool) -> None:
    """A property's own `required: <value>` dropped; listed in its object's `required` if true."""
    prop.pop("required", None)
    listed = owner.setdefault("required", []) if value else None
    if isinstance(listed, list) and name not in listed:
        listed.append(name)


def _describe(error: ValidationError) -> str:
    """The validator's message, shortened; inside a oneOf/anyOf, the most specific reason: the
    leaf's own message when it is deeper in the document, else added to the whole's."""
    leaf = _leaf(error)
    if leaf is error:
        return _shorten(_said(error))
    if len(leaf.absolute_path) > len(error.absolute_path):
        return _shorten(_said(leaf))
    return f"{_shorten(_said(error))}; most likely: {_shorten(_said(leaf))}"


_MAX_VALUE_SHOWN = 80


def _said(error: ValidationError) -> str:
    """The message with the offending value it starts with clipped: the reason must show."""
    message = str(error.message)
    shown = repr(error.instance)
    if message.startswith(shown) and len(shown) > _MAX_VALUE_SHOWN:
        message = shown[: _MAX_VALUE_SHOWN - 1] + "…" + message[len(shown) :]
    return message


def _shorten(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"
