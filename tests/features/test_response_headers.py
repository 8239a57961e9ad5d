"""Response headers declared in the spec, typed on the raw response (issue 15):
`client.x.with_raw_response.y(...).parse_headers()` validates them into the operation's headers
model, through the sync and the async client; an operation that declares none has no
`parse_headers()` to the type checker."""

from __future__ import annotations

import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Limits, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: The things.
          headers:
            X-RateLimit-Remaining:
              description: Calls left in this window.
              required: true
              schema: {type: integer}
            X-Request-Id: {schema: {type: string}}
            X-Retry-After: {schema: {type: integer}}
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /plain:
    get:
      responses:
        "200":
          description: Nothing declared.
          content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}
"""

CALLS = """
import asyncio, sys
from limits import AsyncClient, Client, ResponseValidationError

url = sys.argv[1]
client = Client(base_url=url)
raw = client.things.with_raw_response.list()
headers = raw.parse_headers()
remaining: int = headers.x_rate_limit_remaining
print(type(headers).__name__, remaining, headers.x_request_id, headers.x_retry_after, raw.parse())
try:
    client.things.with_raw_response.list().parse_headers()
except ResponseValidationError as error:
    print("raised", error.response.status_code, type(error.validation_error).__name__)


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        raw = await client.things.with_raw_response.list()
        headers = raw.parse_headers()
        print(headers.x_rate_limit_remaining, headers.x_request_id, headers.x_retry_after)


asyncio.run(main())
"""

# What a type checker says of an operation without declared headers.
UNTYPED = """
from limits import Client

Client(base_url="http://localhost").plain.with_raw_response.list().parse_headers()
"""


def test_declared_headers_are_validated_into_their_model(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    with LocalServer() as server:
        # Names in another case than declared; no `X-Retry-After`; then one not an integer.
        good = ScriptedResponse(
            json=["a"], headers={"x-ratelimit-remaining": "42", "X-REQUEST-ID": "req-1"}
        )
        bad = ScriptedResponse(json=["b"], headers={"X-RateLimit-Remaining": "many"})
        server.respond("GET", "/things", good, bad, good)
        ran = sdk.run(sys.executable, "calls.py", server.url)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "ThingsListResponseHeaders 42 req-1 None ['a']",
        "raised 200 ValidationError",
        "42 req-1 None",
    ]


def test_only_operations_declaring_headers_offer_parse_headers_to_mypy(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    (sdk.root / "calls.py").write_text(CALLS)
    (sdk.root / "untyped.py").write_text(UNTYPED)
    checked = sdk.run(
        sys.executable, "-m", "mypy", "--strict", "--no-incremental", "calls.py", "untyped.py"
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("untyped.py:4:"), checked.stdout
    assert '"RawResponse[PlainListResponse]" has no attribute "parse_headers"' in errors[0]
