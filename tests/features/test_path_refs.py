"""Path items and operations given by `$ref` (multi-file specs such as DigitalOcean's) become
methods like any other: none is dropped, and `$ref`s inside them resolve from their own file."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.pipeline import generate

FILES = {
    "openapi.yaml": """
        openapi: 3.0.3
        info: {title: Split, version: "1"}
        paths:
          /pets: {$ref: paths/pets.yaml}
          /owners:
            get: {$ref: operations/list_owners.yaml}
        """,
    "paths/pets.yaml": """
        get:
          operationId: listPets
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: ../models/pet.yaml}}}
        """,
    "operations/list_owners.yaml": """
        operationId: listOwners
        responses:
          "200":
            description: ok
            content: {application/json: {schema: {type: array, items: {$ref: ../models/pet.yaml}}}}
        """,
    "models/pet.yaml": """
        type: object
        title: Pet
        properties: {name: {type: string}}
        """,
}


def test_operations_behind_refs_are_built_from_their_own_files(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    api = generate(tmp_path / "openapi.yaml").api
    operations = {op.pointer: op for _, op in api.all_operations()}
    assert sorted(operations) == ["/paths/~1owners/get", "/paths/~1pets/get"]
    # Only the operation given by $ref is not OpenAPI: one warning, where the $ref is written.
    (warning,) = api.warnings
    assert warning.pointer == f"{tmp_path / 'openapi.yaml'}:7:5 (at /paths/~1owners/get)"
    # Both read the model from ../models/pet.yaml, relative to their own files.
    pets = [t for t in api.object_types if [f.wire_name for f in t.fields] == ["name"]]
    assert pets
