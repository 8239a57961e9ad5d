"""`with_streaming_response` (issue 15): the call is made in a `with` block that gets the response
unread, through the sync and the async client; errors still raise when the block is entered.
Peak memory of a 50 MB download: `tests/runtime/test_limits.py`."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Streams, version: "1"}
paths:
  /downloads/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: The file.
          content: {application/octet-stream: {schema: {type: string, format: binary}}}
        "404":
          description: Not found.
          content: {application/json: {schema: {type: object, properties: {message: {type: string}}}}}
  /logs:
    get:
      responses:
        "200": {description: The log., content: {text/plain: {schema: {type: string}}}}
  /things/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: A thing.
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}, size: {type: integer}}}
"""

BODY = bytes(range(256)) * 4096  # 1 MiB
CALLS = """
import asyncio, hashlib, sys
from pathlib import Path
from streams import AsyncClient, Client, NotFoundError

url, folder = sys.argv[1], Path(sys.argv[2])
client = Client(base_url=url)
with client.downloads.with_streaming_response.get(id="f1") as response:
    print(response.status_code, response.headers["content-type"])
    chunks = list(response.iter_bytes(65536))
    print(len(chunks), hashlib.sha256(b"".join(chunks)).hexdigest())
with client.downloads.with_streaming_response.get(id="f1") as response:
    response.stream_to_file(folder / "sync.bin")
with client.logs.with_streaming_response.list() as response:
    print(list(response.iter_lines()))
with client.things.with_streaming_response.get(id="t1") as response:
    thing = response.parse()
    print(type(thing).__name__, thing.id, thing.size)
with client.downloads.with_streaming_response.get(id="f1") as response:
    print(len(response.read()))
try:
    with client.downloads.with_streaming_response.get(id="nope") as response:
        print("not reached")
except NotFoundError as error:
    print("raised", error.status_code, error.parsed.message)


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        async with client.downloads.with_streaming_response.get(id="f1") as response:
            data = b"".join([chunk async for chunk in response.iter_bytes()])
            print(hashlib.sha256(data).hexdigest())
        async with client.downloads.with_streaming_response.get(id="f1") as response:
            await response.stream_to_file(folder / "async.bin")
        async with client.logs.with_streaming_response.list() as response:
            print([line async for line in response.iter_lines()])
        async with client.things.with_streaming_response.get(id="t1") as response:
            thing = await response.parse()
            print(thing.id, len(await response.read()))


asyncio.run(main())
"""


def test_streamed_calls_read_the_body_as_it_arrives(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    with LocalServer() as server:
        binary = {"Content-Type": "application/octet-stream"}
        server.respond("GET", "/downloads/f1", ScriptedResponse(body=BODY, headers=binary))
        server.respond("GET", "/downloads/nope", ScriptedResponse(404, json={"message": "gone"}))
        text = {"Content-Type": "text/plain"}
        server.respond("GET", "/logs", ScriptedResponse(body=b"one\ntwo\nthree", headers=text))
        server.respond("GET", "/things/t1", ScriptedResponse(json={"id": "t1", "size": 3}))
        ran = sdk.run(sys.executable, "calls.py", server.url, str(tmp_path))
    assert ran.returncode == 0, ran.stderr
    digest = hashlib.sha256(BODY).hexdigest()
    assert ran.stdout.splitlines() == [
        "200 application/octet-stream",
        f"16 {digest}",
        json.dumps(["one", "two", "three"]).replace('"', "'"),
        "ThingsGetResponse t1 3",
        str(len(BODY)),
        "raised 404 gone",
        digest,
        json.dumps(["one", "two", "three"]).replace('"', "'"),
        f"t1 {len(json.dumps({'id': 't1', 'size': 3}))}",
    ]
    assert (tmp_path / "sync.bin").read_bytes() == BODY
    assert (tmp_path / "async.bin").read_bytes() == BODY


def test_binary_operations_document_streaming(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    readme = (sdk.root / "streams" / "resources" / "downloads" / "README.md").read_text()
    assert (
        '`with client.downloads.with_streaming_response.get(id="id_abc123") as response:`' in readme
    )
    assert "`response.stream_to_file(path)`" in readme
