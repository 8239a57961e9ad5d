"""Operation- and path-level `servers` (issue 11: google-maps called the wrong host for 16 of 17
operations). The rule: an operation that names its own servers is sent to the first of them,
unless the caller chose the base URL (`base_url=`, the environment variable, `with_options`):
then every request goes there. A relative server URL is relative to the client's base URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {{title: Hosts, version: "1"}}
servers: [{{url: "{root}/api", description: Production}}]
paths:
  /geocode:
    get:
      servers: [{{url: "{maps}", description: Maps}}, {{url: "https://unused.example.com"}}]
      responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}}}
  /roads:
    servers: [{{url: "{roads}/{{version}}", variables: {{version: {{default: v1}}}}}}]
    get:
      responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}}}
    post:
      servers: [{{url: "{maps}/override"}}]
      responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}}}
  /plain:
    get:
      responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}}}
  /relative:
    get:
      servers: [{{url: /v2}}]
      responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{type: string}}}}}}}}}}
"""

CALLS = """
import asyncio, sys
from hosts import AsyncClient, Client

chosen = sys.argv[1]
calls = ("geocode.list", "roads.list", "roads.create", "plain.list", "relative.list")


def run(client):
    for call in calls:
        resource, method = call.split(".")
        print(getattr(getattr(client, resource), method)())


run(Client())
run(Client(base_url=chosen))
run(Client().with_options(base_url=chosen))


async def main():
    for client in (AsyncClient(), AsyncClient(base_url=chosen)):
        async with client:
            for call in calls:
                resource, method = call.split(".")
                print(await getattr(getattr(client, resource), method)())


asyncio.run(main())
"""


def test_each_operation_reaches_its_own_server_unless_the_caller_chose_one(
    tmp_path: Path,
) -> None:
    with (
        LocalServer() as root,
        LocalServer() as maps,
        LocalServer() as roads,
        LocalServer() as mock,
    ):
        for server, name in ((root, "root"), (maps, "maps"), (roads, "roads"), (mock, "mock")):
            for method, path in (
                ("GET", "/geocode"),
                ("GET", "/v1/roads"),
                ("POST", "/override/roads"),
                ("GET", "/api/plain"),
                ("GET", "/v2/relative"),
                ("GET", "/geocode"),
                ("GET", "/roads"),
                ("POST", "/roads"),
                ("GET", "/plain"),
                ("GET", "/relative"),
            ):
                server.respond(method, path, ScriptedResponse(200, json=f"{name} {method} {path}"))
        spec = SPEC.format(root=root.url, maps=maps.url, roads=roads.url)
        sdk = generate_sdk(spec, tmp_path)
        assert sdk.problems() == []
        (sdk.root / "calls.py").write_text(CALLS)
        ran = sdk.run(sys.executable, "calls.py", mock.url)
        assert ran.returncode == 0, ran.stderr
        own = [
            "maps GET /geocode",
            "roads GET /v1/roads",
            "maps POST /override/roads",
            "root GET /api/plain",
            "root GET /v2/relative",
        ]
        chosen = [
            "mock GET /geocode",
            "mock GET /roads",
            "mock POST /roads",
            "mock GET /plain",
            "mock GET /relative",
        ]
        assert ran.stdout.splitlines() == [*own, *chosen, *chosen, *own, *chosen]
        # the environment variable is the caller's choice too
        env = {**os.environ, "HOSTS_BASE_URL": mock.url}
        probe = sdk.run(
            sys.executable,
            "-c",
            "from hosts import Client; print(Client().geocode.list())",
            env=env,
        )
        assert probe.stdout.strip() == "mock GET /geocode", probe.stderr
    readme = (sdk.root / "hosts" / "resources" / "geocode" / "README.md").read_text()
    assert f"**Server**: `{maps.url}`" in readme
