"""Plain create / get / delete calls (no workflow helpers), as a magic-hour user writes them.

Covers the client options (``timeout``, ``httpx_client``), per-call ``request_options``
(``timeout``, ``additional_headers``, ``additional_params``), typed request dicts from
``magic_hour.types.params``, response models from ``magic_hour.types.models`` and
``model_dump()``.

See README.md beside this file for what the fake server must answer.
"""

from __future__ import annotations

import httpx

from magic_hour import Client
from magic_hour.types import models, params

from _support import api_token, base_url, expect, passed


def main() -> None:
    client = Client(
        token=api_token(),
        base_url=base_url(),
        httpx_client=httpx.Client(timeout=httpx.Timeout(20.0)),
    )

    # -- video: create, get, delete ------------------------------------------------------
    assets: params.V1LipSyncCreateBodyAssets = {
        "audio_file_path": "api-assets/compat/voice.mp3",
        "video_file_path": "api-assets/compat/clip.mp4",
        "video_source": "file",
    }
    video: models.V1LipSyncCreateResponse = client.v1.lip_sync.create(
        assets=assets,
        start_seconds=0.0,
        end_seconds=15.0,
        max_fps_limit=12.0,
        name="compat plain lip sync",
        request_options={
            "timeout": 15,
            "additional_headers": {"X-Compat-Request": "plain_calls"},
            "additional_params": {"compat": "1"},
        },
    )
    video_id: str = video.id
    charged: int = video.credits_charged
    expect(charged >= 0, "credits_charged is an int")
    expect(video.model_dump()["id"] == video_id, "model_dump() is a dict of the fields")

    details: models.V1VideoProjectsGetResponse = client.v1.video_projects.get(
        id=video_id, request_options={"timeout": 10}
    )
    expect(details.id == video_id, "get returns the project asked for")
    expect(details.status in ("queued", "rendering", "complete"), f"status {details.status!r}")
    expect(details.name == "compat plain lip sync", "name echoes the request")
    expect(details.fps > 0 and details.width != 0 and details.height != 0, "numeric fields parse")
    client.v1.video_projects.delete(id=video_id)

    # -- image: create, get, delete --------------------------------------------------------
    image: models.V1AiImageGeneratorCreateResponse = client.v1.ai_image_generator.create(
        image_count=1,
        style={"prompt": "A red bicycle"},
        aspect_ratio="1:1",
        name="compat plain image",
    )
    image_details: models.V1ImageProjectsGetResponse = client.v1.image_projects.get(id=image.id)
    expect(image_details.id == image.id and image_details.image_count == 1, "image project parses")
    client.v1.image_projects.delete(id=image.id)

    # -- audio: create, get, delete --------------------------------------------------------
    voice_style: params.V1AiVoiceGeneratorCreateBodyStyle = {
        "prompt": "Plain calls work.",
        "voice_name": "Barack Obama",
    }
    audio: models.V1AiVoiceGeneratorCreateResponse = client.v1.ai_voice_generator.create(
        style=voice_style, name="compat plain voice"
    )
    audio_details: models.V1AudioProjectsGetResponse = client.v1.audio_projects.get(id=audio.id)
    expect(audio_details.id == audio.id, "audio project parses")
    client.v1.audio_projects.delete(id=audio.id)

    # -- a nested list of typed dicts ------------------------------------------------------
    swap: models.V1FaceSwapPhotoCreateResponse = client.v1.face_swap_photo.create(
        assets={
            "face_swap_mode": "individual-faces",
            "target_file_path": "api-assets/compat/face.png",
            "face_mappings": [
                {"original_face": "api-assets/id/0-0.png", "new_face": "api-assets/compat/person.jpg"},
            ],
        },
    )
    expect(swap.id != "", "face_swap_photo.create returns an id")

    passed("plain_calls")


if __name__ == "__main__":
    main()
