"""Audio projects, as a magic-hour user writes them.

1. ``ai_voice_generator.generate`` (text in, audio file out), downloaded.
2. ``ai_voice_cloner.generate`` with a local sample, waited for but not downloaded.
3. ``audio_projects.get`` and ``audio_projects.delete``.

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

from pathlib import Path

from magic_hour import Client
from magic_hour.types import models

from _support import api_token, base_url, expect, fast_polling, passed, workdir


def main() -> None:
    fast_polling()
    work = workdir("audio")
    out = work / "out"
    client = Client(token=api_token(), base_url=base_url())

    spoken = client.v1.ai_voice_generator.generate(
        style={"prompt": "Hello from the compatibility suite.", "voice_name": "Morgan Freeman"},
        name="compat voice",
        wait_for_completion=True,
        download_outputs=True,
        download_directory=str(out),
    )
    expect(spoken.status == "complete", f"ai_voice_generator ended {spoken.status!r}")
    files: list[str] = spoken.downloaded_paths or []
    expect(len(files) == len(spoken.downloads) >= 1, f"audio downloaded, got {files}")
    expect(all(Path(f).parent == out for f in files), "files are in out/")

    cloned = client.v1.ai_voice_cloner.generate(
        assets={"audio_file_path": str(work / "sample.wav")},
        style={"prompt": "This is my cloned voice."},
        name="compat voice clone",
        wait_for_completion=True,
        download_outputs=False,
    )
    expect(cloned.status == "complete", f"ai_voice_cloner ended {cloned.status!r}")
    expect(cloned.downloaded_paths is None, "download_outputs=False downloads nothing")

    audio: models.V1AudioProjectsGetResponse = client.v1.audio_projects.get(id=cloned.id)
    expect(audio.id == cloned.id and audio.status == "complete", "get returns the finished project")
    expect(audio.enabled, "a live project is enabled")
    expect(audio.downloads[0].url.startswith("http"), "downloads carry urls")

    client.v1.audio_projects.delete(id=cloned.id)  # 204, returns None

    passed("audio_project")


if __name__ == "__main__":
    main()
