"""A 200 that offers JSON and `text/event-stream` (Exa's answer, Mistral's chat completions):
the method returns the parsed JSON, or the events when the server streams them, chosen by the
response's Content-Type; with a boolean `stream` in the body, overloads type `stream=True` as
the events and no flag (or `False`) as the JSON. Over HTTP, sync and async, both answers."""

from __future__ import annotations

import sys

import pytest
from support.generated import Sdk, generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = """
openapi: 3.0.3
info: {title: Either, version: "1"}
paths:
  /answer:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [query]
              properties:
                query: {type: string}
                stream: {type: boolean, default: false}
      responses:
        "200":
          description: The answer.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Answer"}
            text/event-stream:
              schema: {$ref: "#/components/schemas/Chunk"}
  /speech:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {text: {type: string}}}
      responses:
        "200":
          description: The speech.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Answer"}
            text/event-stream: {}
  /chat:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {stream: {type: boolean}}}
      responses:
        "200":
          description: The whole event described, as Mistral and OpenAPI 3.2 write it.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Answer"}
            text/event-stream:
              schema:
                type: object
                required: [data]
                properties:
                  event: {type: string}
                  data: {$ref: "#/components/schemas/Chunk"}
components:
  schemas:
    Answer:
      type: object
      required: [answer]
      properties:
        answer: {type: string}
    Chunk:
      type: object
      required: [delta]
      properties:
        delta: {type: string}
"""

CALLS = """
import asyncio, sys
from typing import assert_type

from either import AsyncClient, Client
from either._core import AsyncStream, ServerSentEvent, Stream
from either.types.models import Answer, Chunk

url = sys.argv[1]
client = Client(base_url=url)
answer = client.answer.create(query="q")
assert_type(answer, Answer)
print("json", answer.answer)
events = client.answer.create(query="q", stream=True)
assert_type(events, Stream[Chunk])
print("events", [chunk.delta for chunk in events])
flag = len(sys.argv) > 2
either = client.answer.create(query="q", stream=flag)
assert_type(either, Answer | Stream[Chunk])
print("either", either.answer if isinstance(either, Answer) else "stream")
speech = client.speech.create(text="t")
assert_type(speech, Answer | Stream[ServerSentEvent])
print("speech", [e.data for e in speech] if isinstance(speech, Stream) else speech)
whole = client.chat.create(stream=True)
print("whole", [(e.event, e.data.delta) for e in whole])


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        answer = await client.answer.create(query="q", stream=False)
        assert_type(answer, Answer)
        print("json", answer.answer)
        events = await client.answer.create(query="q", stream=True)
        assert_type(events, AsyncStream[Chunk])
        print("events", [chunk.delta async for chunk in events])


asyncio.run(main())
"""

WRONG = """
from either import Client
from either.types.models import Answer

answer: Answer = Client().answer.create(query="q", stream=True)
"""

EVENTS = b'data: {"delta": "a"}\n\ndata: {"delta": "b"}\n\ndata: [DONE]\n\n'


def events(body: bytes = EVENTS) -> ScriptedResponse:
    return ScriptedResponse(body=body, headers={"Content-Type": "text/event-stream"})


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    return generate_sdk(SPEC, tmp_path_factory.mktemp("either"))


def test_json_or_events_as_the_server_answers_typed_by_the_stream_flag(sdk: Sdk) -> None:
    assert sdk.problems() == []
    (sdk.root / "calls.py").write_text(CALLS)
    (sdk.root / "wrong.py").write_text(WRONG)
    checked = sdk.run(
        sys.executable, "-m", "mypy", "--strict", "--no-incremental", "calls.py", "wrong.py"
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert [e.split(":")[:2] for e in errors] == [["wrong.py", "5"]], checked.stdout
    json = ScriptedResponse(json={"answer": "42"})
    with LocalServer() as server:
        # sync: JSON, events, JSON for a flag known at run time; async: JSON, events
        server.respond("POST", "/answer", json, events(), json, json, events())
        server.respond("POST", "/speech", events(b"data: one\n\ndata: two\n\n"))
        server.respond("POST", "/chat", events(b'event: delta\ndata: {"delta": "c"}\n\n'))
        ran = sdk.run(sys.executable, "calls.py", server.url)
        sent = [(r.path, r.json().get("stream"), r.headers["accept"]) for r in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "json 42",
        "events ['a', 'b']",  # `data: [DONE]` ends the stream
        "either 42",
        "speech ['one', 'two']",  # no flag: the Content-Type alone chooses
        "whole [('delta', 'c')]",  # the event's fields, its data parsed into `Chunk`
        "json 42",
        "events ['a', 'b']",
    ]
    either = "application/json, text/event-stream"
    assert sent == [
        ("/answer", None, either),
        ("/answer", True, either),
        ("/answer", False, either),
        ("/speech", None, either),
        ("/chat", True, either),
        ("/answer", False, either),
        ("/answer", True, either),
    ]


def test_docs_say_the_method_may_stream(sdk: Sdk) -> None:
    answer = sdk.root / "either" / "resources" / "answer"
    client = (answer / "client.py").read_text()
    assert "When the server answers with an event stream (as `stream=True` asks)" in client
    readme = (answer / "README.md").read_text()
    assert "the method returns a `Stream[Chunk]` instead (`AsyncStream[Chunk]` on" in readme
    assert "`stream=True` gives the stream, no `stream` or `stream=False` the body" in readme
