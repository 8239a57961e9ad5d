"""A doc example built for an option of a `oneOf` is valid under that option and no other, as a
server that checks `oneOf` strictly (Prism) requires; when no option can be told apart, a located
warning says so (issue 11: Ory's login flows, together's evaluation parameters)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml
from support.doc_examples import call_arguments, strict_errors
from support.generated import generate_sdk

SPEC = """
openapi: 3.0.3
info: {title: Flows, version: "1"}
paths:
  /login:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - $ref: "#/components/schemas/Password"
                - $ref: "#/components/schemas/Passkey"
              discriminator:
                propertyName: method
                mapping: {password: "#/components/schemas/Password", passkey: "#/components/schemas/Passkey"}
      responses: {"204": {description: done}}
  /evaluations:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [parameters]
              properties:
                parameters:
                  oneOf:
                    - {type: object, required: [judge, labels], properties: {judge: {type: string}, labels: {type: array, items: {type: string}}}}
                    - {type: object, required: [judge], properties: {judge: {type: string}, model: {type: string}}}
      responses: {"204": {description: done}}
  /shapes:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - {type: object, properties: {width: {type: integer}}}
                - {type: object, properties: {radius: {type: integer}}}
      responses: {"204": {description: done}}
components:
  schemas:
    Password:
      type: object
      required: [method, identifier, password]
      properties: {method: {type: string}, identifier: {type: string}, password: {type: string}}
    Passkey:
      type: object
      required: [method]
      properties: {method: {type: string}, passkey_login: {type: string}}
"""


def test_an_example_only_its_option_accepts_is_chosen_over_the_first(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    resources = sdk.root / sdk.package / "resources"
    document = yaml.safe_load(textwrap.dedent(SPEC))
    body = "requestBody/content/application~1json/schema"
    # Every password body is valid under Passkey too: the passkey option is the one shown.
    login = call_arguments(resources, ("POST", "/login"))["data"]
    assert login == {"method": "passkey"}
    assert strict_errors(document, f"#/paths/~1login/post/{body}", login) == []
    # Without a discriminator: the second option's value lacks `labels`, so only it accepts it.
    evaluation = call_arguments(resources, ("POST", "/evaluations"))
    assert evaluation == {"parameters": {"judge": "example"}}
    assert strict_errors(document, f"#/paths/~1evaluations/post/{body}", evaluation) == []


def test_options_no_example_can_tell_apart_are_reported_where_the_spec_writes_them(
    tmp_path: Path,
) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    warnings = [(w.pointer, w.message) for w in sdk.generated.api.warnings]
    ambiguous = [w for w in warnings if "tell them apart" in w[1]]
    # Nothing required, other properties allowed: `{}` (or any value) is valid under both.
    assert len(ambiguous) == 1
    assert ambiguous[0][0].endswith(
        "openapi.yaml:41:15 (at /paths/~1shapes/post/requestBody/content/application~1json/schema/oneOf)"
    )
