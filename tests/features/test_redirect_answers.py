"""An operation that documents only a redirect (no 2xx) answers with it: a login step whose
`302` carries the result in `Location`, a download whose `307` points to a signed URL. The
client returns the redirect instead of following it (sync and async): its documented body is
the result, its `Location` is read through `with_raw_response`; the redirect is not an error.
An operation with a 2xx still follows redirects."""

from __future__ import annotations

import sys

import pytest
from support.generated import Sdk, generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Redirects, version: 1.0.0}
servers: [{url: "http://localhost"}]
paths:
  /verify:
    get:
      operationId: verify
      tags: [auth]
      responses:
        "302":
          description: The tokens, in the Location's fragment.
          headers:
            Location: {schema: {type: string, format: uri}}
        "400": {description: Bad token}
  /files/{name}:
    get:
      operationId: download
      tags: [files]
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses:
        "307":
          description: Redirect to a signed download URL.
          content: {application/json: {schema: {type: string}}}
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: Things.
          content: {application/json: {schema: {type: array, items: {type: string}}}}
"""

CALLS = """
import asyncio, sys
from {package} import AsyncClient, Client

url = sys.argv[1]
client = Client(base_url=url)
raw = client.verify.with_raw_response.list()
print(raw.status_code, raw.headers["location"], raw.parse())
print(client.files.get(name="a.csv"))
print(client.things.list())


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        raw = await client.verify.with_raw_response.list()
        print(raw.status_code, raw.headers["location"], raw.parse())
        print(await client.files.get(name="a.csv"))


asyncio.run(main())
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    return generate_sdk(SPEC, tmp_path_factory.mktemp("redirects"))


def test_the_generated_sdk_is_clean(sdk: Sdk) -> None:
    assert sdk.problems() == []


def test_a_documented_redirect_is_the_answer_not_followed(sdk: Sdk) -> None:
    script = sdk.root / "calls.py"
    script.write_text(CALLS.replace("{package}", sdk.package))
    with LocalServer() as server:
        login = ScriptedResponse(status=302, headers={"Location": "https://app.test/#token=t1"})
        signed = ScriptedResponse(
            status=307, json="signed", headers={"Location": f"{server.url}/signed/a.csv"}
        )
        server.respond("GET", "/verify", login)
        server.respond("GET", "/files/a.csv", signed)
        # A 2xx operation still follows its redirects within the origin.
        server.respond("GET", "/things", ScriptedResponse(status=302, headers={"Location": "/v2"}))
        server.respond("GET", "/v2", ScriptedResponse(json=["a", "b"]))
        ran = sdk.run(sys.executable, str(script), server.url)
        paths = [request.path for request in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "302 https://app.test/#token=t1 None",
        "signed",
        "['a', 'b']",
        "302 https://app.test/#token=t1 None",
        "signed",
    ]
    assert "/signed/a.csv" not in paths  # the signed URL is the caller's to fetch


def test_the_docs_say_the_redirect_is_returned(sdk: Sdk) -> None:
    readme = (sdk.root / sdk.package / "resources" / "verify" / "README.md").read_text()
    assert "The API answers with a redirect (`302`): the client returns it" in readme
    assert "`client.verify.with_raw_response`" in readme
