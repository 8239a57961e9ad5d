"""Regeneration through Magic Hour's published versions, with hand-written code in the SDK.

The SDK is generated from the oldest of the five earlier versions in
`../shared/magic-hour/history/`, given a custom region and a custom module, and regenerated from
each later version and the current one in turn. At every step: the custom code is carried over
byte for byte, or the run says exactly where it broke (a custom module that uses a resource the
new version dropped is a warning naming the file and line, never "0 warnings"); the diff names
every resource the step added or removed; the changelog gains the entry; every operation of the
spec is in the SDK; and the whole SDK passes `mypy --strict`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONFIG, ROOT

from generator.cli import main

HISTORY = ROOT.parent / "shared" / "magic-hour"
VERSIONS = [*sorted((HISTORY / "history").glob("*.json")), HISTORY / "openapi.json"]
PROJECTS_CLIENT = "magic_hour/resources/v1/video_projects/client.py"
CUSTOM_MODULE = "magic_hour/custom/extras.py"
REGION = "    def label(self) -> str:\n        return 'video projects, hand-written'\n"
# Uses a resource the second version drops (`ai_photo_editor`), and one that stays.
CUSTOM_CODE = (
    "from magic_hour import Client\n"
    "\n"
    "\n"
    "def status_of(client: Client, project_id: str) -> str:\n"
    "    return client.v1.video_projects.get(id=project_id).status\n"
    "\n"
    "\n"
    "def photo_editor(client: Client) -> object:\n"
    "    return client.v1.ai_photo_editor\n"
)
BROKEN_LINE = CUSTOM_CODE.splitlines().index("    return client.v1.ai_photo_editor") + 1

pytestmark = pytest.mark.skipif(
    len(VERSIONS) != 6, reason="the published versions are in ../shared/magic-hour"
)


def _operations(spec: Path) -> int:
    methods = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}
    paths = json.loads(spec.read_text(encoding="utf-8"))["paths"]
    return sum(1 for item in paths.values() for method in item if method in methods)


def _resources(sdk: Path) -> set[str]:
    return {p.parent.name for p in (sdk / "magic_hour" / "resources" / "v1").glob("*/client.py")}


def _config(folder: Path, version: str) -> Path:
    """The SDK's configuration, at a release `version` (as its owner bumps it each release)."""
    text = CONFIG.read_text(encoding="utf-8")
    path = folder / f"config-{version}.toml"
    path.write_text(re.sub(r'^version = ".*"$', f'version = "{version}"', text, flags=re.M))
    return path


def _generate(spec: Path, sdk: Path, config: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["generate", str(spec), "--out", str(sdk), "--config", str(config)]) == 0
    return capsys.readouterr().err


def _add_region(sdk: Path) -> None:
    client = sdk / PROJECTS_CLIENT
    text = client.read_text(encoding="utf-8")
    begin = re.search(r"^ *# @custom-begin VideoProjectsClient\b.*\n", text, re.MULTILINE)
    assert begin is not None, "the projects client has no custom region"
    client.write_text(text[: begin.end()] + REGION + text[begin.end() :], encoding="utf-8")


def _mypy(sdk: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "magic_hour"],
        cwd=sdk,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_regenerating_through_every_published_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sdk = tmp_path / "sdk"
    cache = tmp_path / "mypy-cache"
    release = "1.0.0"
    _generate(VERSIONS[0], sdk, _config(tmp_path, release), capsys)
    _add_region(sdk)
    (sdk / CUSTOM_MODULE).parent.mkdir()
    (sdk / CUSTOM_MODULE).write_text(CUSTOM_CODE, encoding="utf-8")
    assert _mypy(sdk, cache).returncode == 0

    for steps, (old, new) in enumerate(zip(VERSIONS, VERSIONS[1:], strict=False)):
        step = f"{old.name} -> {new.name}"
        before = _resources(sdk)
        assert main(["diff", str(old), str(new), "--config", str(_config(tmp_path, release))]) in (
            0,
            1,
        )
        report = capsys.readouterr().out
        config = _config(tmp_path, release)
        summary = _generate(new, sdk, config, capsys)
        after = _resources(sdk)

        # Every operation of the new version is in the SDK, none left out silently.
        assert f"{_operations(new)} operations" in summary, step
        assert ", 0 left out" in summary, step
        # The diff names what the step added and removed.
        for name in sorted(after - before):
            assert f"Resource added: `client.v1.{name}`" in report, f"{step}: {name}"
        for name in sorted(before - after):
            assert f"Resource removed: `client.v1.{name}`" in report, f"{step}: {name}"

        # Custom code is carried over; where it no longer fits, the run says where.
        assert REGION in (sdk / PROJECTS_CLIENT).read_text(encoding="utf-8"), step
        assert (sdk / CUSTOM_MODULE).read_text(encoding="utf-8").startswith(CUSTOM_CODE[:40])
        if "ai_photo_editor" in before - after:
            assert f"{CUSTOM_MODULE}:{BROKEN_LINE}" in summary, summary
            assert "0 warnings" not in summary, step
            # The owner fixes the custom module; later steps type-check it as it is.
            (sdk / CUSTOM_MODULE).write_text(CUSTOM_CODE.split("\n\n\ndef photo_editor")[0] + "\n")
            summary = _generate(new, sdk, config, capsys)
        assert CUSTOM_MODULE not in summary, f"{step}: {summary}"

        checked = _mypy(sdk, cache)
        assert checked.returncode == 0, f"{step}: mypy --strict\n{checked.stdout[-3000:]}"

        # The changelog gains an entry for the step: the release after the last one, as bumped
        # per the report (info.version stays "beta" throughout), which the owner then releases.
        arguments = ["changelog", str(old), str(new), "--out", str(sdk), "--config", str(config)]
        assert main([*arguments, "--old-config", str(config)]) == 0
        capsys.readouterr()
        headings = re.findall(r"^## (\S+)", (sdk / "CHANGELOG.md").read_text(), re.MULTILINE)
        bump = re.search(r"Implied version bump: \*\*(\w+)", report)
        assert bump is not None, report
        assert headings[0] == _bumped(release, bump[1]), f"{step}: {headings}"
        assert len(headings) == steps + 1 and len(set(headings)) == len(headings), headings
        release = headings[0]


def _bumped(version: str, bump: str) -> str:
    major, minor, patch = (int(part) for part in version.split("."))
    if bump == "major":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if bump == "minor" else f"{major}.{minor}.{patch + 1}"
