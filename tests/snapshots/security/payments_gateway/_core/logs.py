"""The logging switch: ``<PREFIX>_LOG=debug`` or ``info`` turns on the SDK's logger.

Clients call :func:`log_from_environment` as they are made. When the variable is set,
the SDK's logger (named after its package) gets a handler writing to standard error
and the level asked for, once per process; a handler already on the logger (the
application's own logging set-up) is kept, and none is added. Messages never hold a
credential: the client redacts them before they are logged.

At ``info``: each response (method, address, status, time) and each retry decision.
At ``debug`` also: each request, redirect and failed attempt.
"""

from __future__ import annotations

import logging
import os
import warnings

__all__ = ["LOG_FORMAT", "log_from_environment"]

# The SDK's own logger, named after its package: this module is ``<package>._core.logs``.
_LOGGER_NAME = __name__.rsplit(".", 2)[0]
LOG_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_done: set[str] = set()


def log_from_environment(variable: str) -> None:
    """Set up the SDK's logger as ``variable`` asks (``debug`` or ``info``), once."""
    if variable in _done:
        return
    _done.add(variable)
    value = os.environ.get(variable, "").strip()
    if not value:
        return
    level = _LEVELS.get(value.lower())
    if level is None:
        warnings.warn(
            f"{variable}={value!r} is not one of debug, info: logging is left as it is",
            stacklevel=3,
        )
        return
    logger = logging.getLogger(_LOGGER_NAME)
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
