"""Validation: the OpenAPI version is checked first, then the first violation is reported at
its place, shortened, with the most likely reason inside a oneOf/anyOf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import Location, SpecError
from generator.spec.load import Document, load_document
from generator.spec.validate import openapi_version, validate_document

INFO = {"title": "x", "version": "1"}


def document(data: Any) -> Document:
    return Document(Path("spec.yaml"), data)


def failure(data: Any) -> SpecError:
    with pytest.raises(SpecError) as caught:
        validate_document(document(data))
    return caught.value


@pytest.mark.parametrize(
    ("version", "minor"), [("3.0.3", "3.0"), ("3.1.0", "3.1"), ("3.1.1-rc1", "3.1")]
)
def test_a_valid_document_gives_its_minor_version(version: str, minor: str) -> None:
    assert validate_document(document({"openapi": version, "info": INFO, "paths": {}})) == minor


def test_a_version_that_is_not_a_string_is_a_violation() -> None:
    error = failure({"openapi": 3.0, "info": INFO, "paths": {}})
    assert error.message == "not a valid OpenAPI document: 3.0 is not of type 'string'"
    assert error.location == Location("spec.yaml", "/openapi")


@pytest.mark.parametrize(
    ("data", "message", "pointer"),
    [
        ([1, 2], "the document is not a mapping", ""),
        ({"info": INFO}, "missing the `openapi` version field", ""),
        (
            {"swagger": "2.0", "info": INFO},
            "Swagger 2.0 is not supported; convert it to OpenAPI 3 first",
            "/swagger",
        ),
        (
            {"openapi": "2.5.0", "info": INFO},
            "OpenAPI 2.5.0 is not supported (supported: 3.0.x, 3.1.x)",
            "/openapi",
        ),
        (
            {"openapi": "4.0", "info": INFO},
            "OpenAPI 4.0 is not supported (supported: 3.0.x, 3.1.x)",
            "/openapi",
        ),
    ],
)
def test_unsupported_versions_are_refused_before_validation(
    data: Any, message: str, pointer: str
) -> None:
    with pytest.raises(SpecError) as caught:
        openapi_version(document(data))
    assert caught.value.message == message
    assert caught.value.location == Location("spec.yaml", pointer)


def test_swagger_2_is_located_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text('swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n', "utf-8")
    with pytest.raises(SpecError) as caught:
        validate_document(load_document(path))
    assert str(caught.value) == f"{path}:1:1 (at /swagger): " + (
        "Swagger 2.0 is not supported; convert it to OpenAPI 3 first"
    )


def test_the_first_violation_is_reported_at_its_place(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        validate_document(load_document(path))
    assert str(caught.value) == (
        f"{path}:2:1 (at /info): not a valid OpenAPI document: 'version' is a required property"
    )


def test_an_enum_violation_names_the_value_and_the_choices() -> None:
    operation = {"parameters": [{"name": "x", "in": "nowhere"}], "responses": {}}
    error = failure({"openapi": "3.1.0", "info": INFO, "paths": {"/a": {"get": operation}}})
    assert error.message == (
        "not a valid OpenAPI document: 'nowhere' is not one of ['query', 'header', 'path', 'cookie']"
    )
    assert error.location == Location("spec.yaml", "/paths/~1a/get/parameters/0/in")


def test_inside_a_one_of_the_most_likely_reason_is_added() -> None:
    error = failure({"openapi": "3.1.0", "info": INFO})
    assert error.message.startswith("not a valid OpenAPI document: ")
    assert error.message.endswith("; most likely: 'paths' is a required property")


def test_a_long_message_is_shortened() -> None:
    schema = {"type": "object", "description": "d" * 500, "properties": 5}
    data = {"openapi": "3.0.3", "info": INFO, "paths": {}, "components": {"schemas": {"A": schema}}}
    error = failure(data)
    reason = error.message.removeprefix("not a valid OpenAPI document: ").split("; most likely")[0]
    assert len(reason) == 300 and reason.endswith("…")
    assert error.location == Location("spec.yaml", "/components/schemas/A")
