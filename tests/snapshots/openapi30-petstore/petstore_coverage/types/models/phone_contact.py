"""The `PhoneContact` schema."""

import pydantic

from petstore_coverage._core import SDKModel


class PhoneContact(SDKModel):
    """The `PhoneContact` schema."""

    # Fields the spec does not list yet are kept, not rejected: servers move ahead of specs.
    model_config = pydantic.ConfigDict(extra="allow")

    phone: str

    sms_allowed: bool | None = None
