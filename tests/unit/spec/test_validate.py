"""Validation: the OpenAPI version is checked first; then every violation is reported at the
place that wrote it (through `$ref`s and files, with line and column): a warning, the document
repaired as it says, where the SDK can be built around it; else an error, all of them listed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_spec_validator.validation import keywords

from generator.errors import Location, SpecError
from generator.spec import beside, validate
from generator.spec.cache import ValidationCache
from generator.spec.load import Document, load_document
from generator.spec.refs import Resolver
from generator.spec.validate import Finding, Validation, openapi_version, validate_document

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
    validation = validate_document(document({"openapi": version, "info": INFO, "paths": {}}))
    assert validation == Validation(minor, ())


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
    parameter = {"name": "x", "in": "nowhere", "schema": {"type": "string"}}
    operation = {"parameters": [parameter], "responses": {"200": {"description": "ok"}}}
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
    parameter = {"name": "x", "in": "d" * 500, "schema": {"type": "string"}}
    operation = {"parameters": [parameter], "responses": {"200": {"description": "ok"}}}
    error = failure({"openapi": "3.1.0", "info": INFO, "paths": {"/a": {"get": operation}}})
    reason = error.message.removeprefix("not a valid OpenAPI document: ")
    assert reason == "'" + "d" * 78 + "… is not one of ['query', 'header', 'path', 'cookie']"
    assert error.location == Location("spec.yaml", "/paths/~1a/get/parameters/0/in")


# -- every problem, at the place that wrote it ----------------------------------------------------


def written(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEAD = 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\n'
OK = "      responses: {'200': {description: ok}}\n"


def test_every_error_is_listed_each_at_its_line_and_pointer(tmp_path: Path) -> None:
    path = written(
        tmp_path,
        HEAD
        + "paths:\n  /a:\n    get:\n      operationId: same\n"
        + OK
        + "  /b:\n    get:\n      operationId: same\n"
        + OK,
    )
    with pytest.raises(SpecError) as caught:
        validate_document(load_document(path))
    assert str(caught.value) == (
        f"{path}:10:7 (at /paths/~1b/get/operationId): not a valid OpenAPI document: "
        "Operation ID 'same' for 'get' in '/b' is not unique"
    )


def test_an_unbalanced_brace_in_a_path_is_an_error_at_the_path(tmp_path: Path) -> None:
    path = written(tmp_path, HEAD + "paths:\n  /a{b:\n    get:\n" + OK + "  /c}:\n    get:\n" + OK)
    with pytest.raises(SpecError) as caught:
        validate_document(load_document(path))
    # The library's own crash on the same path (it parses paths as format strings) is not shown.
    assert str(caught.value).split("\n") == [
        f"{path}:4:3 (at /paths/~1a{{b): not a valid OpenAPI document: the path '/a{{b' has an "
        "unbalanced '{': a parameter is `{name}`",
        "and 1 more problem(s):",
        f"  {path}:7:3 (at /paths/~1c}}): the path '/c}}' has an unbalanced '}}': a parameter is "
        "`{name}`",
    ]


def test_a_crash_inside_the_validator_is_an_error_at_its_place_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> Iterator[ValidationError]:
        raise TypeError("'<' not supported between instances of 'float' and 'str'")
        yield  # a generator, as the library's checks are

    monkeypatch.setattr(keywords.ResponsesValidator, "__call__", crash)
    path = written(tmp_path, HEAD + "paths:\n  /a:\n    get:\n" + OK + "  /c:\n    get:\n" + OK)
    with pytest.raises(SpecError) as caught:
        validate_document(load_document(path))
    failed = "the validator failed here: TypeError: '<' not supported between instances of "
    assert str(caught.value).split("\n") == [
        f"{path}:6:7 (at /paths/~1a/get/responses): not a valid OpenAPI document: {failed}"
        "'float' and 'str'",
        "and 1 more problem(s):",
        f"  {path}:9:7 (at /paths/~1c/get/responses): {failed}'float' and 'str'",
    ]


def test_a_default_that_breaks_its_schema_is_a_located_warning_and_is_dropped(
    tmp_path: Path,
) -> None:
    path = written(
        tmp_path,
        HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n"
        "      properties:\n        flag: {type: boolean, default: auto}\n"
        "        n: {type: integer, default: 2}\n",
    )
    document = load_document(path)
    validation = validate_document(document)
    assert validation.warnings == (
        Finding(
            Location(str(path), "/components/schemas/A/properties/flag/default", 9, 31),
            "'auto' is not of type 'boolean'; the default is left out",
        ),
    )
    properties = document.data["components"]["schemas"]["A"]["properties"]
    assert properties == {"flag": {"type": "boolean"}, "n": {"type": "integer", "default": 2}}


def test_examples_are_checked_and_only_the_bad_one_is_dropped(tmp_path: Path) -> None:
    schema = "{type: array, minItems: 1, items: {type: string}}"
    path = written(
        tmp_path,
        HEAD + "paths:\n  /a:\n    post:\n      requestBody:\n        content:\n"
        "          application/json:\n            schema: " + schema + "\n"
        "            examples:\n              empty: {value: []}\n"
        "              one: {value: [x]}\n" + OK + "components:\n  schemas:\n"
        "    Flags: {type: array, minItems: 1, example: []}\n",
    )
    document = load_document(path)
    found = {(w.location.pointer, w.message) for w in validate_document(document).warnings}
    media = "/paths/~1a/post/requestBody/content/application~1json"
    assert found == {
        (
            f"{media}/examples/empty/value",
            "[] should be non-empty; the example 'empty' is left out",
        ),
        ("/components/schemas/Flags/example", "[] should be non-empty; the example is left out"),
    }
    assert list(
        document.data["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"][
            "examples"
        ]
    ) == ["one"]
    assert "example" not in document.data["components"]["schemas"]["Flags"]


def test_a_violation_reached_through_a_ref_is_reported_in_the_file_that_wrote_it(
    tmp_path: Path,
) -> None:
    written(tmp_path, "type: object\nproperties:\n  n: {type: integer, default: x}\n", "a.yaml")
    path = written(
        tmp_path,
        HEAD + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: a.yaml}\n",
    )
    (warning,) = validate_document(load_document(path)).warnings
    other = str((tmp_path / "a.yaml").resolve())
    assert warning.location == Location(other, "/properties/n/default", 3, 22)


@pytest.mark.parametrize(
    ("schema", "message", "repaired"),
    [
        (
            {"type": "object", "required": ["a", "a"], "properties": {"a": {}}},
            "['a', 'a'] has non-unique elements; the repeated entries are ignored",
            {"type": "object", "required": ["a"], "properties": {"a": {}}},
        ),
        (
            {"type": "string", "nullable": "false"},
            "'false' is not of type 'boolean'; read as False",
            {"type": "string", "nullable": False},
        ),
        (
            {"type": "string", "maxLength": "10"},
            "'10' is not of type 'integer'; read as 10",
            {"type": "string", "maxLength": 10},
        ),
        (
            {"type": "object", "properties": {"a": {"type": "string", "required": True}}},
            "True is not of type 'array'; `required` on a property is the object's list of "
            "names: read as 'a' listed in the object's required",
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        ),
        (
            {"type": "object", "properties": {"a": {"type": "string", "required": False}}},
            "False is not of type 'array'; `required` on a property is the object's list of "
            "names: ignored",
            {"type": "object", "properties": {"a": {"type": "string"}}},
        ),
        (
            {"type": ["string", "null"]},
            "['string', 'null'] is not of type 'string'; the form OpenAPI 3.1 gives it, which 3.0 "
            "does not allow: read as OpenAPI 3.1 reads it",
            {"type": ["string", "null"]},
        ),
        (
            {"type": "number", "exclusiveMinimum": 5},
            "5 is not of type 'boolean'; the form OpenAPI 3.1 gives it, which 3.0 does not allow: "
            "read as OpenAPI 3.1 reads it",
            {"type": "number", "exclusiveMinimum": 5},
        ),
        (
            {"type": "file"},
            "'file' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']; "
            "Swagger 2's `type: file`: read as OpenAPI 3's binary string (format: binary)",
            {"type": "string", "format": "binary"},
        ),
        (
            {"type": "string", "description": 7},
            "7 is not of type 'string'; the description is left out",
            {"type": "string"},
        ),
    ],
)
def test_slightly_invalid_schemas_are_warned_and_repaired(
    schema: dict[str, Any], message: str, repaired: dict[str, Any]
) -> None:
    data = {"openapi": "3.0.3", "info": INFO, "paths": {}, "components": {"schemas": {"A": schema}}}
    (warning,) = validate_document(document(data)).warnings
    assert warning.message == message
    assert schema == repaired


def test_a_json_schema_keyword_of_3_1_in_a_3_0_document_is_a_warning() -> None:
    schema = {"type": "string", "const": "x"}
    data = {"openapi": "3.0.3", "info": INFO, "paths": {}, "components": {"schemas": {"A": schema}}}
    (warning,) = validate_document(document(data)).warnings
    assert warning.location == Location("spec.yaml", "/components/schemas/A")
    assert warning.message.endswith(
        "a keyword of OpenAPI 3.1 that 3.0 does not define: read as OpenAPI 3.1 reads it"
    )
    assert schema == {"type": "string", "const": "x"}


def test_a_description_given_by_ref_is_read_as_the_text_it_names(tmp_path: Path) -> None:
    written(tmp_path, "intro: Hello.\n", "text.yaml")
    path = written(
        tmp_path,
        HEAD + "paths: {}\ntags:\n  - name: t\n    description: {$ref: text.yaml#/intro}\n",
    )
    document = load_document(path)
    (warning,) = validate_document(document).warnings
    assert warning.location == Location(str(path), "/tags/0/description", 6, 5)
    assert document.data["tags"] == [{"name": "t", "description": "Hello."}]


def test_an_operation_given_by_ref_is_a_warning_and_read_in_place(tmp_path: Path) -> None:
    (tmp_path / "ops").mkdir()
    written(tmp_path, "operationId: x\nresponses: {'200': {$ref: ok.yaml}}\n", "ops/op.yaml")
    written(tmp_path, "description: ok\n", "ops/ok.yaml")
    path = written(tmp_path, HEAD + "paths:\n  /a:\n    get: {$ref: ops/op.yaml}\n")
    document = load_document(path)
    (warning,) = validate_document(document).warnings
    assert warning.location == Location(str(path), "/paths/~1a/get", 5, 5)
    assert warning.message.startswith("an operation given by $ref is not OpenAPI")
    assert document.data["paths"]["/a"]["get"]["operationId"] == "x"


def test_a_security_requirement_naming_an_undefined_scheme_is_warned_and_ignored(
    tmp_path: Path,
) -> None:
    path = written(
        tmp_path,
        HEAD + "security: [{key: []}]\npaths:\n  /a:\n    get:\n      security:\n"
        "        - {session: [], key: []}\n"
        + OK
        + "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n",
    )
    document = load_document(path)
    (warning,) = validate_document(document).warnings
    assert warning == Finding(
        Location(str(path), "/paths/~1a/get/security/0/session", 8, 12),
        "the security requirement names 'session', which is not in components/securitySchemes: "
        "that name is ignored",
    )
    assert document.data["paths"]["/a"]["get"]["security"] == [{"key": []}]


@pytest.mark.parametrize(
    ("scheme", "pointer", "start"),
    [
        ({"type": "http", "scheme": "digest"}, "/scheme", "HTTP authentication scheme 'digest'"),
        ({"type": "http", "scheme": "Negotiate"}, "/scheme", "HTTP authentication scheme"),
        ({"type": "http", "scheme": "my scheme"}, "/scheme", "HTTP authentication scheme"),
        ({"type": "mutualTLS"}, "/type", "mutualTLS is not implemented by the SDK"),
    ],
)
def test_a_security_scheme_the_sdk_sends_only_approximately_is_a_warning(
    scheme: dict[str, Any], pointer: str, start: str
) -> None:
    components = {"securitySchemes": {"auth": scheme}}
    data = {"openapi": "3.1.0", "info": INFO, "paths": {}, "components": components}
    (warning,) = validate_document(document(data)).warnings
    assert warning.location == Location("spec.yaml", "/components/securitySchemes/auth" + pointer)
    assert warning.message.startswith(start)


@pytest.mark.parametrize("scheme", ["basic", "Bearer", "DSN", "Token"])
def test_basic_bearer_and_token_schemes_need_no_warning(scheme: str) -> None:
    components = {"securitySchemes": {"auth": {"type": "http", "scheme": scheme}}}
    data = {"openapi": "3.1.0", "info": INFO, "paths": {}, "components": components}
    assert validate_document(document(data)).warnings == ()


def test_a_long_value_is_clipped_so_that_the_reason_shows() -> None:
    schema = {"type": "array", "maxItems": 1, "example": ["x" * 200, "y"]}
    data = {"openapi": "3.1.0", "info": INFO, "paths": {}, "components": {"schemas": {"A": schema}}}
    (warning,) = validate_document(document(data)).warnings
    assert warning.message == "['" + "x" * 77 + "… is too long; the example is left out"


def test_the_problems_reported_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "MAX_FINDINGS", 3)
    properties = {f"p{i}": {"type": "integer", "default": "x"} for i in range(10)}
    schema = {"type": "object", "properties": properties}
    data = {"openapi": "3.0.3", "info": INFO, "paths": {}, "components": {"schemas": {"A": schema}}}
    error = failure(data)
    first, *listed = error.message.split("\n")
    assert first == "not a valid OpenAPI document: more than 3 problems; the first:"
    assert [line.endswith("the default is left out") for line in listed] == [True] * 3


def test_an_example_may_lack_a_required_property_only_one_direction_carries() -> None:
    properties = {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}}
    schema = {"type": "object", "required": ["id", "name"], "properties": properties}
    request = {**schema, "example": {"name": "x"}}  # shows a request: no id
    broken = {**schema, "example": {"id": "1"}}  # lacks name, which both directions carry
    schemas = {"Request": request, "Broken": broken}
    data = {"openapi": "3.0.3", "info": INFO, "paths": {}, "components": {"schemas": schemas}}
    (warning,) = validate_document(document(data)).warnings
    assert warning.location.pointer == "/components/schemas/Broken/example"
    assert request["example"] == {"name": "x"}


def test_a_shared_example_that_breaks_one_schema_is_left_out_only_where_it_is_used(
    tmp_path: Path,
) -> None:
    """An entry of `components/examples` is checked against the schema of each place that uses
    it: left out of the place it does not suit, kept for the others and in `components` (GitHub's
    description refers to one from many operations)."""
    media = "content:\n            application/json:\n              schema: {type: array, items: {type: %s}}\n              examples:\n                default: {$ref: '#/components/examples/Things'}\n"
    path = written(
        tmp_path,
        HEAD
        + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          "
        + media % "integer"
        + "  /b:\n    get:\n      responses:\n        '200':\n          description: ok\n          "
        + media % "string"
        + "components:\n  examples:\n    Things: {summary: Some, value: [x]}\n",
    )
    document = load_document(path)
    (warning,) = validate_document(document).warnings
    assert warning.location.pointer == "/components/examples/Things/value/0"
    assert warning.message == "'x' is not of type 'integer'; the example 'default' is left out"
    paths = document.data["paths"]
    assert paths["/a"]["get"]["responses"]["200"]["content"]["application/json"]["examples"] == {}
    assert paths["/b"]["get"]["responses"]["200"]["content"]["application/json"]["examples"] == {
        "default": {"$ref": "#/components/examples/Things"}
    }
    assert document.data["components"]["examples"]["Things"]["value"] == ["x"]


def test_a_document_remembered_as_passing_is_validated_without_the_validator_libraries(
    tmp_path: Path,
) -> None:
    """Loading openapi-spec-validator and what it pulls in costs a good part of a regeneration
    whose every unit is remembered: they are imported only when something must be walked."""
    spec = written(tmp_path, HEAD + "paths:\n  /a:\n    get:\n" + OK)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.spec.cache import ValidationCache\n"
        "from generator.spec.load import load_document\n"
        "from generator.spec.validate import validate_document\n"
        f"cache = ValidationCache(Path({str(tmp_path / 'cache')!r}))\n"
        f"validate_document(load_document(Path({str(spec)!r})), cache=cache)\n"
        "print(sorted(m for m in ('openapi_spec_validator', 'jsonschema_path') if m in sys.modules))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parents[3],
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["['jsonschema_path', 'openapi_spec_validator']", "[]"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_few_units_are_checked_beside_the_build_only_while_the_validator_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork costs less than loading the validator's libraries; once loaded, checking a few
    units in place costs less than the fork."""
    monkeypatch.setattr(beside, "cpus", lambda: 2)
    spec = written(tmp_path, HEAD + "paths:\n  /a:\n    get:\n" + OK)
    cache = ValidationCache(tmp_path / "cache")
    document = load_document(spec)
    assert validate.check_beside(document, Resolver(document), cache) is None  # loaded here
    monkeypatch.delitem(sys.modules, "generator.spec.validator")
    check = validate.check_beside(document, Resolver(document), cache)
    assert check is not None
    try:
        assert check.passed()
    finally:
        check.close()
    assert validate.check_beside(document, Resolver(document), cache) is None  # remembered
