"""The download url and expiration date of the image project"""

import datetime

import pydantic

from magic_hour._core import SDKModel


class V1VideoProjectsGetResponseDownloadsItem(SDKModel):
    """The download url and expiration date of the image project"""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    expires_at: datetime.datetime

    url: str
