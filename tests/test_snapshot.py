"""`generated/` is the snapshot: it must be byte for byte what the generator writes for the spec."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, SPEC, load_magic_hour_spec, write_magic_hour_spec

from generator.cli import compare
from generator.output.custom import carry_over
from generator.output.write import with_manifest
from generator.pipeline import generate

HAND_WRITTEN = {"CHANGELOG.md"}
ACCEPT = "run `make generate` and commit generated/ to accept the change"


def test_generated_folder_matches_the_spec() -> None:
    # Custom regions (hand-written code in generated files) are part of the snapshot.
    expected = with_manifest(carry_over(generate(SPEC).files, GENERATED))
    differences = compare(expected, GENERATED)
    assert not differences, f"generated/ is stale ({ACCEPT}):\n" + "\n".join(differences)


def test_files_on_disk_that_are_not_generated_are_hand_written() -> None:
    expected = set(with_manifest(generate(SPEC).files))
    on_disk = {
        path.relative_to(GENERATED).as_posix()
        for path in GENERATED.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    # Whatever the generator does not write is the provider's own: the changelog and the
    # custom modules. Anything else would be a stale generated file nobody maintains.
    assert sorted(on_disk - expected) == sorted(HAND_WRITTEN)
    assert sorted(expected - on_disk) == [], f"generated files missing from generated/ ({ACCEPT})"


def _shuffled(value: object, rng: random.Random) -> object:
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {key: _shuffled(item, rng) for key, item in items}
    if isinstance(value, list):
        return [_shuffled(item, rng) for item in value]
    return value


@pytest.mark.parametrize("seed", [1, 2])
def test_output_does_not_depend_on_the_order_of_keys(tmp_path: Path, seed: int) -> None:
    shuffled = _shuffled(load_magic_hour_spec(), random.Random(seed))
    path = write_magic_hour_spec(shuffled, tmp_path)
    assert generate(path).files == generate(SPEC).files


def test_check_command_fails_after_a_one_word_change_in_a_description(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    described = "Give your video a custom name for easy identification."
    changed = text.replace(described, "Give your video a custom title for easy identification.", 1)
    assert changed != text
    spec = write_magic_hour_spec(json.loads(changed), tmp_path)

    def check(spec_path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "generator", "check", str(spec_path), "--out", str(GENERATED)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    assert check(SPEC).returncode == 0
    result = check(spec)
    assert result.returncode == 1
    assert "-| `name` | ✗ | Give your video a custom name" in result.stdout
    assert "+| `name` | ✗ | Give your video a custom title" in result.stdout
    assert "make generate" in result.stderr


def test_the_runtime_is_copied_into_the_sdk_byte_for_byte() -> None:
    runtime = ROOT / "runtime"
    sources = sorted(path.name for path in runtime.glob("*.py"))
    copied = sorted(path.name for path in (GENERATED / "magic_hour" / "_core").glob("*.py"))
    assert copied == sources
    for name in sources:
        assert (GENERATED / "magic_hour" / "_core" / name).read_bytes() == (
            runtime / name
        ).read_bytes(), name


def test_the_runtime_is_formatted_as_generated_code_is() -> None:
    # Copied verbatim, so it must already be what the format stage would make of it.
    from generator.emit.format import format_python

    for path in sorted((ROOT / "runtime").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert format_python(path.name, source) == source, f"runtime/{path.name}: run black -l 88"


SEED_PAGE = ROOT.parent / "shared" / "seed-lip-sync-reference.md"
LIP_SYNC_PAGE = GENERATED / "magic_hour" / "resources" / "v1" / "lip_sync" / "README.md"


def _form(markdown: str) -> list[str]:
    """The form of the `create` section: its headings, the table's header, the endpoint line."""
    heading = re.search(r'^### .* <a name="create"></a>$', markdown, re.MULTILINE)
    assert heading is not None, "no create section"
    section = markdown[heading.start() :].split("\n#### Errors")[0]
    kept = ("#", "| Parameter |", "|-----", "**API Endpoint**")
    return [
        re.sub(r"\[.*\]\(.*\)", "[link]", line) if line.startswith("[") else line
        for line in section.splitlines()
        if line.startswith(kept) or line.startswith("[V1")
    ]


@pytest.mark.skipif(not SEED_PAGE.exists(), reason="the seed page is in ../shared")
def test_the_lip_sync_page_keeps_the_form_of_magic_hours_reference() -> None:
    """Users of magic-hour find the page they know: same headings in the same order, the same
    table, the endpoint line, the response type and example; and every argument of the seed's
    example that the API still has."""
    seed = SEED_PAGE.read_text(encoding="utf-8")
    ours = LIP_SYNC_PAGE.read_text(encoding="utf-8")
    # The seed's Python headings are the first "#" lines inside its code blocks: drop those.
    seed_form = [line for line in _form(seed) if not line.startswith("# ")]
    assert _form(ours) == [line for line in seed_form if not line.startswith("#### Errors")]
    # `height` and `width` left the API after the seed was written (the spec's history says so).
    seed_arguments = set(re.findall(r"^    (\w+)=", seed, re.MULTILINE)) - {"height", "width"}
    our_arguments = set(re.findall(r"^    (\w+)=", ours, re.MULTILINE))
    assert seed_arguments <= our_arguments, seed_arguments - our_arguments
