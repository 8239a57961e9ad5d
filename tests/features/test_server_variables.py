"""Server variables are `Client(...)` arguments (issue 15): each fills its `{variable}` in the
chosen server's URL (default: the spec's), an enum typed as a `Literal`; an argument for a
server without that variable, or a value that would leave its place in the URL, is refused."""

from __future__ import annotations

import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Regions, version: "1"}
servers:
  - url: http://{host}:{port}/api/{version}
    description: Local
    variables:
      host: {default: localhost, description: The host.}
      port: {default: "80"}
      version: {enum: [v1, v2], default: v1}
  - url: https://api.regions.example.com
    description: Production
paths:
  /things:
    get:
      responses: {"204": {description: none}}
"""

CALLS = """
import asyncio, sys
from regions import AsyncClient, Client, Environment

host, port = sys.argv[1], sys.argv[2]
Client(environment=Environment.LOCAL, host=host, port=port, version="v2").things.list()
Client(environment=Environment.LOCAL, host=host, port=port).things.list()
try:
    Client(environment=Environment.PRODUCTION, version="v2")
except ValueError as error:
    print(error)
try:
    Client(host="a/b")
except ValueError as error:
    print(error)


async def main() -> None:
    async with AsyncClient(environment=Environment.LOCAL, host=host, port=port) as client:
        await client.things.list()


asyncio.run(main())
"""

WRONG = """
from regions import Client

Client(version="v3")
"""


def test_a_server_variable_changes_the_url(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    (sdk.root / "wrong.py").write_text(WRONG)
    checked = sdk.run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "wrong.py")
    assert [line.split(":")[:2] for line in checked.stdout.splitlines() if ": error:" in line] == [
        ["wrong.py", "4"]
    ], checked.stdout
    with LocalServer() as server:
        for version in ("v1", "v2"):
            server.respond("GET", f"/api/{version}/things", ScriptedResponse(204))
        host, port = server.url.removeprefix("http://").split(":")
        ran = sdk.run(sys.executable, "calls.py", host, port)
        paths = [r.path for r in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert paths == ["/api/v2/things", "/api/v1/things", "/api/v1/things"]
    assert ran.stdout.splitlines() == [
        "version='v2': the server PRODUCTION (https://api.regions.example.com) has no "
        "{version} to fill",
        "host must be letters, digits, '.', '_', '~' or '-', not 'a/b'",
    ]
