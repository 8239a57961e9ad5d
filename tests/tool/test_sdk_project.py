"""The SDK as a distribution: configured names and metadata reach it, and it always builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
import yaml

from generator.cli import main

SPEC = {
    "openapi": "3.0.3",
    "info": {
        "title": "Acme API",
        "version": "1",
        "description": "The Acme API.",
        "license": {"name": "MIT"},
        "contact": {"name": "Acme", "email": "api@acme.example", "url": "https://acme.example"},
    },
    "externalDocs": {"url": "https://docs.acme.example"},
    "servers": [{"url": "https://api.acme.example"}],
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
    "security": [{"key": []}],
    "paths": {
        "/things/{id}": {
            "get": {
                "summary": "Get a thing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "The thing",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


def write_spec(folder: Path, version: str = "1") -> Path:
    document = {**SPEC, "info": {**SPEC["info"], "version": version}}
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def test_configuration_reaches_the_sdk_and_it_builds_and_passes_twine_check(
    tmp_path: Path,
) -> None:
    spec = write_spec(tmp_path)
    (tmp_path / "openapi-python-sdk.toml").write_text(
        'package = "acme_sdk"\n'
        'distribution = "acme-python"\n'
        'version = "2.0.0"\n'
        'env-prefix = "ACME"\n'
        'client-class = "Acme"\n'
        "timeout = 12.5\n"
        "max-retries = 4\n"
        'urls = {Changelog = "https://acme.example/changes"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "sdk"
    assert main(["generate", str(spec), "--out", str(out)]) == 0

    project = tomllib.loads((out / "pyproject.toml").read_text())["project"]
    assert (project["name"], project["version"]) == ("acme-python", "2.0.0")
    assert project["description"] == "Python SDK for the Acme API"
    assert project["license"] == "MIT"
    assert project["authors"] == [{"name": "Acme", "email": "api@acme.example"}]
    assert project["urls"] == {"Changelog": "https://acme.example/changes"}
    values = (out / "acme_sdk" / "_sdk.py").read_text()
    assert "DEFAULT_TIMEOUT = 12.5" in values and "DEFAULT_MAX_RETRIES = 4" in values
    client = (out / "acme_sdk" / "client.py").read_text()
    assert "class Acme:" in client and "class AsyncAcme:" in client
    assert '"ACME_API_KEY"' in client
    readme = (out / "README.md").read_text()
    assert "(12.5 by default)" in readme and "(default 4)" in readme

    run(sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"), str(out), cwd=tmp_path)
    built = sorted(path.name for path in (tmp_path / "dist").iterdir())
    assert built == ["acme_python-2.0.0-py3-none-any.whl", "acme_python-2.0.0.tar.gz"]
    checked = run(sys.executable, "-m", "twine", "check", "--strict", "dist/*", cwd=tmp_path)
    assert checked.stdout.count("PASSED") == 2


@pytest.mark.parametrize(
    ("written", "used"), [("beta", "0.0.0"), ("latest", "0.0.0"), ("2024-06-20", "2024.6.20")]
)
def test_an_info_version_pip_refuses_still_gives_an_sdk_pip_builds(
    tmp_path: Path, written: str, used: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sdk"
    assert main(["generate", str(write_spec(tmp_path, written)), "--out", str(out)]) == 0
    assert f"the SDK is versioned {used}" in capsys.readouterr().err
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--wheel-dir",
        str(tmp_path / "wheels"),
        str(out),
        cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "wheels").iterdir()
    assert wheel.name == f"acme-{used}-py3-none-any.whl"
