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

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SPEC, load_magic_hour_spec, write_magic_hour_spec

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


NAME_DESCRIPTION = "Give your video a custom name for easy identification."


def changed_spec(tmp_path: Path) -> Path:
    """The spec with a reworded description and a new optional property of lip-sync."""
    spec = load_magic_hour_spec()
    body = spec["paths"]["/v1/lip-sync"]["post"]["requestBody"]["content"]["application/json"]
    properties = body["schema"]["properties"]
    assert properties["name"]["description"] == NAME_DESCRIPTION
    properties["name"]["description"] = "The title of the video"
    properties["seed"] = {"type": "integer", "description": "Seed of the render", "example": 7}
    return write_magic_hour_spec(spec, tmp_path, "changed.json")


def without_lip_sync(tmp_path: Path) -> Path:
    spec = load_magic_hour_spec()
    del spec["paths"]["/v1/lip-sync"]
    return write_magic_hour_spec(spec, tmp_path, "no-lip-sync.json")


def add_custom_code(out: Path) -> None:
    put_in_region(out / LIP_SYNC_CLIENT, "LipSyncClient", PYTHON_BODY)
    put_in_region(out / LIP_SYNC_README, "docs", MARKDOWN_BODY)
    put_in_region(out / PROJECTS_CLIENT, "AsyncVideoProjectsClient", PYTHON_BODY)
    (out / CUSTOM_MODULE).parent.mkdir(parents=True, exist_ok=True)
    (out / CUSTOM_MODULE).write_bytes(MODULE_TEXT.encode("utf-8"))


@pytest.fixture
def sdk(tmp_path: Path) -> Path:
    """The SDK generated from spec/magic-hour.json, with custom code added."""
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
    assert "The title of the video" in client and NAME_DESCRIPTION not in client
    assert "| `seed` |" in (sdk / LIP_SYNC_README).read_text(encoding="utf-8")
    # The custom module is still the user's: not listed as generated.
    manifest = (sdk / ".sdk-generator-manifest").read_text(encoding="utf-8").splitlines()
    assert CUSTOM_MODULE not in manifest

    # The output, custom code included, is what the generator writes for the new spec.
    check = run_generator("check", tmp_path / "changed.json", "--out", sdk)
    assert check.returncode == 0, check.stdout + check.stderr
    # A second regeneration changes nothing at all.
    before = snapshot(sdk)
    assert generate(tmp_path / "changed.json", sdk).returncode == 0
    assert snapshot(sdk) == before


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
    check = run_generator("check", tmp_path / "no-lip-sync.json", "--out", sdk)
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


# Custom code written against the SDK as it is: an argument of `create` and a response field.
CHECKED_BODY = (
    "    def named(self, name: str) -> str:\n"
    '        """Hand-written: creates a video with `name`."""\n'
    "        created = self.create(\n"
    '            assets={"audio_file_path": "a.mp3", "video_source": "youtube"},\n'
    "            start_seconds=0.0,\n"
    "            end_seconds=1.0,\n"
    "            name=name,\n"
    "        )\n"
    "        return created.id\n"
)
CHECKED_MODULE = (
    '"""A custom module using the SDK."""\n\n'
    "from magic_hour.types import models\n\n\n"
    "def credits(response: models.V1LipSyncCreateResponse) -> int:\n"
    "    return response.credits_charged\n"
)


def without_name_and_credits(tmp_path: Path) -> Path:
    """The spec without lip-sync's `name` argument and its response's `credits_charged`."""
    spec = load_magic_hour_spec()
    operation = spec["paths"]["/v1/lip-sync"]["post"]
    del operation["requestBody"]["content"]["application/json"]["schema"]["properties"]["name"]
    response = operation["responses"]["200"]["content"]["application/json"]["schema"]
    del response["properties"]["credits_charged"]
    response["required"].remove("credits_charged")
    return write_magic_hour_spec(spec, tmp_path, "breaking.json")


def checked_sdk(tmp_path: Path) -> Path:
    out = tmp_path / "sdk"
    assert generate(SPEC, out).returncode == 0
    put_in_region(out / LIP_SYNC_CLIENT, "LipSyncClient", CHECKED_BODY)
    (out / "magic_hour" / "credits.py").write_text(CHECKED_MODULE, encoding="utf-8")
    return out


def test_custom_code_that_the_new_sdk_breaks_is_reported_with_file_and_line(
    tmp_path: Path,
) -> None:
    out = checked_sdk(tmp_path)
    unchanged = generate(SPEC, out)
    assert unchanged.returncode == 0 and ", 0 warnings," in unchanged.stderr

    result = generate(without_name_and_credits(tmp_path), out)

    assert result.returncode == 0, result.stderr  # a warning: the code is kept, as it was
    text = (out / LIP_SYNC_CLIENT).read_text(encoding="utf-8")
    call_line = text.splitlines().index("        created = self.create(") + 1
    assert f"warning: {LIP_SYNC_CLIENT}:{call_line}:" in result.stderr
    assert 'Unexpected keyword argument "name"' in result.stderr
    assert "warning: magic_hour/credits.py:7:" in result.stderr
    assert '"credits_charged"' in result.stderr
    assert ", 0 warnings," not in result.stderr
    assert region_body(out / LIP_SYNC_CLIENT, "LipSyncClient") == CHECKED_BODY


def test_with_strict_a_break_in_custom_code_writes_nothing(tmp_path: Path) -> None:
    out = checked_sdk(tmp_path)
    before = snapshot(out)
    result = run_generator("generate", without_name_and_credits(tmp_path), "--out", out, "--strict")
    assert result.returncode == 1
    assert "custom code breaks against the regenerated SDK" in result.stderr
    assert f"{LIP_SYNC_CLIENT}:" in result.stderr and "magic_hour/credits.py:7:" in result.stderr
    assert snapshot(out) == before
