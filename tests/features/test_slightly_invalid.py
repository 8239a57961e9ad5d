"""A slightly invalid spec (issue 11) generates a correct SDK with located warnings, the document
read as each warning says; `--strict` refuses it and lists every one."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from support.generated import generate_sdk

from generator.cli import main

SPEC = """
openapi: 3.0.3
info: {title: Sloppy, version: "1"}
paths:
  /items:
    get:
      security: [{session: []}]
      parameters:
        - {name: limit, in: query, schema: {type: integer, default: "ten"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, minItems: 1, items: {type: string}, example: []}
"""


def test_it_generates_with_every_defect_located_and_read_as_warned(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    spec = tmp_path / "openapi.yaml"
    warnings = [(w.pointer, w.message) for w in sdk.generated.api.warnings]
    schema = "/paths/~1items/get/responses/200/content/application~1json/schema"
    assert warnings == [
        (f"{spec}:15:73 (at {schema}/example)", "[] should be non-empty; the example is left out"),
        (
            f"{spec}:9:60 (at /paths/~1items/get/parameters/0/schema/default)",
            "'ten' is not of type 'integer'; the default is left out",
        ),
        (
            f"{spec}:7:19 (at /paths/~1items/get/security/0/session)",
            "the security requirement names 'session', which is not in "
            "components/securitySchemes: that name is ignored",
        ),
    ]
    ((_, operation),) = sdk.generated.api.all_operations()
    assert operation.security == ((),)  # nothing to send: the only name was undefined


def test_strict_refuses_it_listing_every_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(textwrap.dedent(SPEC))
    out = tmp_path / "out"
    assert main(["generate", str(spec), "--out", str(out), "--strict", "--quiet"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: 3 warning(s), and --strict turns them into errors;")
    assert error.count(f"  {spec}:") == 3
    assert not out.exists()
