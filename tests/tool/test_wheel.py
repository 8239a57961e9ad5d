"""The generator as people install it: its wheel, in a fresh virtual environment, run anywhere.

The wheel is built from the checkout and installed alone (with its dependencies) into a new
virtual environment; every command then runs from an empty folder unrelated to the checkout, so
a file found only beside the repository's sources would fail here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from support.environments import Environment, checked

OFFICIAL_SPEC = ROOT.parent / "shared" / "magic-hour" / "openapi.json"
PREVIOUS_SPEC = ROOT.parent / "shared" / "magic-hour" / "history" / "48-2026-08-04-c130837.json"


@pytest.fixture(scope="module")
def installed(
    generator_wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Environment, Path]:
    environment = Environment(tmp_path_factory.mktemp("installed"))
    empty = environment.root / "empty"
    empty.mkdir()
    checked(
        environment.run(
            "python", "-m", "pip", "install", "--quiet", str(generator_wheel), cwd=empty
        )
    )
    return environment, empty


def test_version_and_help_name_the_command_as_invoked(installed: tuple[Environment, Path]) -> None:
    environment, empty = installed
    version = checked(environment.run("openapi-python-sdk", "--version", cwd=empty)).stdout
    assert version.startswith("openapi-python-sdk 0.")
    assert "black 26.10.1" in version and "ruff 0.17.6" in version
    usage = checked(environment.run("openapi-python-sdk", "--help", cwd=empty)).stdout
    assert usage.startswith("usage: openapi-python-sdk ")
    module_usage = checked(environment.run("python", "-m", "generator", "--help", cwd=empty)).stdout
    assert module_usage.startswith("usage: python -m generator ")


# Magic Hour's published specs are data beside the checkout (`../shared`), not in it.
needs_magic_hour = pytest.mark.skipif(
    not (OFFICIAL_SPEC.is_file() and PREVIOUS_SPEC.is_file()), reason=f"no {OFFICIAL_SPEC}"
)


@needs_magic_hour
def test_generate_check_and_diff_work_from_an_empty_folder(
    installed: tuple[Environment, Path],
) -> None:
    environment, empty = installed
    generated = checked(
        environment.run(
            "openapi-python-sdk", "generate", str(OFFICIAL_SPEC), "--out", "sdk", cwd=empty
        )
    )
    # Magic Hour's info.version is "beta": a warning says what the SDK is versioned instead.
    assert "info.version 'beta' is not a PEP 440 version" in generated.stderr
    assert "versioned 0.0.0" in generated.stderr
    sdk = empty / "sdk"
    assert (sdk / "magic_hour" / "_core" / "base_client.py").is_file()
    checked_run = environment.run(
        "openapi-python-sdk", "check", str(OFFICIAL_SPEC), "--out", "sdk", cwd=empty
    )
    assert "sdk is up to date" in checked(checked_run).stderr
    report = checked(
        environment.run(
            "openapi-python-sdk", "diff", str(PREVIOUS_SPEC), str(OFFICIAL_SPEC), cwd=empty
        )
    ).stdout
    assert report.startswith("# SDK changes: Magic Hour API")

    # The SDK it wrote installs with pip and imports.
    checked(environment.run("python", "-m", "pip", "install", "--quiet", str(sdk), cwd=empty))
    probe = checked(
        environment.run(
            "python",
            "-c",
            "import magic_hour, importlib.metadata as m; "
            "print(m.version('magic-hour'), magic_hour.__version__, magic_hour.Client.__name__)",
            cwd=environment.root,
        )
    )
    assert probe.stdout.split() == ["0.0.0", "0.0.0", "Client"]


@needs_magic_hour
@pytest.mark.parametrize("package", ["json", "a-b", "../x"])
def test_unusable_package_names_exit_2_before_anything_is_written(
    installed: tuple[Environment, Path], package: str
) -> None:
    environment, empty = installed
    result = environment.run(
        "openapi-python-sdk",
        "generate",
        str(OFFICIAL_SPEC),
        "--out",
        "refused",
        "--package",
        package,
        cwd=empty,
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: --package cannot be {package!r}: ")
    assert not (empty / "refused").exists()
