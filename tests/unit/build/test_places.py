"""Where a schema stands, in words: the docstring of a class the spec does not describe."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.places import describe
from generator.spec import pointer as jp
from generator.spec.refs import Ref

ROOT = Path("/specs/api.yaml")


def at(*tokens: str, file: Path = ROOT) -> Ref:
    return Ref(file, jp.from_path(tokens))


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (("components", "schemas", "Pet"), "The `Pet` schema."),
        (
            ("components", "schemas", "Pet", "properties", "owner"),
            "The `owner` field of the `Pet` schema.",
        ),
        (
            ("components", "schemas", "Pet", "properties", "tags", "items"),
            "An item of the `tags` field of the `Pet` schema.",
        ),
        (
            ("components", "schemas", "Pet", "additionalProperties"),
            "A value of the `Pet` schema.",
        ),
        (("components", "schemas", "Pet", "oneOf", "0"), "Option 1 of the `Pet` schema."),
        (("components", "schemas", "Pet", "anyOf", "2"), "Option 3 of the `Pet` schema."),
        (("components", "schemas", "Pet", "allOf", "1"), "Part 2 of the `Pet` schema."),
        (
            ("components", "requestBodies", "NewPet", "content", "application/json", "schema"),
            "The `NewPet` request body.",
        ),
        (
            ("components", "responses", "Error", "content", "application/json", "schema"),
            "The `Error` response.",
        ),
        (
            ("paths", "/v1/lip-sync", "post", "requestBody", "content", "application/json", "schema"),
            "The request body of `POST /v1/lip-sync`.",
        ),
        (
            (
                "paths",
                "/v1/lip-sync",
                "post",
                "requestBody",
                "content",
                "application/json",
                "schema",
                "properties",
                "assets",
            ),
            "The `assets` field of the request body of `POST /v1/lip-sync`.",
        ),
        (
            ("paths", "/pets/{id}", "get", "responses", "200", "content", "application/json", "schema"),
            "The 200 response of `GET /pets/{id}`.",
        ),
        (
            ("paths", "/pets", "get", "parameters", "0", "schema", "items"),
            "An item of a parameter of `GET /pets`.",
        ),
        (
            ("webhooks", "newPet", "post", "requestBody", "content", "application/json", "schema"),
            "The payload of the `newPet` webhook.",
        ),
        # A place with no name of its own is still described, from the file down.
        (("paths", "/pets", "x-extension", "schema"), "A schema."),
        (("paths", "/pets", "get", "callbacks", "properties", "x"), "The `x` field of a schema."),
        (("properties",), "A schema."),  # `properties` with no name after it
    ],
)
def test_describe(tokens: tuple[str, ...], text: str) -> None:
    assert describe(at(*tokens), ROOT.name) == text


def test_a_schema_of_another_file_names_that_file() -> None:
    place = at("Pet", "properties", "name", file=Path("/specs/models.yaml"))
    assert describe(place, ROOT.name) == "The `name` field of a schema of `models.yaml`."
