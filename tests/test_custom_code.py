"""Hand-written code survives regeneration: custom regions and custom modules.

Generates the Magic Hour SDK into a temporary folder with the command line, adds code to
custom regions (Python and markdown) and a custom module, changes the spec (a description and
a new optional property), regenerates, and finds every addition intact byte for byte. Then the
lip-sync operation is removed from the spec: its regions hold code with nowhere to go, so
generation stops with exit 1, names each file and region, and leaves the folder untouched.
(Region parsing and carry-over on small files: tests/unit/output/test_custom.py; what the writer
keeps and refuses: tests/unit/output/test_write.py; forged markers: tests/hostile/.)
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import GENERATED, ROOT, SPEC

LIP_SYNC_CLIENT = "magic_hour/resources/v1/lip_sync/client.py"
LIP_SYNC_README = "magic_hour/resources/v1/lip_sync/README.md"
PROJECTS_CLIENT = "magic_hour/resources/v1/video_projects/client.py"
CUSTOM_MODULE = "magic_hour/custom/extras.py"

# Region bodies with what could trip a carry-over: regex replacement syntax (\1, \g<0>),
# non-ASCII, blank lines and trailing spaces.
PYTHON_BODY = (
    "    def shout(self, text: str) -> str:\n"
    '        """Hand-written: kept by the generator."""\n'
    "        # a comment that mentions @custom markers in passing\n"
    '        return text.replace("a", r"\\1!") + " \\\\g<0> – ünïcödé"   \n'
    "\n"
    "    PATTERN = r'\\g<name> $1 \\\\'\n"
)
MARKDOWN_BODY = (
    '\n### Hand-written notes <a name="notes"></a>\n\n'
    "Kept *byte for byte*: `\\1`, `\\g<0>`, `$&`, tabs\there, and trailing spaces  \n"
)
MODULE_TEXT = (
    '"""A custom module: not in the manifest, so the generator keeps it."""\n\nVALUE = 42\n'
)


def run_generator(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", spec, "--out", out)


def region_span(text: str, name: str) -> tuple[int, int]:
    """Where the body of region ``name`` starts and ends (independent of generator.output.custom)."""
    begin = re.search(rf"^[ \t]*(?:#|<!--) @custom-begin {re.escape(name)}\b.*\n", text, re.M)
    assert begin is not None, f"no begin marker of {name!r}"
    end = re.compile(rf"^[ \t]*(?:#|<!--) @custom-end {re.escape(name)}\b", re.M)
    found = end.search(text, begin.end())
    assert found is not None, f"no end marker of {name!r}"
    return begin.end(), found.start()


def region_body(path: Path, name: str) -> str:
    text = path.read_text(encoding="utf-8")
    start, end = region_span(text, name)
    return text[start:end]


def put_in_region(path: Path, name: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = region_span(text, name)
    assert text[start:end] == "", f"region {name!r} of {path} is not empty"
    path.write_bytes((text[:start] + body + text[end:]).encode("utf-8"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def write_spec(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def changed_spec(tmp_path: Path) -> Path:
    """The spec with a reworded description and a new optional property of lip-sync."""
    spec = copy.deepcopy(load_spec())
    body = spec["paths"]["/v1/lip-sync"]["post"]["requestBody"]["content"]["application/json"]
    properties = body["schema"]["properties"]
    assert properties["name"]["description"] == "The name of video"
    properties["name"]["description"] = "The title of the video"
    properties["seed"] = {"type": "integer", "description": "Seed of the render", "example": 7}
    return write_spec(spec, tmp_path / "changed.yaml")


def without_lip_sync(tmp_path: Path) -> Path:
    spec = copy.deepcopy(load_spec())
    del spec["paths"]["/v1/lip-sync"]
    return write_spec(spec, tmp_path / "no-lip-sync.yaml")


def add_custom_code(out: Path) -> None:
    put_in_region(out / LIP_SYNC_CLIENT, "LipSyncClient", PYTHON_BODY)
    put_in_region(out / LIP_SYNC_README, "docs", MARKDOWN_BODY)
    put_in_region(out / PROJECTS_CLIENT, "AsyncVideoProjectsClient", PYTHON_BODY)
    (out / CUSTOM_MODULE).parent.mkdir(parents=True, exist_ok=True)
    (out / CUSTOM_MODULE).write_bytes(MODULE_TEXT.encode("utf-8"))


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    """The SDK generated from spec/magic-hour.yaml, with custom code added."""
    out = tmp_path / "sdk"
    result = generate(SPEC, out)
    assert result.returncode == 0, result.stderr
    add_custom_code(out)
    return out


def test_custom_regions_and_modules_survive_a_spec_change(sdk: Path, tmp_path: Path) -> None:
    result = generate(changed_spec(tmp_path), sdk)
    assert result.returncode == 0, result.stderr

    assert region_body(sdk / LIP_SYNC_CLIENT, "LipSyncClient") == PYTHON_BODY
    assert region_body(sdk / LIP_SYNC_README, "docs") == MARKDOWN_BODY
    assert region_body(sdk / PROJECTS_CLIENT, "AsyncVideoProjectsClient") == PYTHON_BODY
    assert (sdk / CUSTOM_MODULE).read_bytes() == MODULE_TEXT.encode("utf-8")
    # Empty regions stay empty.
    assert region_body(sdk / LIP_SYNC_CLIENT, "AsyncLipSyncClient") == ""
    # ... and the files around them did follow the spec.
    client = (sdk / LIP_SYNC_CLIENT).read_text(encoding="utf-8")
    assert "seed: int | NotGiven = NOT_GIVEN" in client
    assert "The title of the video" in client and "The name of video" not in client
    assert "| `seed` |" in (sdk / LIP_SYNC_README).read_text(encoding="utf-8")
    # The custom module is still the user's: not listed as generated.
    manifest = (sdk / ".sdk-generator-manifest").read_text(encoding="utf-8").splitlines()
    assert CUSTOM_MODULE not in manifest

    # The output, custom code included, is what the generator writes for the new spec.
    check = run_generator("check", tmp_path / "changed.yaml", "--out", sdk)
    assert check.returncode == 0, check.stdout + check.stderr
    # A second regeneration changes nothing at all.
    before = snapshot(sdk)
    assert generate(tmp_path / "changed.yaml", sdk).returncode == 0
    assert snapshot(sdk) == before


def test_the_shipped_lip_sync_helper_survives_a_spec_change(tmp_path: Path) -> None:
    """generated/ as committed (its lip-sync helper in regions and custom modules), after a
    regeneration from a changed spec, still holds the helper byte for byte and imports."""
    out = tmp_path / "sdk"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    custom = {
        path: (GENERATED / path).read_bytes()
        for path in ("magic_hour/custom/__init__.py", "magic_hour/custom/lip_sync.py")
    }
    regions = {
        (path, name): region_body(GENERATED / path, name)
        for path, name in (
            (LIP_SYNC_CLIENT, "LipSyncClient"),
            (LIP_SYNC_CLIENT, "AsyncLipSyncClient"),
            (LIP_SYNC_README, "docs"),
        )
    }
    assert all(body.strip() for body in regions.values()), "the helper is missing from generated/"

    result = generate(changed_spec(tmp_path), out)
    assert result.returncode == 0, result.stderr

    for path, content in custom.items():
        assert (out / path).read_bytes() == content, path
    for (path, name), body in regions.items():
        assert region_body(out / path, name) == body, f"{path}: region {name}"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from magic_hour import Client, AsyncClient; "
            "from magic_hour.custom.lip_sync import generate_lip_sync; "
            "print(Client(token='t').v1.lip_sync.generate.__qualname__, "
            "AsyncClient(token='t').v1.lip_sync.generate.__qualname__)",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["LipSyncClient.generate", "AsyncLipSyncClient.generate"]


def test_custom_code_whose_anchor_disappears_is_reported_and_nothing_is_written(
    sdk: Path, tmp_path: Path
) -> None:
    before = snapshot(sdk)

    result = generate(without_lip_sync(tmp_path), sdk)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "custom code would lose its place" in result.stderr
    assert f"{LIP_SYNC_CLIENT}: region 'LipSyncClient'" in result.stderr
    assert f"{LIP_SYNC_README}: region 'docs'" in result.stderr
    # Regions that still have their place are not reported.
    assert PROJECTS_CLIENT not in result.stderr
    assert snapshot(sdk) == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".sdk.")]
    assert leftovers == [], "a staging or retired folder was left behind"
    # `check` reports the same conflict rather than a diff that would drop the code.
    check = run_generator("check", tmp_path / "no-lip-sync.yaml", "--out", sdk)
    assert check.returncode == 1
    assert f"{LIP_SYNC_CLIENT}: region 'LipSyncClient'" in check.stderr
    assert snapshot(sdk) == before


def test_removing_an_operation_whose_regions_are_empty_is_no_conflict(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    assert generate(SPEC, out).returncode == 0
    result = generate(without_lip_sync(tmp_path), out)
    assert result.returncode == 0, result.stderr
    assert not (out / LIP_SYNC_CLIENT).exists()


def test_broken_markers_stop_generation_instead_of_dropping_code(sdk: Path) -> None:
    # Each way markers break, with its place: tests/unit/output/test_custom.py.
    client = sdk / LIP_SYNC_CLIENT  # its region already holds custom code (the fixture)
    text = client.read_text(encoding="utf-8")
    client.write_text(
        text.replace("# @custom-end LipSyncClient", "# @custom-end LipSync"), encoding="utf-8"
    )
    before = snapshot(sdk)
    result = generate(SPEC, sdk)
    assert result.returncode == 1
    assert "markers are broken" in result.stderr and "closes no" in result.stderr
    assert LIP_SYNC_CLIENT in result.stderr
    assert snapshot(sdk) == before
