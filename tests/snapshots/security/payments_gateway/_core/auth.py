"""Authentication schemes, and the redaction that keeps their secrets out of output.

Each scheme holds one credential (possibly unset) and knows how to apply it to a
request being built. The client picks which schemes to apply per operation from the
operation's security requirements; see ``BaseClient._select_auth``.

Credentials are checked when a scheme is made: one that cannot be sent as it is (a
trailing line break from ``open(path).read()``, a control character, a non-ASCII
character in a header) raises ``ValueError`` at once, with a message that names the
credential but never shows it. Known secrets are also scrubbed from the log records
of httpx and httpcore (see :func:`Redactor.watch_logs`).
"""

from __future__ import annotations

import abc
import base64
import dataclasses
import logging
import os
import re
import threading
import urllib.parse
import weakref
from collections.abc import Iterable, Mapping
from typing import Literal

import httpx

from .encoding import check_header

__all__ = [
    "check_credential",
    "credential",
    "ApiKeyAuth",
    "AuthScheme",
    "BasicAuth",
    "BearerAuth",
    "Redactor",
    "RequestParts",
]

REDACTED = "<redacted>"
_NOT_SET = "<not set>"
# Shorter secrets are not scrubbed from free text: replacing every occurrence of,
# say, "ab" would garble messages while protecting nothing real.
_MIN_SCRUB_LENGTH = 4


@dataclasses.dataclass
class RequestParts:
    """The parts of a request that authentication may add to."""

    headers: httpx.Headers
    params: list[tuple[str, str]]
    cookies: dict[str, str]


class AuthScheme(abc.ABC):
    """One way of authenticating (a security scheme of the API description).

    Attributes:
        hint: Tells a user how to supply the credential; shown when it is missing.
    """

    hint: str

    @property
    @abc.abstractmethod
    def is_set(self) -> bool:
        """Whether the credential is available (not ``None`` and not empty)."""

    @abc.abstractmethod
    def apply(self, parts: RequestParts) -> None:
        """Add the credential to ``parts``. Only called when :attr:`is_set`.

        What it adds must depend on the scheme alone: a client applies it once to
        the headers it shares between calls (``BaseClient._prepared_headers``).
        """

    @abc.abstractmethod
    def secrets(self) -> tuple[str, ...]:
        """Every string that must never appear in messages, logs or reprs."""

    def secret_query_params(self) -> frozenset[str]:
        """Names of query parameters whose values are secret."""
        return frozenset()


def _shown(value: str | None) -> str:
    return REDACTED if value else _NOT_SET


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# What a cookie value cannot hold (RFC 6265 cookie-octet), besides the above.
_COOKIE_SEPARATORS = re.compile(r'[;,"\\\s]')


def check_credential(
    value: str | None, what: str, hint: str, *, sent_as: str = "header"
) -> None:
    """Raise ``ValueError`` if ``value`` cannot be sent as it is.

    ``sent_as`` is where it goes: ``"header"`` and ``"cookie"`` take printable ASCII
    only, ``"query"`` and ``"basic"`` (base64-encoded) any printable text. The
    message names ``what`` and repeats ``hint``; it never contains the value.
    """
    if not value:
        return
    problem = None
    if value != value.strip():
        problem = (
            "starts or ends with whitespace (a line break read from a file?); "
            "remove it, e.g. with .strip()"
        )
    elif _CONTROL.search(value):
        problem = "contains a control character"
    elif sent_as in ("header", "cookie") and not value.isascii():
        problem = f"contains a non-ASCII character, which an HTTP {sent_as} cannot hold"
    elif sent_as == "cookie" and _COOKIE_SEPARATORS.search(value):
        problem = (
            'contains a character a cookie value cannot hold (; , " \\ or a space)'
        )
    if problem is not None:
        raise ValueError(f"the {what} {problem} ({hint})")


def credential(value: str | None, env_var: str) -> str | None:
    """The credential passed to the client, else the environment variable's."""
    return value if value is not None else os.environ.get(env_var)


class BearerAuth(AuthScheme):
    """``Authorization: Bearer <token>``, or another scheme whose credential is one
    token (``scheme="DSN"``: ``Authorization: DSN <token>``)."""

    def __init__(self, token: str | None, *, hint: str, scheme: str = "Bearer") -> None:
        check_credential(token, "bearer token", hint)
        self._token = token
        self._scheme = scheme
        self.hint = hint

    @property
    def is_set(self) -> bool:
        return bool(self._token)

    def apply(self, parts: RequestParts) -> None:
        parts.headers["Authorization"] = f"{self._scheme} {self._token}"

    def secrets(self) -> tuple[str, ...]:
        return (self._token,) if self._token else ()

    def __repr__(self) -> str:
        return f"BearerAuth(token={_shown(self._token)})"


