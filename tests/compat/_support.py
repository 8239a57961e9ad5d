"""Plumbing shared by the compatibility scripts (not part of any SDK's interface).

Everything a script does with the SDK is written out in the script itself, the way a
magic-hour user writes it; this module only reads the environment, makes throw-away input
files and checks results.

Environment:
    MAGIC_HOUR_BASE_URL   the fake server, e.g. http://127.0.0.1:8765 (required: the
                          scripts refuse to run against the real API by accident)
    MAGIC_HOUR_API_TOKEN  the bearer token the fake server expects (default "compat-token")
    MAGIC_HOUR_POLL_INTERVAL  read by magic-hour's polling; the scripts default it to 0.01
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DEFAULT_TOKEN = "compat-token"

# Tiny stand-ins: magic-hour types an upload by its file extension only (mimetypes), so the
# bytes do not have to be real media. Each file's bytes are distinct so that a fake server
# can tell which file was PUT to which upload URL.
_FIXTURES: dict[str, bytes] = {
    "voice.mp3": b"ID3compat-audio-mp3",
    "clip.mp4": b"\x00\x00\x00\x18ftypmp42compat-video-mp4",
    "face.png": b"\x89PNG\r\n\x1a\ncompat-image-face-png",
    "person.jpg": b"\xff\xd8\xffcompat-image-person-jpg",
    "sample.wav": b"RIFFcompat-audio-wav",
}


def base_url() -> str:
    url = os.environ.get("MAGIC_HOUR_BASE_URL")
    if not url:
        sys.exit("set MAGIC_HOUR_BASE_URL to the fake server (these scripts never call the real API)")
    if not url.startswith(("http://127.", "http://localhost", "http://[::1]")):
        sys.exit(f"MAGIC_HOUR_BASE_URL={url!r} is not a loopback address; refusing to run")
    return url


def api_token() -> str:
    return os.environ.get("MAGIC_HOUR_API_TOKEN", DEFAULT_TOKEN)


def fast_polling() -> None:
    """magic-hour polls every MAGIC_HOUR_POLL_INTERVAL seconds (default 0.5)."""
    os.environ.setdefault("MAGIC_HOUR_POLL_INTERVAL", "0.01")


def workdir(name: str) -> Path:
    """A fresh temporary folder holding the input fixtures and an empty ``out/`` folder.

    ``out/`` exists beforehand because magic-hour does not create ``download_directory``.
    """
    root = Path(tempfile.mkdtemp(prefix=f"mh-compat-{name}-"))
    for file_name, content in _FIXTURES.items():
        (root / file_name).write_bytes(content)
    (root / "out").mkdir()
    return root


def fixture_bytes(file_name: str) -> bytes:
    return _FIXTURES[file_name]


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def passed(script: str) -> None:
    print(f"PASS {script}")
