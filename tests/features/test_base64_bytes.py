"""`format: byte` is `bytes` in the SDK and base64 text on the wire, both ways (issue 15); a
parameter outside the body stays the base64 text the caller gives."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Blobs, version: "1"}
paths:
  /photos:
    post:
      parameters:
        - {name: Content-MD5, in: header, schema: {type: string, format: byte}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [data]
              properties:
                data: {type: string, format: byte}
                thumbnails: {type: array, items: {type: string, format: byte}}
      responses:
        "200":
          description: The photo.
          content:
            application/json:
              schema:
                type: object
                required: [id, data]
                properties:
                  id: {type: string}
                  data: {type: string, format: byte}
                  preview: {type: string, format: byte, nullable: true}
"""

DATA = bytes(range(256))
CALLS = """
import asyncio, sys
from blobs import AsyncClient, Client

url = sys.argv[1]
data = bytes(range(256))
photo = Client(base_url=url).photos.create(data=data, thumbnails=[b"\\x00\\xff"], content_md5="bWQ1")
print(photo.data == data, type(photo.data).__name__, photo.preview)
print(photo.to_json(indent=None))
print(photo.to_dict()["data"] == data)


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        photo = await client.photos.create(data=data)
        print(photo.data == data)


asyncio.run(main())
"""


def test_bytes_go_and_come_back_as_base64(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    encoded = base64.b64encode(DATA).decode()
    answer = {"id": "p1", "data": encoded, "preview": None}
    with LocalServer() as server:
        server.respond("POST", "/photos", ScriptedResponse(json=answer))
        ran = sdk.run(sys.executable, "calls.py", server.url)
        sent = [(r.json(), r.headers.get("content-md5")) for r in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert sent == [
        ({"data": encoded, "thumbnails": ["AP8="]}, "bWQ1"),
        ({"data": encoded}, None),
    ]
    first, as_json, from_dict, from_async = ran.stdout.splitlines()
    assert first == "True bytes None"
    assert json.loads(as_json) == answer
    assert from_dict == from_async == "True"


def test_text_that_is_not_base64_is_a_validation_error(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    check = (
        "from blobs import ResponseValidationError\n"
        "import sys\nfrom blobs import Client\n"
        "try:\n    Client(base_url=sys.argv[1]).photos.create(data=b'x')\n"
        "except ResponseValidationError as error:\n    print('not base64' in str(error))\n"
    )
    (sdk.root / "check.py").write_text(check)
    with LocalServer() as server:
        server.respond("POST", "/photos", ScriptedResponse(json={"id": "p", "data": "no!"}))
        ran = sdk.run(sys.executable, "check.py", server.url)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "True"
