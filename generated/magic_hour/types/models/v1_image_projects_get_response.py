"""Success"""

import datetime
import typing

import pydantic

from magic_hour._core import SDKModel

from .v1_image_projects_get_response_downloads_item import (
    V1ImageProjectsGetResponseDownloadsItem,
)
from .v1_image_projects_get_response_error import V1ImageProjectsGetResponseError


class V1ImageProjectsGetResponse(SDKModel):
    """Success"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    created_at: datetime.datetime

    credits_charged: int
    """The amount of credits deducted from your account to generate the image. We charge credits right when the request is made.

    If an error occurred while generating the image(s), credits will be refunded and this field will be updated to include the refund."""

    downloads: list[V1ImageProjectsGetResponseDownloadsItem]

    enabled: bool
    """Whether this resource is active. If false, it is deleted."""

    error: V1ImageProjectsGetResponseError | None
    """In the case of an error, this object will contain the error encountered during video render"""

    id: str
    """Unique ID of the image. Use it with the [Get image Project API](https://docs.magichour.ai/api-reference/image-projects/get-image-details) to fetch status and downloads."""

    image_count: int
    """Number of images generated"""

    name: str | None
    """The name of the image."""

    status: (
        typing.Literal["draft", "queued", "rendering", "complete", "error", "canceled"]
        | str
    )
    """The status of the image.

    - `draft` - the project was created but has not been submitted for rendering
    - `queued` - the job is waiting for an available server
    - `rendering` - the job is being processed; the `image.started` webhook event fires when rendering begins
    - `complete` - the job finished successfully; fires `image.completed`
    - `error` - the job failed during processing; fires `image.errored`
    - `canceled` - the job was manually canceled (for example from the Magic Hour web app)

    **Note:** `rendering`, `complete`, and `error` have matching webhook events; `canceled` does not - a canceled job emits no webhook event, so poll this endpoint to detect cancellation."""

    type_: str = pydantic.Field(alias="type")
    """The type of the image project. Possible values are FACE_EDITOR, AI_IMAGE_EDITOR, AI_SELFIE, AI_HEADSHOT, AI_INFLUENCER, AI_IMAGE, AI_MEME, CLOTHES_CHANGER, BACKGROUND_REMOVER, FACE_SWAP, IMAGE_UPSCALER, IMAGE_ENHANCER, AI_GIF, QR_CODE, PHOTO_EDITOR, PHOTO_COLORIZER, HEAD_SWAP, BODY_SWAP, STORYBOARD, IMAGE_EXPANDER"""
