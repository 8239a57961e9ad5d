"""`<PREFIX>_LOG=debug|info` turns on the SDK's logger (issue 15), credentials redacted."""

from __future__ import annotations

import os
import sys

import pytest
from support.generated import Sdk, generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Switch, version: "1"}
security: [{key: []}]
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
paths:
  /things:
    get:
      responses: {"204": {description: none}}
"""
SECRET = "sk-query-SECRET-0123456789"
CALLS = """
import asyncio, sys
from switch import AsyncClient, Client

Client(base_url=sys.argv[1]).things.list()


async def main() -> None:
    async with AsyncClient(base_url=sys.argv[1]) as client:
        await client.things.list()


asyncio.run(main())
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    sdk = generate_sdk(SPEC, tmp_path_factory.mktemp("switch"))
    (sdk.root / "calls.py").write_text(CALLS)
    return sdk


def logged(sdk: Sdk, level: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SWITCH_")}
    env["SWITCH_API_KEY"] = SECRET
    if level is not None:
        env["SWITCH_LOG"] = level
    with LocalServer() as server:
        server.respond("GET", "/things", ScriptedResponse(204))
        ran = sdk.run(sys.executable, "calls.py", server.url, env=env)
    assert ran.returncode == 0, ran.stderr
    assert SECRET not in ran.stderr
    return ran.stderr.splitlines()


def test_debug_logs_requests_and_responses_of_both_clients_redacted(sdk: Sdk) -> None:
    lines = logged(sdk, "debug")
    requests = [line for line in lines if "DEBUG] Request: GET http://127.0.0.1:" in line]
    responses = [line for line in lines if "INFO] Response: GET http://127.0.0.1:" in line]
    assert len(requests) == 2 and len(responses) == 2, lines
    assert all(line.startswith("[") and " switch " in line for line in requests + responses)
    assert all("/things?api_key=<redacted> -> 204 (" in line for line in responses)


def test_info_logs_responses_only(sdk: Sdk) -> None:
    lines = logged(sdk, "INFO")
    assert len(lines) == 2 and all("INFO] Response: GET" in line for line in lines), lines


def test_unset_logs_nothing_and_another_value_warns(sdk: Sdk) -> None:
    assert logged(sdk, None) == []
    (warning,) = [line for line in logged(sdk, "verbose") if "Warning" in line]
    assert "SWITCH_LOG='verbose' is not one of debug, info" in warning
