"""Models and TypedDicts that refer to each other across modules, directly or through a long
cycle, import in any order and validate (issue 11: qdrant, digitalocean)."""

from __future__ import annotations

import json
from pathlib import Path

from support.generated import generate_sdk
from support.http_server import LocalServer, ScriptedResponse

LENGTH = 12  # the long cycle: Step0 -> Step1 -> ... -> Step11 -> Step0


def _spec() -> str:
    steps = []
    for i in range(LENGTH):
        target = f"Step{(i + 1) % LENGTH}"
        # every shape a reference can take: property, array item, union option, map value
        via = [
            f'next: {{$ref: "#/components/schemas/{target}"}}',
            f'next: {{type: array, items: {{$ref: "#/components/schemas/{target}"}}}}',
            f'next: {{oneOf: [{{$ref: "#/components/schemas/{target}"}}, {{type: string}}]}}',
            f'next: {{type: object, additionalProperties: {{$ref: "#/components/schemas/{target}"}}}}',
        ][i % 4]
        steps.append(
            f"    Step{i}:\n      type: object\n      properties:\n"
            f"        label-{i}: {{type: string}}\n        {via}\n"
        )
    return """
openapi: 3.0.3
info: {title: Cycles, version: "1"}
paths:
  /agents:
    post:
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Agent"}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Holder"}}}
  /steps:
    post:
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Step0"}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Step5"}}}
components:
  schemas:
    Holder:
      type: object
      required: [agent]
      properties: {agent: {$ref: "#/components/schemas/Agent"}}
    Agent:
      type: object
      properties:
        name: {type: string}
        workspace: {$ref: "#/components/schemas/Workspace"}
        self-ref: {$ref: "#/components/schemas/Agent"}
    Workspace:
      type: object
      properties:
        name: {type: string}
        agents: {type: array, items: {$ref: "#/components/schemas/Agent"}}
""" + "".join(steps)


def _nested_steps(depth: int, start: int = 0) -> dict[str, object]:
    """Data that goes around the long cycle `depth` times, in each shape."""
    data: dict[str, object] = {f"label-{(start + depth) % LENGTH}": "end"}
    for i in reversed(range(start, start + depth)):
        step = i % LENGTH
        wrapped: object = [data] if step % 4 == 1 else ({"k": data} if step % 4 == 3 else data)
        data = {f"label-{step}": f"s{step}", "next": wrapped}
    return data


def test_cycles_import_in_any_order_validate_and_type_check(tmp_path: Path) -> None:
    sdk = generate_sdk(_spec(), tmp_path)
    assert sdk.problems() == []
    models = sdk.root / "cycles" / "types" / "models"
    assert "from .workspace import Workspace  # noqa: E402" in (models / "agent.py").read_text()
    # every module first, in a fresh interpreter: no import order breaks a cycle
    entries = ["agent", "workspace", "holder", "step0", "step7"]
    for flavour in ("models", "params"):
        for entry in entries:
            if flavour == "params" and entry == "holder":
                continue
            probe = sdk.python(f"import cycles.types.{flavour}.{entry}")
            assert probe.returncode == 0, probe.stderr
    data = {"agent": {"name": "a", "workspace": {"agents": [{"name": "b", "self-ref": {}}]}}}
    steps = _nested_steps(2 * LENGTH + 3)
    probe = sdk.python(
        "import json, sys\n"
        "from cycles.types.models import Holder, Step0\n"
        f"holder = Holder.model_validate(json.loads({json.dumps(json.dumps(data))}))\n"
        "print(holder.agent.workspace.agents[0].self_ref)\n"
        f"step = Step0.model_validate(json.loads({json.dumps(json.dumps(steps))}))\n"
        "node = step\n"
        f"for i in range({2 * LENGTH + 3}):\n"
        "    node = node.next\n"
        "    node = node[0] if isinstance(node, list) else node\n"
        "    node = node['k'] if isinstance(node, dict) else node\n"
        "print(type(node).__name__)\n"
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == [
        "name=None",
        "self_ref=None",
        "workspace=None",
        f"Step{(2 * LENGTH + 3) % LENGTH}",
    ]


def test_cycle_models_parse_responses_over_http(tmp_path: Path) -> None:
    sdk = generate_sdk(_spec(), tmp_path)
    holder = {"agent": {"workspace": {"agents": [{"name": "deep"}]}}}
    steps = _nested_steps(LENGTH + 1, start=5)
    with LocalServer() as server:
        server.respond("POST", "/agents", ScriptedResponse(200, json=holder))
        server.respond("POST", "/steps", ScriptedResponse(200, json=steps))
        probe = sdk.python(
            "import asyncio\n"
            "from cycles import AsyncClient, Client\n"
            f"client = Client(base_url={server.url!r})\n"
            "agent = {'workspace': {'agents': [{'name': 'x', 'self-ref': {'name': 'y'}}]}}\n"
            "result = client.agents.create(workspace=agent['workspace'], self_ref={})\n"
            "print(result.agent.workspace.agents[0].name)\n"
            "print(type(client.steps.create(next={'label-1': 'x'})).__name__)\n"
            "async def main():\n"
            f"    async with AsyncClient(base_url={server.url!r}) as client:\n"
            "        result = await client.agents.create(name='n')\n"
            "        print(result.agent.workspace.agents[0].name)\n"
            "asyncio.run(main())\n"
        )
        sent = [request.json() for request in server.requests]
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["deep", "Step5", "deep"]
    assert sent[0] == {
        "workspace": {"agents": [{"name": "x", "self-ref": {"name": "y"}}]},
        "self-ref": {},
    }
