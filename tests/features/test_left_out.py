"""The run's summary counts what the SDK leaves out, each item with its place (issue 11:
the summary ended with a hard-coded "0 left out")."""

from __future__ import annotations

import textwrap
from pathlib import Path

from support.generated import generate_sdk

from generator.pipeline import generate, summary

SPEC = """
openapi: 3.0.3
info: {title: Leftovers, version: "1"}
paths:
  /realtime:
    get:
      parameters: [{name: model, in: query, required: true, schema: {type: string}}]
      responses: {"101": {description: Switching to the WebSocket protocol}}
  /chat:
    get:
      parameters:
        - {name: Authorization, in: header, schema: {type: string}}
        - {name: accept, in: header, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
      responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
      callbacks:
        onDone:
          "{$request.query.url}":
            post:
              responses: {"200": {description: ok}}
  /upload:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, format: binary}}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: string}}}}
        "202": {description: later, content: {text/plain: {schema: {type: string}}}}
"""


def test_everything_left_out_is_counted_and_located(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(textwrap.dedent(SPEC))
    generated = generate(spec)
    lines = summary(generated).replace(f"{tmp_path}/", "").splitlines()
    assert lines[0].startswith("Leftovers 1: 2 operations, ")
    assert lines[0].endswith(", 3 warnings, 6 left out")
    ignored = (
        "OpenAPI says a header parameter named Accept, Content-Type or Authorization is ignored "
        "(the media types and security schemes say what is sent)"
    )
    upgrade = (
        "it only answers 101 (a protocol switch such as a WebSocket upgrade), which an HTTP "
        "client method cannot express"
    )
    assert lines[1:] == [
        f"warning: openapi.yaml:6:5 (at /paths/~1realtime/get): left out: {upgrade}",
        "warning: openapi.yaml:23:7 (at /paths/~1upload/post/requestBody): the body is sent as "
        "application/json; not offered: multipart/form-data",
        "warning: openapi.yaml:22:5 (at /paths/~1upload/post): 2xx responses of different kinds "
        "(json, text); the method returns what 200 returns",
        f"left out: openapi.yaml:12:11 (at /paths/~1chat/get/parameters/0): header parameter "
        f"Authorization: {ignored}",
        f"left out: openapi.yaml:13:11 (at /paths/~1chat/get/parameters/1): header parameter accept: "
        f"{ignored}",
        "left out: openapi.yaml:17:9 (at /paths/~1chat/get/callbacks/onDone): callback onDone of "
        "operation GET /chat: a callback is a request the API sends to the caller; the SDK "
        "is a client",
        f"left out: openapi.yaml:6:5 (at /paths/~1realtime/get): operation GET /realtime: {upgrade}",
        "left out: openapi.yaml:28:11 (at /paths/~1upload/post/requestBody/content/multipart~1form-data): "
        "request body media type multipart/form-data: one body per method: it is sent as "
        "application/json",
        "left out: openapi.yaml:32:47 (at /paths/~1upload/post/responses/202/content/text~1plain): "
        "response 202 as text/plain: the method returns what 200 returns (application/json)",
    ]
    api = generated.api
    assert [op.qualified_name for _, op in api.all_operations()] == ["chat.list", "upload.create"]
    (chat,) = [op for _, op in api.all_operations() if op.path == "/chat"]
    assert [p.wire_name for p in chat.parameters] == ["X-Trace"]


def test_an_sdk_without_the_left_out_operation_still_works(tmp_path: Path) -> None:
    sdk = generate_sdk(SPEC, tmp_path)
    assert sdk.problems() == []
    assert not (sdk.root / "leftovers" / "resources" / "realtime").exists()
