"""Validate the root document with openapi-spec-validator and report the first problem by place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from jsonschema.exceptions import ValidationError, best_match
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from ..errors import SpecError
from . import pointer as jp
from .cache import ValidationCache, passes
from .load import Document
from .refs import Resolver

SUPPORTED_VERSIONS = ("3.0", "3.1")
_MAX_MESSAGE = 300


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


class _ResolverDocuments(Mapping[str, Any]):
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


def validate_document(
    document: Document, resolver: Resolver | None = None, cache: ValidationCache | None = None
) -> str:
    """Validate; return the OpenAPI minor version. Raises SpecError at the first violation.

    Other files the document refers to are read through `resolver` (by default one rooted at
    the document's folder), within its confinement and limits. With a `cache`, the parts that
    passed before are not validated again; any doubt validates the whole document.
    """
    version = openapi_version(document)
    base = OpenAPIV30SpecValidator if version == "3.0" else OpenAPIV31SpecValidator
    documents = _ResolverDocuments(resolver or Resolver(document))
    validator_class = type(base.__name__, (base,), {"resolver_handlers": documents})
    base_uri = document.path.resolve().as_uri()
    if cache is not None and _passes_by_units(validator_class, document, base_uri, cache):
        return version
    validator = validator_class(document.data, base_uri=base_uri)
    try:
        errors: list[ValidationError] = list(_first(validator.iter_errors(), 1))
    except SpecError:
        raise
    except Exception as failure:  # the validator's own resolution failures
        raise SpecError(f"the validator failed: {failure}", document.locate("")) from None
    if not errors:
        return version
    first = errors[0]
    pointer = jp.from_path(first.absolute_path)
    raise SpecError(_describe(first), document.locate(pointer))


def _passes_by_units(
    validator_class: Any, document: Document, base_uri: str, cache: ValidationCache
) -> bool:
    try:
        return passes(validator_class, document.data, base_uri, cache)
    except Exception:  # whatever went wrong, the whole-document run reports it properly
        return False


def _first(errors: Iterable[ValidationError], count: int) -> Iterable[ValidationError]:
    for index, error in enumerate(errors):
        if index >= count:
            return
        yield error


def _describe(error: ValidationError) -> str:
    """The validator's message, shortened, with the most specific reason inside a oneOf/anyOf."""
    message = _shorten(error.message)
    if error.context:
        leaf = best_match(error.context)
        if leaf is not None and leaf.message != error.message:
            where = jp.from_path(leaf.relative_path)
            detail = _shorten(leaf.message)
            message += f"; most likely: {detail}" + (f" at {where}" if where else "")
    return f"not a valid OpenAPI document: {message}"


def _shorten(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"
