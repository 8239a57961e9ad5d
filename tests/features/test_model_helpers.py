"""Models' `to_dict()` and `to_json()` (issue 15): wire names by default, only the fields that
were set, so what the server sent comes back as it was, through the sync and the async client."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Helpers, version: "1"}
paths:
  /profiles/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: A profile.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Profile"}
components:
  schemas:
    Profile:
      type: object
      required: [id, createdAt]
      properties:
        id: {type: string}
        createdAt: {type: string, format: date-time}
        first-name: {type: string}
        nickname: {type: string, nullable: true}
        to_json: {type: string}
        address:
          type: object
          properties:
            postCode: {type: string}
            city: {type: string}
"""

SENT = {
    "id": "p1",
    "createdAt": "2024-05-01T12:30:00Z",
    "first-name": "Ada",
    "nickname": None,
    "to_json": "a field named like the helper",
    "address": {"postCode": "75001"},
    "plan": "pro",  # not in the spec: kept
}

CALLS = """
import asyncio, json, sys
from helpers import AsyncClient, Client
from helpers.types.models import Profile

url = sys.argv[1]
profile = Client(base_url=url).profiles.get(id="p1")
print(json.dumps(profile.to_dict(mode="json")))
print(profile.to_json(indent=None))
print(Profile.model_validate_json(profile.to_json()) == profile)
print(json.dumps(profile.to_dict(mode="json", use_api_names=False, exclude_unset=False)))
print(type(profile.to_dict()["createdAt"]).__name__, profile.to_dict(mode="json", exclude_none=True).get("nickname", "left out"))
print(profile.to_json_)


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        profile = await client.profiles.get(id="p1")
        print(json.dumps(profile.to_dict(mode="json")))


asyncio.run(main())
"""


def test_to_dict_and_to_json_give_back_what_the_server_sent(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    with LocalServer() as server:
        server.respond("GET", "/profiles/p1", ScriptedResponse(json=SENT))
        ran = sdk.run(sys.executable, "calls.py", server.url)
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    as_dict, as_json, round_trip, by_attribute, kinds, field = lines[:6]
    sent = {**SENT, "createdAt": "2024-05-01T12:30:00Z"}
    assert json.loads(as_dict) == sent
    assert json.loads(as_json) == sent
    assert round_trip == "True"
    assert json.loads(by_attribute) == {
        "id": "p1",
        "created_at": "2024-05-01T12:30:00Z",
        "first_name": "Ada",
        "nickname": None,
        "to_json_": "a field named like the helper",
        "address": {"post_code": "75001", "city": None},  # exclude_unset=False: every field
        "plan": "pro",
    }
    assert kinds == "datetime left out"
    assert field == "a field named like the helper"
    assert json.loads(lines[6]) == sent  # the async client's model
