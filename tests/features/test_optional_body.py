"""An optional request body whose schema requires properties (issue 11: A D9, B D13).

The rule: an operation whose body may be left out takes either no body argument (and sends no
body) or a body with every property its schema requires (the second overload requires them, so
mypy rejects a partial body). A body the operation requires is always sent, `{}` included.
"""

from __future__ import annotations

import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Optional Body, version: "1"}
paths:
  /identities:
    post:
      parameters: [{name: dry_run, in: query, schema: {type: boolean}}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [schema_id, traits]
              properties:
                schema_id: {type: string}
                traits: {type: object}
                external_id: {type: string}
      responses: {"204": {description: created}}
  /notes:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
      responses: {"204": {description: created}}
    put:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
      responses: {"204": {description: updated}}
  /forms:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, required: [name], properties: {name: {type: string}}}
      responses: {"204": {description: created}}
"""

CALLS = """
from optional_body import AsyncClient, Client
import asyncio, sys

url = sys.argv[1]
client = Client(base_url=url)
client.identities.create()
client.identities.create(dry_run=True)
client.identities.create(schema_id="s", traits={"a": 1})
client.identities.create(schema_id="s", traits={}, external_id="e")
client.notes.create()
client.notes.update()
client.forms.create()
client.forms.create(name="n")


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        await client.identities.create()
        await client.identities.create(schema_id="s", traits={"a": 1})
        await client.identities.with_raw_response.create(schema_id="s", traits={})


asyncio.run(main())
"""

WRONG_CALLS = """
from optional_body import Client

client = Client()
client.identities.create(external_id="e")
client.identities.create(schema_id="s")
client.identities.with_raw_response.create(traits={})
"""


def test_either_no_body_or_a_body_with_its_required_properties(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    (sdk.root / "wrong_calls.py").write_text(WRONG_CALLS)
    checked = sdk.run(
        sys.executable, "-m", "mypy", "--strict", "--no-incremental", "calls.py", "wrong_calls.py"
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert [e.split(":")[:2] for e in errors] == [
        ["wrong_calls.py", "5"],
        ["wrong_calls.py", "6"],
        ["wrong_calls.py", "7"],
    ], checked.stdout
    with LocalServer() as server:
        for method, path in (("POST", "/identities"), ("POST", "/notes"), ("PUT", "/notes")):
            server.respond(method, path, ScriptedResponse(204))
        server.respond("POST", "/forms", ScriptedResponse(204))
        ran = sdk.run(sys.executable, "calls.py", server.url)
        sent = [
            (r.method, r.path, r.raw_query, r.body, r.headers.get("content-type"))
            for r in server.requests
        ]
    assert ran.returncode == 0, ran.stderr
    json = "application/json"
    assert sent == [
        ("POST", "/identities", "", b"", None),
        ("POST", "/identities", "dry_run=true", b"", None),
        ("POST", "/identities", "", b'{"schema_id":"s","traits":{"a":1}}', json),
        ("POST", "/identities", "", b'{"external_id":"e","schema_id":"s","traits":{}}', json),
        ("POST", "/notes", "", b"", None),
        ("PUT", "/notes", "", b"{}", json),  # a required body is sent, even empty
        ("POST", "/forms", "", b"", None),
        ("POST", "/forms", "", b"name=n", "application/x-www-form-urlencoded"),
        ("POST", "/identities", "", b"", None),
        ("POST", "/identities", "", b'{"schema_id":"s","traits":{"a":1}}', json),
        ("POST", "/identities", "", b'{"schema_id":"s","traits":{}}', json),
    ]


def test_docs_say_when_a_property_is_required(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    readme = (sdk.root / "optional_body" / "resources" / "identities" / "README.md").read_text()
    assert "| `schema_id` | with a body |" in readme
    assert "| `external_id` | ✗ |" in readme
    # the example sends a valid body
    assert 'client.identities.create(schema_id="id_abc123", traits={})' in readme
