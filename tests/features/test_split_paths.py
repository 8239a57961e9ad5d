"""Path items and operations given by `$ref` to other files (issue 11: DigitalOcean gives each of
its 659 operations so, Redocly's openapi-starter each path item): every operation is in the SDK,
with its responses and parameters, whose own `$ref`s are relative to the file that holds them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.pipeline import load_api

FILES = {
    "openapi.yaml": """
        openapi: 3.0.3
        info: {title: Split, version: "1"}
        paths:
          /things: {$ref: "paths/things.yaml"}
          /widgets/{id}:
            parameters: [{$ref: "parameters.yaml#/WidgetId"}]
            get: {$ref: "operations/get-widget.yaml"}
        """,
    "paths/things.yaml": """
        parameters: [{$ref: "../parameters.yaml#/Page"}]
        get:
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "../schemas/thing.yaml"}}}
        """,
    "operations/get-widget.yaml": """
        responses:
          "200": {$ref: "../responses/widget.yaml"}
        """,
    "parameters.yaml": """
        WidgetId: {name: id, in: path, required: true, schema: {type: string}}
        Page: {name: page, in: query, schema: {type: integer}}
        """,
    "responses/widget.yaml": """
        description: ok
        content: {application/json: {schema: {$ref: "../schemas/thing.yaml"}}}
        """,
    "schemas/thing.yaml": """
        type: object
        properties: {name: {type: string}}
        """,
}


# A path item given by `$ref` (OpenAPI), and an operation given by one (not OpenAPI, warned), are
# put in place before the build (`Resolver.mount_paths`): their operations keep everything.
def test_every_operation_given_by_ref_keeps_its_responses_and_parameters(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text))
    api = load_api(tmp_path / "openapi.yaml")
    found = {
        op.route: (
            op.success.type.kind if op.success.type else None,
            [p.wire_name for p in op.parameters],
        )
        for _, op in api.all_operations()
    }
    # One model for the one schema file, whichever way it was reached.
    assert found == {"GET /things": ("named", ["page"]), "GET /widgets/{id}": ("named", ["id"])}
    assert api.left_out == ()
