"""A fake Magic Hour API on 127.0.0.1, for tests of the generated SDK's workflow helpers and of
code written for the `magic-hour` package (tests/compat).

It hands out upload URLs (on itself), takes the PUT uploads, creates projects of every kind, moves
each through `queued → rendering → complete` one GET at a time (a name containing
`[status-error]` or `[status-canceled]` ends it so instead; `[http-422]` is refused), and serves
outputs under `/_files/`. Every request is recorded.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = "compat-token"


@dataclasses.dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


VIDEO_TYPES = {
    "ai-talking-photo": "TALKING_PHOTO",
    "ai-video-editor": "VIDEO_EDITOR",
    "animation": "ANIMATION",
    "audio-to-video": "AUDIO_TO_VIDEO",
    "auto-subtitle-generator": "AUTO_SUBTITLE",
    "character-replace": "CHARACTER_REPLACE",
    "face-swap": "FACE_SWAP",
    "image-to-video": "IMAGE_TO_VIDEO",
    "lip-sync": "LIP_SYNC",
    "text-to-video": "TEXT_TO_VIDEO",
    "video-to-video": "VIDEO_TO_VIDEO",
}
IMAGE_TYPES = {
    "ai-clothes-changer": "CLOTHES_CHANGER",
    "ai-face-editor": "FACE_EDITOR",
    "ai-gif-generator": "AI_GIF",
    "ai-image-editor": "AI_IMAGE_EDITOR",
    "ai-headshot-generator": "AI_HEADSHOT",
    "ai-image-generator": "AI_IMAGE",
    "ai-image-upscaler": "IMAGE_UPSCALER",
    "ai-meme-generator": "AI_MEME",
    "ai-qr-code-generator": "QR_CODE",
    "body-swap": "BODY_SWAP",
    "face-swap-photo": "FACE_SWAP",
    "head-swap": "HEAD_SWAP",
    "image-background-remover": "BACKGROUND_REMOVER",
    "photo-colorizer": "PHOTO_COLORIZER",
}
AUDIO_TYPES = {"ai-voice-generator": "VOICE_GENERATOR", "ai-voice-cloner": "VOICE_CLONER"}
KIND_OF_GET = {
    "video-projects": "video",
    "image-projects": "image",
    "audio-projects": "audio",
    "face-detection": "face",
}
SEEDED = ["voice.mp3", "clip.mp4", "face.png", "person.jpg", "sample.wav"]
EXPIRES = "2030-01-01T00:00:00.000Z"


class State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ids = itertools.count(1)
        self.assets: dict[str, bytes] = {
            f"api-assets/compat/{n}": b"seeded " + n.encode() for n in SEEDED
        }
        self.upload_slots: dict[str, str] = {}  # upload name -> file_path
        self.projects: dict[str, dict[str, Any]] = {}
        self.requests: list[Request] = []

    def new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self.ids)}"


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _file_refs(node: Any, key: str = "") -> list[str]:
    """Every value the API treats as an input file: *_file_path(s) and face_mappings[].new_face."""
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            found.extend(_file_refs(v, k))
    elif isinstance(node, list):
        for item in node:
            found.extend(_file_refs(item, key))
    elif isinstance(node, str) and (
        key.endswith("_file_path") or key.endswith("_file_paths") or key == "new_face"
    ):
        found.append(node)
    return found


def _scenario(name: Any) -> list[str]:
    if isinstance(name, str) and "[status-error]" in name:
        return ["queued", "error"]
    if isinstance(name, str) and "[status-canceled]" in name:
        return ["queued", "canceled"]
    return ["queued", "rendering", "complete"]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    @property
    def state(self) -> State:
        return self.server.state

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    # -- plumbing ----------------------------------------------------------------------
    def _base(self) -> str:
        return f"http://{self.headers.get('Host', '127.0.0.1')}"

    def _send(self, status: int, body: Any = None, content_type: str = "application/json") -> None:
        data = (
            b"" if body is None else body if isinstance(body, bytes) else json.dumps(body).encode()
        )
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data and status != 204:
            self.wfile.write(data)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _log(self, method: str, raw: bytes) -> None:
        with self.state.lock:
            self.state.requests.append(
                Request(method, self.path, {k.lower(): v for k, v in self.headers.items()}, raw)
            )

    def _authorized(self) -> bool:
        if self.headers.get("Authorization") == f"Bearer {TOKEN}":
            return True
        self._send(401, {"message": "Unauthorized"})
        return False

    # -- verbs -------------------------------------------------------------------------
    def do_PUT(self) -> None:
        raw = self._body()
        self._log("PUT", raw)
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/_upload/"):
            with self.state.lock:
                file_path = self.state.upload_slots.get(path[len("/_upload/") :])
                if file_path is not None:
                    self.state.assets[file_path] = raw
            self._send(200 if file_path else 404, b"", "text/plain")
            return
        self._send(404, {"message": "Not Found"})

    def do_DELETE(self) -> None:
        self._log("DELETE", b"")
        if not self._authorized():
            return
        match = re.fullmatch(
            r"/v1/(video-projects|image-projects|audio-projects)/([^/?]+)",
            urllib.parse.urlsplit(self.path).path,
        )
        project = self.state.projects.get(match.group(2)) if match else None
        if match is None or project is None or project["kind"] != KIND_OF_GET[match.group(1)]:
            self._send(404, {"message": "Not Found"})
            return
        project["enabled"] = False
        self._send(204)

    def do_GET(self) -> None:
        self._log("GET", b"")
        parts = urllib.parse.urlsplit(self.path)
        if parts.path.startswith("/_fake/assets/"):
            content = self.state.assets.get(parts.path[len("/_fake/assets/") :])
            self._send(
                200 if content is not None else 404,
                content or {"message": "Not Found"},
                "application/octet-stream" if content is not None else "application/json",
            )
            return
        if parts.path.startswith("/_files/"):
            self._send(200, f"compat-output {parts.path}".encode(), "application/octet-stream")
            return
        if not self._authorized():
            return
        match = re.fullmatch(
            r"/v1/(video-projects|image-projects|audio-projects|face-detection)/([^/]+)", parts.path
        )
        project = self.state.projects.get(match.group(2)) if match else None
        if match is None or project is None or project["kind"] != KIND_OF_GET[match.group(1)]:
            self._send(404, {"message": "Not Found"})
            return
        with self.state.lock:
            project["gets"] += 1
            sequence = project["sequence"]
            status = sequence[min(project["gets"], len(sequence)) - 1]
        self._send(200, self._project_json(project, status))

    def do_POST(self) -> None:
        raw = self._body()
        self._log("POST", raw)
        if not self._authorized():
            return
        path = urllib.parse.urlsplit(self.path).path
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._send(400, {"message": "body is not JSON"})
            return
        if path == "/v1/files/upload-urls":
            self._upload_urls(body)
            return
        endpoint = path[len("/v1/") :] if path.startswith("/v1/") else ""
        kind = (
            "video"
            if endpoint in VIDEO_TYPES
            else (
                "image"
                if endpoint in IMAGE_TYPES
                else (
                    "audio"
                    if endpoint in AUDIO_TYPES
                    else "face" if endpoint == "face-detection" else None
                )
            )
        )
        if kind is None:
            self._send(404, {"message": "Not Found"})
            return
        if isinstance(body.get("name"), str) and "[http-422]" in body["name"]:
            self._send(422, {"message": "rejected by the fake server ([http-422] in name)"})
            return
        for ref in _file_refs(body.get("assets", {})):
            if not ref.startswith(("http://", "https://")) and ref not in self.state.assets:
                self._send(422, {"message": f"unknown file path {ref!r}: upload it first"})
                return
        project_id = self.state.new_id(
            {"video": "vid", "image": "img", "audio": "aud", "face": "fd"}[kind]
        )
        project = {
            "id": project_id,
            "kind": kind,
            "endpoint": endpoint,
            "body": body,
            "gets": 0,
            "sequence": _scenario(body.get("name")),
            "enabled": True,
            "created_at": _now(),
        }
        self.state.projects[project_id] = project
        answer: dict[str, Any] = {"id": project_id, "credits_charged": 10}
        if kind == "video":
            answer["estimated_frame_cost"] = 10  # magic-hour 0.90.0 requires it (not in the spec)
        elif kind == "image":
            answer["frame_cost"] = 10  # magic-hour 0.90.0 requires it (not in the spec)
        self._send(200, answer)

    # -- answers -----------------------------------------------------------------------
    def _upload_urls(self, body: Any) -> None:
        items = body.get("items") if isinstance(body, dict) else None
        if not isinstance(items, list) or not items:
            self._send(422, {"message": "items must be a non-empty list"})
            return
        answer = []
        for item in items:
            kind, extension = item.get("type"), item.get("extension")
            if (
                kind not in ("video", "audio", "image")
                or not isinstance(extension, str)
                or not re.fullmatch(r"[a-z0-9]+", extension)
            ):
                self._send(422, {"message": f"bad item {item!r}"})
                return
            name = f"{self.state.new_id('up')}.{extension}"
            file_path = f"api-assets/compat-up/{name}"
            self.state.upload_slots[name] = file_path
            answer.append(
                {
                    "upload_url": f"{self._base()}/_upload/{name}?X-Signature=compat",
                    "file_path": file_path,
                    "expires_at": EXPIRES,
                }
            )
        self._send(200, {"items": answer})

    def _project_json(self, project: dict[str, Any], status: str) -> dict[str, Any]:
        body, pid, base = project["body"], project["id"], self._base()
        error = (
            {"code": "compat_error", "message": "The fake render failed."}
            if status == "error"
            else None
        )
        if project["kind"] == "face":
            faces = (
                [{"path": "api-assets/id/0-0.png", "url": f"{base}/_files/{pid}/0-0.png"}]
                if status == "complete"
                else []
            )
            return {"id": pid, "credits_charged": 0, "status": status, "faces": faces}
        if project["kind"] == "video":
            downloads = (
                [{"url": f"{base}/_files/{pid}/{pid}-output.mp4", "expires_at": EXPIRES}]
                if status == "complete"
                else []
            )
            return {
                "id": pid,
                "name": body.get("name"),
                "status": status,
                "type": VIDEO_TYPES[project["endpoint"]],
                "created_at": project["created_at"],
                "width": 1280,
                "height": 720,
                "enabled": project["enabled"],
                "start_seconds": body.get("start_seconds", 0.0),
                "end_seconds": body.get("end_seconds", 0.0),
                "credits_charged": 10,
                "fps": 30.0,
                "error": error,
                "downloads": downloads,
                # not in the spec, required by magic-hour 0.90.0's model:
                "total_frame_cost": 10,
                "download": downloads[0] if downloads else None,
            }
        if project["kind"] == "image":
            count = int(body.get("image_count") or 1)
            downloads = (
                [
                    {"url": f"{base}/_files/{pid}/{pid}-{i}.png", "expires_at": EXPIRES}
                    for i in range(count)
                ]
                if status == "complete"
                else []
            )
            return {
                "id": pid,
                "name": body.get("name"),
                "status": status,
                "image_count": count,
                "type": IMAGE_TYPES[project["endpoint"]],
                "created_at": project["created_at"],
                "enabled": project["enabled"],
                "credits_charged": 10,
                "downloads": downloads,
                "error": error,
                "total_frame_cost": 10,
            }  # not in the spec, required by magic-hour 0.90.0's model
        downloads = (
            [{"url": f"{base}/_files/{pid}/{pid}.mp3", "expires_at": EXPIRES}]
            if status == "complete"
            else []
        )
        return {
            "id": pid,
            "name": body.get("name"),
            "status": status,
            "type": AUDIO_TYPES[project["endpoint"]],
            "created_at": project["created_at"],
            "enabled": project["enabled"],
            "credits_charged": 10,
            "downloads": downloads,
            "error": error,
        }


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = State()


@contextmanager
def fake_magic_hour() -> Iterator[tuple[str, State]]:
    """The fake API's base URL and its state (projects, assets, recorded requests)."""
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.state
    finally:
        server.shutdown()
        server.server_close()
