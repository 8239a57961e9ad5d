"""A doc example's value for a discriminated union names the option it is built from (issue 11:
every Ory Kratos login example sent `"method": "string"`, which no option of the body accepts,
so Prism refused it)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import yaml
from support.doc_examples import call_arguments, strict_errors
from support.generated import generate_sdk

SPEC = """
openapi: 3.0.3
info: {title: Tagged, version: "1"}
paths:
  /login:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf: [{$ref: "#/components/schemas/Password"}, {$ref: "#/components/schemas/Code"}]
              discriminator:
                propertyName: method
                mapping: {password: "#/components/schemas/Password", code: "#/components/schemas/Code"}
      responses: {"204": {description: done}}
  /pets:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [pet]
              properties:
                pet:
                  oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
                  discriminator: {propertyName: kind}
      responses: {"204": {description: done}}
components:
  schemas:
    Password:
      type: object
      required: [method, password]
      properties: {method: {type: string}, password: {type: string}}
    Code:
      type: object
      required: [method, code]
      properties: {method: {type: string}, code: {type: string}}
    Cat:
      type: object
      required: [kind, lives]
      properties: {kind: {type: string}, lives: {type: integer}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, good: {type: boolean}}
"""


def example_arguments(tmp_path: Path, endpoint: tuple[str, str]) -> dict[str, Any]:
    sdk = generate_sdk(SPEC, tmp_path)
    return call_arguments(sdk.root / sdk.package / "resources", endpoint)


def body_errors(path: str, body: Any) -> list[str]:
    pointer = f"#/paths/~1{path[1:]}/post/requestBody/content/application~1json/schema"
    return strict_errors(yaml.safe_load(textwrap.dedent(SPEC)), pointer, body)


def test_a_discriminated_body_example_is_one_its_schema_accepts(tmp_path: Path) -> None:
    arguments = example_arguments(tmp_path, ("POST", "/login"))
    assert arguments["data"]["method"] == "password"  # the first option's mapping value
    assert body_errors("/login", arguments["data"]) == []


def test_a_discriminated_field_example_takes_its_options_schema_name(tmp_path: Path) -> None:
    arguments = example_arguments(tmp_path, ("POST", "/pets"))
    # No mapping: the option's component name. Not `Cat`: a cat is valid under `Dog` too.
    assert arguments["pet"]["kind"] == "Dog"
    assert body_errors("/pets", arguments) == []
