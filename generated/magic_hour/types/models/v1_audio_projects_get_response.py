"""Success"""

import datetime
import typing

import pydantic

from magic_hour._core import SDKModel

from .v1_audio_projects_get_response_downloads_item import (
    V1AudioProjectsGetResponseDownloadsItem,
)
from .v1_audio_projects_get_response_error import V1AudioProjectsGetResponseError


class V1AudioProjectsGetResponse(SDKModel):
    """Success"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    credits_charged: int
    """The amount of credits deducted from your account to generate the audio. We charge credits right when the request is made.

    If an error occurred while generating the audio, credits will be refunded and this field will be updated to include the refund."""

    downloads: list[V1AudioProjectsGetResponseDownloadsItem]

    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    error: V1AudioProjectsGetResponseError | None
    """In the case of an error, this object will contain the error encountered during video render"""

    id: str
    """Unique ID of the audio. Use it with the [Get audio Project API](https://docs.magichour.ai/api-reference/audio-projects/get-audio-details) to fetch status and downloads."""

    name: str | None
    """The name of the audio."""

    status: (
        typing.Literal["draft", "queued", "rendering", "complete", "error", "canceled"]
        | str
    )
    """The status of the audio.

    - `draft` - the project was created but has not been submitted for rendering
    - `queued` - the job is waiting for an available server
    - `rendering` - the job is being processed; the `audio.started` webhook event fires when rendering begins
    - `complete` - the job finished successfully; fires `audio.completed`
    - `error` - the job failed during processing; fires `audio.errored`
    - `canceled` - the job was manually canceled (for example from the Magic Hour web app)

    **Note:** `rendering`, `complete`, and `error` have matching webhook events; `canceled` does not - a canceled job emits no webhook event, so poll this endpoint to detect cancellation."""

    type_: str = pydantic.Field(alias="type")
    """The type of the audio project. Possible values are VOICE_GENERATOR, VOICE_CHANGER, VOICE_CLONER, VIDEO_TO_AUDIO, MUSIC_GENERATOR"""
