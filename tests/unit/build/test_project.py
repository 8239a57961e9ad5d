"""The SDK's names, version and distribution metadata: configured, else from the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.build.context import Warnings
from generator.build.project import names, project, sdk_version
from generator.config import Author, Config
from generator.spec.refs import Ref

ROOT = Ref(Path("/specs/openapi.yaml"), "")


@pytest.mark.parametrize(
    ("written", "used", "warned"),
    [
        ("1.2.3", "1.2.3", False),
        ("v2.0", "v2.0", False),  # PEP 440 accepts a leading v
        ("2.0.0-beta.1", "2.0.0-beta.1", False),
        ("2024-06-20", "2024.6.20", True),
        ("beta", "0.0.0", True),
        ("latest", "0.0.0", True),
        ("", "0.0.0", True),
    ],
)
def test_the_version_is_always_pep_440(written: str, used: str, warned: bool) -> None:
    warnings = Warnings()
    assert sdk_version(Config(), {"version": written}, ROOT, warnings) == used
    assert bool(warnings.items) == warned
    if warned:
        (warning,) = warnings.items
        assert warning.pointer == "openapi.yaml#/info/version"
        assert f"versioned {used}" in warning.message and "set `version`" in warning.message


def test_a_configured_version_wins_without_a_warning() -> None:
    warnings = Warnings()
    assert sdk_version(Config(version="3.0.0"), {"version": "beta"}, ROOT, warnings) == "3.0.0"
    assert warnings.items == []


def test_names_come_from_the_package_not_from_prose() -> None:
    chosen = names(Config(), "Magic Hour API")
    assert (chosen.package, chosen.dist_name, chosen.env_prefix) == (
        "magic_hour",
        "magic-hour",
        "MAGIC_HOUR",
    )
    assert chosen.error_base == "MagicHourError"
    assert chosen.client_names == ("Client", "AsyncClient")
    configured = names(
        Config(package="mh", distribution="mh-sdk", env_prefix="MH", client_class="MagicHour"),
        "Anything at all",
    )
    assert (configured.package, configured.dist_name, configured.env_prefix) == (
        "mh",
        "mh-sdk",
        "MH",
    )
    assert configured.client_names == ("MagicHour", "AsyncMagicHour")
    assert configured.error_base == "MhError"


SPEC: dict[str, Any] = {
    "info": {
        "title": "Acme API",
        "version": "1",
        "license": {"name": "Apache 2.0"},
        "contact": {"name": "Acme", "email": "api@acme.example", "url": "https://acme.example"},
        "termsOfService": "https://acme.example/terms",
    },
    "externalDocs": {"url": "https://docs.acme.example"},
}


def test_metadata_comes_from_the_spec() -> None:
    found = project(Config(), SPEC, "Acme API")
    assert found.description == "Python SDK for the Acme API"  # not "Acme API API"
    assert found.license == ""  # "Apache 2.0" is not an SPDX expression
    assert found.authors == ((("name", "Acme"), ("email", "api@acme.example")),)
    assert found.urls == (
        ("Homepage", "https://acme.example"),
        ("Documentation", "https://docs.acme.example"),
        ("Terms of Service", "https://acme.example/terms"),
    )
    assert "Typing :: Typed" in found.classifiers
    spdx = project(Config(), {"info": {"license": {"name": "x", "identifier": "mit"}}}, "X")
    assert spdx.license == "MIT"


def test_configured_metadata_replaces_the_spec_s() -> None:
    configured = project(
        Config(
            description="Acme's own SDK",
            license="MIT",
            authors=(Author(email="sdk@acme.example"),),
            urls=(("Source", "https://git.acme.example"),),
            classifiers=(),
        ),
        SPEC,
        "Acme API",
    )
    assert configured.description == "Acme's own SDK"
    assert configured.license == "MIT"
    assert configured.authors == ((("email", "sdk@acme.example"),),)
    assert configured.urls == (("Source", "https://git.acme.example"),)
    assert configured.classifiers == ()
