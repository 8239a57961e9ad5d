"""The SDK as a distribution: its names (configured, else from the title), a PEP 440 version
(with a located warning when info.version is not one), and its project metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.build.context import Warnings
from generator.build.project import (
    Names,
    names,
    project,
    sdk_version,
)
from generator.config import CONFIG_FILE, Author, Config
from generator.model.api import Project, Warning
from generator.spec.refs import Ref

ROOT = Ref(Path("/specs/spec.yaml"), "")


def test_names_come_from_the_title_unless_configured() -> None:
    assert names(Config(), "Magic Hour API") == Names(
        "magic_hour", "magic-hour", "MAGIC_HOUR", ("Client", "AsyncClient"), "MagicHourError"
    )
    configured = Config(
        package="mh",
        distribution="magic-hour-sdk",
        env_prefix="MH",
        client_class="MagicHour",
    )
    assert names(configured, "Magic Hour API") == Names(
        "mh", "magic-hour-sdk", "MH", ("MagicHour", "AsyncMagicHour"), "MhError"
    )
    assert names(Config(async_client_class="Later"), "X").client_names == ("Client", "Later")


@pytest.mark.parametrize("version", ["1.0.0", "0.3.1", "2.0.0rc1", "1!2.0", "2024.7.25"])
def test_a_pep_440_info_version_is_the_sdk_version(version: str) -> None:
    warnings = Warnings()
    assert sdk_version(Config(), {"version": version}, ROOT, warnings) == version
    assert warnings.items == []


@pytest.mark.parametrize(
    ("written", "used"), [("beta", "0.0.0"), ("", "0.0.0"), ("2024-07-25", "2024.7.25")]
)
def test_any_other_info_version_becomes_one_with_a_located_warning(written: str, used: str) -> None:
    warnings = Warnings()
    assert sdk_version(Config(), {"version": written}, ROOT, warnings) == used
    assert warnings.items == [
        Warning(
            "spec.yaml#/info/version",
            f"info.version {written!r} is not a PEP 440 version, which pip requires; the SDK is "
            f"versioned {used} (set `version` in {CONFIG_FILE}, or pass --sdk-version)",
        )
    ]


def test_a_configured_version_wins_without_a_warning() -> None:
    warnings = Warnings()
    assert sdk_version(Config(version="3.1.4"), {"version": "beta"}, ROOT, warnings) == "3.1.4"
    assert warnings.items == []


def test_project_metadata_from_the_spec() -> None:
    spec: dict[str, Any] = {
        "info": {
            "title": "Pets",
            "license": {"name": "mit"},
            "contact": {"name": "Ann", "email": "ann@pets.test", "url": "https://pets.test"},
            "termsOfService": "https://pets.test/terms",
        },
        "externalDocs": {"url": "https://docs.pets.test"},
    }
    result = project(Config(), spec, "Pets")
    assert result.description == "Python SDK for the Pets API"
    assert result.license == "MIT"  # canonical SPDX
    assert result.authors == ((("name", "Ann"), ("email", "ann@pets.test")),)
    assert result.urls == (
        ("Homepage", "https://pets.test"),
        ("Documentation", "https://docs.pets.test"),
        ("Terms of Service", "https://pets.test/terms"),
    )
    assert "Typing :: Typed" in result.classifiers


@pytest.mark.parametrize(
    ("license_info", "spdx"),
    [
        ({"identifier": "Apache-2.0", "name": "Apache"}, "Apache-2.0"),
        ({"name": "Not A License"}, ""),
        ("MIT", ""),  # not an object
        (None, ""),
    ],
)
def test_only_an_spdx_license_is_kept(license_info: Any, spdx: str) -> None:
    assert project(Config(), {"info": {"license": license_info}}, "X").license == spdx


def test_configured_metadata_wins() -> None:
    config = Config(
        description="Mine.",
        license="",
        authors=(Author("Bo", ""), Author("", "team@x.test")),
        urls=(("Source", "https://git.test"),),
        classifiers=("Private :: Do Not Upload",),
    )
    spec = {"info": {"license": {"name": "MIT"}, "contact": {"name": "Ann"}}}
    assert project(config, spec, "X") == Project(
        "Mine.",
        "",
        ((("name", "Bo"),), (("email", "team@x.test"),)),
        (("Source", "https://git.test"),),
        ("Private :: Do Not Upload",),
    )


def test_a_spec_without_contact_has_no_authors_or_urls() -> None:
    result = project(Config(), {"info": {"contact": "nobody"}}, "X API")
    assert (result.authors, result.urls) == ((), ())
    assert result.description == "Python SDK for the X API"

