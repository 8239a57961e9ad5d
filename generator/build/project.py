"""The SDK as a distribution and its own names: from the configuration, else from the spec.

Names users import (the package, the client classes, the base exception) never come from prose
fields such as `info.title` alone when the provider configured them, and the version is always a
valid PEP 440 version, so that `pip install` accepts the SDK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from ..config import CONFIG_FILE, Config
from ..model import naming
from ..model.api import Project
from ..spec.refs import Ref, jp_ref
from .context import Warnings

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
_CLASSIFIERS = (
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Typing :: Typed",
)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Names:
    package: str
    dist_name: str
    env_prefix: str
    client_names: tuple[str, str]
    error_base: str


def names(config: Config, title: str) -> Names:
    package = config.package or naming.package_name(title)
    client = config.client_class or "Client"
    return Names(
        package=package,
        dist_name=config.distribution or naming.distribution_name(package),
        env_prefix=config.env_prefix or naming.constant(package),
        client_names=(client, config.async_client_class or f"Async{client}"),
        error_base=naming.error_base_name(package),
    )


def sdk_version(config: Config, info: dict[str, Any], root: Ref, warnings: Warnings) -> str:
    """The configured version, else `info.version` if it is PEP 440, else one made from it."""
    if config.version is not None:
        return config.version
    written = str(info.get("version") or "")
    try:
        Version(written)
        return written
    except InvalidVersion:
        pass
    date = _DATE.match(written.strip())
    used = f"{date[1]}.{int(date[2])}.{int(date[3])}" if date else "0.0.0"
    warnings.warn(
        jp_ref(root, "info", "version"),
        f"info.version {written!r} is not a PEP 440 version, which pip requires; the SDK is "
        f"versioned {used} (set `version` in {CONFIG_FILE}, or pass --sdk-version)",
    )
    return used


def project(config: Config, spec: dict[str, Any], title: str) -> Project:
    """What the SDK's pyproject.toml says about it besides its name and version."""
    info = spec.get("info") or {}
    found_contact = info.get("contact")
    contact: dict[str, Any] = found_contact if isinstance(found_contact, dict) else {}
    authors = config.authors
    authors_pairs: tuple[tuple[tuple[str, str], ...], ...]
    if authors is None:
        author = tuple(
            (key, str(contact[key])) for key in ("name", "email") if isinstance(contact.get(key), str)
        )
        authors_pairs = (author,) if author else ()
    else:
        authors_pairs = tuple(
            tuple((key, value) for key, value in (("name", a.name), ("email", a.email)) if value)
            for a in authors
        )
    urls = config.urls
    if urls is None:
        found = []
        if isinstance(contact.get("url"), str):
            found.append(("Homepage", contact["url"]))
        docs = spec.get("externalDocs")
        if isinstance(docs, dict) and isinstance(docs.get("url"), str):
            found.append(("Documentation", docs["url"]))
        if isinstance(info.get("termsOfService"), str):
            found.append(("Terms of Service", info["termsOfService"]))
        urls = tuple(found)
    return Project(
        description=config.description or f"Python SDK for the {naming.api_phrase(title)}",
        license=config.license if config.license is not None else _spec_license(info),
        authors=authors_pairs,
        urls=urls,
        classifiers=config.classifiers if config.classifiers is not None else _CLASSIFIERS,
    )


def _spec_license(info: dict[str, Any]) -> str:
    """`info.license` as an SPDX expression, or "" when it is not one."""
    license_info = info.get("license")
    if not isinstance(license_info, dict):
        return ""
    for key in ("identifier", "name"):
        value = license_info.get(key)
        if isinstance(value, str):
            try:
                return str(canonicalize_license_expression(value))
            except InvalidLicenseExpression:
                continue
    return ""
