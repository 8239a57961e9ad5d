"""openapi-spec-validator as the generator runs it: each error placed where the checked value
stands, examples checked as the library checks defaults, other files read only through the
resolver."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import GeneratorError
from generator.spec import validator
from generator.spec.load import Document
from generator.spec.refs import Resolver


def document(schemas: dict[str, Any]) -> Document:
    data = {
        "openapi": "3.0.3",
        "info": {"title": "x", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return Document(Path("spec.yaml").resolve(), data)


def violations(schemas: dict[str, Any]) -> list[tuple[list[Any], str | None]]:
    doc = document(schemas)
    return [
        (list(error.absolute_path), error.validator)
        for error in validator.violations(doc, Resolver(doc), "3.0")
    ]


def test_a_valid_document_has_no_violations() -> None:
    assert violations({"Name": {"type": "string", "default": "x", "example": "y"}}) == []


def test_a_default_and_an_example_are_each_placed_where_they_are_written() -> None:
    found = violations({"Size": {"type": "integer", "default": "big", "example": "small"}})
    assert sorted(found) == [
        (["components", "schemas", "Size", "default"], "type"),
        (["components", "schemas", "Size", "example"], "type"),
    ]


def test_the_units_validator_reads_other_files_only_through_the_resolver() -> None:
    doc = document({})
    validator_class = validator.units_validator("3.0", Resolver(doc))
    documents = validator_class.resolver_handlers
    assert isinstance(documents, validator.ResolverDocuments)
    with pytest.raises(GeneratorError, match="remote"):
        documents["https"]("https://example.com/spec.yaml")


def test_a_schema_is_checked_on_each_route_whichever_comes_first() -> None:
    """`Mixin` lists a required property only its `allOf` partner defines: through `allOf` that
    is fine, used alone it is not. Reached through `allOf` first, the schema is still checked
    when reached alone."""
    mixin = {"allOf": [{"properties": {"a": {"type": "string"}}}], "required": ["b"]}
    schemas = {
        "Whole": {"allOf": [{"$ref": "#/components/schemas/Mixin"}]},
        "Mixin": mixin,
    }
    doc = document(schemas)
    validator_class = validator.units_validator("3.0", Resolver(doc))
    checker = validator_class(doc.data, base_uri=doc.path.as_uri())
    registry, spec = checker.keyword_validators_registry, checker.schema_path
    components = spec / "components" / "schemas"
    through_all_of = list(registry["schema"](components / "Whole"))
    alone = list(registry["schema"](components / "Mixin"))
    assert through_all_of == []
    assert [error.message for error in alone] == ["Required list has not defined properties: ['b']"]
    assert checker.skipped_problems() == 0
    list(registry["schema"](components / "Mixin"))  # skipped: seen on this route, by this unit
    assert checker.skipped_problems() == 0
    checker.begin_unit()
    assert list(registry["schema"](components / "Mixin")) == []  # skipped: another unit's
    assert checker.skipped_problems() == 1


_HASHING = """
import json, sys
import json
import os
import subprocess
import sys
from pathlib import Path
from generator.spec import validator
from generator.spec.load import Document
from generator.spec.refs import Resolver
doc = Document(Path("spec.json"), json.loads(sys.argv[1]))
print(json.dumps([(list(e.absolute_path), e.message) for e in
                  validator.violations(doc, Resolver(doc), "3.0")]))
"""


def test_the_validators_report_the_same_in_any_process() -> None:
    """The libraries list some names from sets, whose order follows string hashing (another
    in each process): additional properties of an example, required names no property defines.
    Each run reports them in the same order and words."""
    names = [f"name{index}" for index in range(8)]
    schemas = {
        "Open": {
            "type": "object",
            "additionalProperties": {"type": "integer"},
            "example": dict.fromkeys(names, "text"),
        },
        "Closed": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"id": {"type": "string"}},
            "example": {"id": "x", **dict.fromkeys(names, 1)},
        },
        "Mixed": {"allOf": [{"type": "object"}], "required": names},
    }
    spec = json.dumps(document(schemas).data)
    reports = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        ran = subprocess.run(
            [sys.executable, "-c", _HASHING, spec], env=env, capture_output=True, text=True
        )
        assert ran.returncode == 0, ran.stderr
        reports.add(ran.stdout)
    assert len(reports) == 1
    found = json.loads(reports.pop())
    opened = [path[-1] for path, _ in found if path[:3] == ["components", "schemas", "Open"]]
    assert opened == names  # in the order the example writes them
    assert any(message.startswith("Additional properties") for _, message in found)
    assert any(message.startswith("Required list has not defined") for _, message in found)
