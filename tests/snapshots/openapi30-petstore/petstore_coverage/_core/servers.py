"""Server variables: ``Client(..., region="us")`` fills the chosen server's URL template.

The generated ``_sdk.py`` lists, per ``Environment`` member whose URL has variables
(the member's value has each at its default), the template and the defaults; the
client passes the values its caller chose (``None``: the default).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

__all__ = ["server_url"]

# A value that stays within its place in the URL (a host label, a path segment).
_VALUE = re.compile(r"[A-Za-z0-9._~-]+")


def server_url(
    environment: enum.Enum,
    templates: Mapping[str, tuple[str, Mapping[str, str]]],
    chosen: Mapping[str, tuple[str, str | None]],
) -> str:
    """The URL of ``environment`` with the variables the caller chose.

    ``chosen`` maps each variable (as the URL names it) to the argument that sets it
    and its value; a value given for a server that has no such variable is refused,
    so that an argument is never silently ignored.
    """
    url = str(environment.value)
    template, defaults = templates.get(environment.name, (url, {}))
    values = dict(defaults)
    for variable, (argument, value) in chosen.items():
        if value is None:
            continue
        if variable not in defaults:
            raise ValueError(
                f"{argument}={value!r}: the server {environment.name} ({url}) has no "
                f"{{{variable}}} to fill"
            )
        if not isinstance(value, str) or not _VALUE.fullmatch(value):
            raise ValueError(
                f"{argument} must be letters, digits, '.', '_', '~' or '-', "
                f"not {value!r}"
            )
        values[variable] = value
    for variable, value in values.items():
        template = template.replace("{" + variable + "}", value)
    return template
