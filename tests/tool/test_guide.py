"""docs/guide.md's sample CI workflow, run step by step on a repository like a provider's.

Its `run:` steps are taken from the guide as written and executed in order with bash, in a clone
of a small provider repository (so that `origin/main` exists), in a fresh virtual environment
where `$GENERATOR` names the wheel built from this checkout.
"""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from support.environments import Environment, checked

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide.md"

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Acme API", "version": "1.0.0"},
    "servers": [{"url": "https://api.acme.example"}],
    "paths": {
        "/things": {
            "get": {
                "summary": "List things",
                "responses": {"200": {"description": "The things"}},
            }
        },
        "/things/{id}": {
            "delete": {
                "summary": "Delete a thing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "Deleted"}},
            }
        },
    },
}


def workflow_steps() -> list[str]:
    """The guide's workflow: the shell of each `run:` step, in order."""
    blocks = re.findall(r"^```yaml\n(.*?)^```$", GUIDE.read_text(encoding="utf-8"), re.S | re.M)
    (workflow,) = [yaml.safe_load(block) for block in blocks if "jobs:" in block]
    (job,) = workflow["jobs"].values()
    return [step["run"] for step in job["steps"] if "run" in step]


def git(*arguments: str, cwd: Path) -> None:
    checked(
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *arguments],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
    )


def commit_spec(repository: Path, spec: dict[str, Any], message: str) -> None:
    (repository / "openapi.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    # The provider's own step after editing the spec: regenerate and commit both.
    assert main(["generate", "openapi.yaml", "--out", "sdk"]) == 0
    git("add", "-A", cwd=repository)
    git("commit", "-q", "-m", message, cwd=repository)


@pytest.fixture
def provider(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clone of a provider repository whose main branch has the spec and its SDK."""
    base = tmp_path / "base"
    base.mkdir()
    git("init", "-q", "-b", "main", cwd=base)
    monkeypatch.chdir(base)
    commit_spec(base, SPEC, "The API and its SDK")
    clone = tmp_path / "clone"
    git("clone", "-q", str(base), str(clone), cwd=tmp_path)
    git("checkout", "-q", "-b", "change", cwd=clone)
    monkeypatch.chdir(clone)
    return clone


def run_workflow(clone: Path, environment: Environment, wheel: Path) -> list[int]:
    """Each step's exit code; the steps after a failing one do not run, as in CI."""
    runner_temp = environment.root / "runner"
    runner_temp.mkdir(exist_ok=True)
    codes = []
    for script in workflow_steps():
        result = environment.run(
            f"set -eo pipefail\n{script}",
            cwd=clone,
            shell=True,
            GENERATOR=str(wheel),
            GITHUB_BASE_REF="main",
            RUNNER_TEMP=str(runner_temp),
        )
        codes.append(result.returncode)
        if result.returncode != 0:
            break
    return codes


def test_the_guide_has_the_workflow_it_describes() -> None:
    steps = workflow_steps()
    assert [step.split()[0] for step in steps] == ["python", "openapi-python-sdk", "git", "python"]
    assert "--fail-on-breaking" in steps[2]


@pytest.fixture(scope="module")
def ci(tmp_path_factory: pytest.TempPathFactory) -> Environment:
    """One runner for the module: each workflow run installs the generator into it again."""
    return Environment(tmp_path_factory.mktemp("runner"))


def test_a_compatible_change_passes_every_step(
    provider: Path, generator_wheel: Path, ci: Environment
) -> None:
    changed = copy.deepcopy(SPEC)
    changed["paths"]["/things"]["get"]["parameters"] = [
        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    ]
    commit_spec(provider, changed, "An optional limit")
    assert run_workflow(provider, ci, generator_wheel) == [0, 0, 0, 0]


def test_a_breaking_change_fails_the_diff_step(
    provider: Path, generator_wheel: Path, ci: Environment
) -> None:
    changed = copy.deepcopy(SPEC)
    del changed["paths"]["/things/{id}"]
    commit_spec(provider, changed, "No more deleting")
    assert run_workflow(provider, ci, generator_wheel) == [0, 0, 1]


def test_a_stale_sdk_fails_the_check_step(
    provider: Path, generator_wheel: Path, ci: Environment
) -> None:
    changed = copy.deepcopy(SPEC)
    changed["paths"]["/things"]["get"]["summary"] = "List every thing"
    (provider / "openapi.yaml").write_text(yaml.safe_dump(changed), encoding="utf-8")
    git("commit", "-q", "-am", "The spec changed, the SDK was not regenerated", cwd=provider)
    assert run_workflow(provider, ci, generator_wheel) == [0, 1]