class BasicAuth(AuthScheme):
    """HTTP Basic: ``Authorization: Basic base64(username:password)``.

    Set when ``username`` is given; a missing ``password`` is sent as empty, as
    APIs that take an API key as the username expect.
    """

    def __init__(
        self, username: str | None, password: str | None, *, hint: str
    ) -> None:
        check_credential(username, "user name", hint, sent_as="basic")
        check_credential(password, "password", hint, sent_as="basic")
        if username and ":" in username:
            raise ValueError(f"the user name must not contain ':' ({hint})")
        self._username = username
        self._password = password
        self.hint = hint

    @property
    def is_set(self) -> bool:
        return bool(self._username)

    def _encoded(self) -> str:
        raw = f"{self._username or ''}:{self._password or ''}".encode()
        return base64.b64encode(raw).decode("ascii")

    def apply(self, parts: RequestParts) -> None:
        parts.headers["Authorization"] = f"Basic {self._encoded()}"

    def secrets(self) -> tuple[str, ...]:
        # The username is often a key itself, so it is treated as secret too.
        found = [s for s in (self._username, self._password) if s]
        if found:
            found.append(self._encoded())
        return tuple(found)

    def __repr__(self) -> str:
        username, password = _shown(self._username), _shown(self._password)
        return f"BasicAuth(username={username}, password={password})"


class ApiKeyAuth(AuthScheme):
    """An API key sent in a header, a query parameter or a cookie named ``name``."""

    def __init__(
        self,
        value: str | None,
        *,
        location: Literal["header", "query", "cookie"],
        name: str,
        hint: str,
    ) -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(
                f"location must be 'header', 'query' or 'cookie', not {location!r}"
            )
        check_credential(value, f"API key {name!r}", hint, sent_as=location)
        self._value = value
        self.location = location
        self.name = name
        self.hint = hint

    @property
    def is_set(self) -> bool:
        return bool(self._value)

    def apply(self, parts: RequestParts) -> None:
        value = self._value or ""
        if self.location == "header":
            check_header(self.name, value, f"the API key header {self.name!r}")
            parts.headers[self.name] = value
        elif self.location == "query":
            # Replace, never duplicate, a parameter of the same name.
            parts.params[:] = [(k, v) for k, v in parts.params if k != self.name]
            parts.params.append((self.name, value))
        else:
            parts.cookies[self.name] = value

    def secrets(self) -> tuple[str, ...]:
        return (self._value,) if self._value else ()

    def secret_query_params(self) -> frozenset[str]:
        return frozenset({self.name}) if self.location == "query" else frozenset()

    def __repr__(self) -> str:
        return (
            f"ApiKeyAuth(value={_shown(self._value)}, location={self.location!r}, "
            f"name={self.name!r})"
        )


def _spellings(secret: str) -> set[str]:
    """``secret`` as it may appear in output: as is, and percent-encoded in a URL."""
    return {
        secret,
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret, safe=""),
        str(httpx.URL("", params={"k": secret})).partition("=")[2],
    }


class Redactor:
    """Removes credentials from URLs and free text before they are shown."""

    def __init__(self, schemes: Iterable[AuthScheme]) -> None:
        secrets: set[str] = set()
        params: set[str] = set()
        for scheme in schemes:
            secrets.update(scheme.secrets())
            params.update(scheme.secret_query_params())
        spelled = {form for secret in secrets for form in _spellings(secret)}
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(spelled, key=len, reverse=True)
        self._params = frozenset(p.lower() for p in params)
        self._all_secrets = frozenset(secrets)

    def watch_logs(self) -> None:
        """Scrub this redactor's secrets from httpx's and httpcore's log records too.

        httpx logs each request's URL at INFO (an API key sent as a query parameter
        included). The filter holds the redactor weakly: it stops when the client
        that owns it is gone.
        """
        if self._secrets:
            _LOG_FILTER.add(self)

    @classmethod
    def from_auth(cls, auth: Mapping[str, AuthScheme]) -> Redactor:
        return cls(auth.values())

    def text(self, value: str) -> str:
        """``value`` with every known secret replaced by ``<redacted>``."""
        for secret in self._secrets:
            if len(secret) >= _MIN_SCRUB_LENGTH:
                value = value.replace(secret, REDACTED)
        return value

    def url(self, url: httpx.URL | str) -> str:
        """``url`` as text, with userinfo and secret query values redacted."""
        parsed = httpx.URL(url) if isinstance(url, str) else url
        text = str(parsed)
        if parsed.userinfo:
            userinfo = parsed.userinfo.decode("ascii")
            text = text.replace(f"{userinfo}@", f"{REDACTED}@", 1)
        head, _, query = text.partition("#")[0].partition("?")
        if not query:
            return self.text(head)
        shown = []
        for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
            if key.lower() in self._params or value in self._all_secrets:
                shown.append(f"{urllib.parse.quote(key)}={REDACTED}")
            else:
                shown.append(urllib.parse.urlencode([(key, value)]))
        return self.text(f"{head}?{'&'.join(shown)}")


# Loggers of the HTTP stack that may see a request's URL or headers.
_HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
)


class _SecretsLogFilter(logging.Filter):
    """Rewrites records of the HTTP stack's loggers that contain a known secret."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()
        self._installed = False

    def add(self, redactor: Redactor) -> None:
        with self._lock:
            self._redactors.add(redactor)
            if not self._installed:
                for name in _HTTP_LOGGERS:
                    logging.getLogger(name).addFilter(self)
                self._installed = True

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            redactors = list(self._redactors)
        if not redactors:
            return True
        message = original = record.getMessage()
        for redactor in redactors:
            message = redactor.text(message)
        if message != original:
            record.msg, record.args = message, ()
        return True


_LOG_FILTER = _SecretsLogFilter()
