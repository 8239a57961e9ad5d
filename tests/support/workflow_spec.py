"""A tiny API with an upload operation and a job (create, then poll its result): the workflow
helpers' tests of the build and emit stages share it."""

from __future__ import annotations

from pathlib import Path

from generator.config import Config, Job, Uploads, Workflows
from generator.model.api import Api, Operation, Resource
from generator.pipeline import load_api

SPEC = """
openapi: 3.0.3
info: {title: Renders, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /files/upload-urls:
    post:
      tags: [Files]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [items]
              properties:
                items:
                  type: array
                  items:
                    type: object
                    properties: {extension: {type: string}, type: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items:
                    type: array
                    items:
                      type: object
                      properties: {upload_url: {type: string}, file_path: {type: string}}
  /renders:
    post:
      tags: [Renders]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [assets]
              properties:
                name: {type: string}
                assets:
                  type: object
                  properties: {image_file_path: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties: {id: {type: string}, credits: {type: integer}}
  /renders/{id}:
    get:
      tags: [Renders]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Render"}
  /notes:
    post:
      tags: [Renders]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {note: {type: string}}}
components:
  schemas:
    Render:
      type: object
      required: [id, status]
      properties:
        id: {type: string}
        status: {type: string}
        downloads:
          type: array
          items: {type: object, properties: {url: {type: string}}}
"""

UPLOADS = Uploads(operation="POST /files/upload-urls", file_fields=("*_file_path",))
JOB = Job(result="GET /renders/{id}", tags=("Renders",), outputs="downloads[].url")


def build(tmp_path: Path, workflows: Workflows, spec: str = SPEC) -> Api:
    path = tmp_path / "renders.yaml"
    path.write_text(spec, encoding="utf-8")
    return load_api(path, Config(workflows=workflows))


def resource(api: Api, *path: str) -> Resource:
    return next(r for r in api.all_resources() if r.path == path)


def operation(api: Api, route: str) -> Operation:
    return next(op for _, op in api.all_operations() if op.route == route)
