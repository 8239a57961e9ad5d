"""`$ref`s read only regular files inside the spec's folder (or `--spec-root`), each within a
size limit and at most `MAX_DOCUMENTS` of them; `$ref`s inside `x-` extensions are opaque.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from support.hostile import run_generator, thing_spec

from generator.errors import GeneratorError
from generator.pipeline import generate
from generator.spec import refs, validate, validator
from generator.spec.load import load_document

ROOT = Path(__file__).resolve().parents[2]


SECRET = "TOP-SECRET-CANARY-42"


def _refthing_spec(ref: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = thing_spec()
    media = spec["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": ref}
    spec.update(extra or {})
    return spec


def _run_cli(
    spec_path: Path, out: Path, *extra: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    """The command line's run and the CPU seconds it took."""
    run, cpu = run_generator(spec_path, out, *extra, cwd=ROOT, timeout=20)
    if run is None:
        pytest.fail(f"generating {spec_path.name} still ran after 20 s (a pipe read?)")
    return run, cpu


@pytest.fixture
def spec_folder(tmp_path: Path) -> Path:
    """`tmp/spec/` holds the spec; `tmp/outside.yaml` (a schema with a secret enum) is beside it."""
    (tmp_path / "outside.yaml").write_text(
        f"type: string\nenum: [{SECRET}]\nx: {{type: string, enum: [{SECRET}]}}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "spec"
    folder.mkdir()
    return folder


_OUTSIDE_REFS = {
    "absolute path": "@TMP@/outside.yaml",
    "absolute system file": "/etc/passwd",
    "parent folder": "../outside.yaml",
    "parent folder, percent-encoded": "%2E%2E/outside.yaml",
    "down then up": "sub/../../outside.yaml#/x",
    "symbolic link": "link.yaml",
    "symbolic link to a device": "zero.yaml",
    "device": "/dev/zero",
    "proc": "/proc/self/environ",
}


@pytest.mark.parametrize("case", sorted(_OUTSIDE_REFS))
def test_a_ref_cannot_leave_the_spec_folder(case: str, spec_folder: Path) -> None:
    (spec_folder / "link.yaml").symlink_to(spec_folder.parent / "outside.yaml")
    (spec_folder / "zero.yaml").symlink_to("/dev/zero")
    (spec_folder / "sub").mkdir()
    ref = _OUTSIDE_REFS[case].replace("@TMP@", str(spec_folder.parent))
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_refthing_spec(ref), indent=1), encoding="utf-8")
    out = spec_folder.parent / "out"
    run, cpu = _run_cli(spec_path, out)
    assert run.returncode == 1, run.stderr
    message = run.stderr.strip()
    assert message.startswith(f"error: {spec_path}:") and len(message.splitlines()) == 1, message
    assert f"$ref {ref!r}" in message and "outside the spec's folder" in message, message
    assert "(at /paths/~1things/get/responses/200/content/application~1json/schema" in message
    assert SECRET not in message and "root:" not in message
    assert not out.exists()
    assert cpu < 5, f"{cpu:.1f} s of CPU"


def test_spec_root_widens_the_folder_refs_may_read(spec_folder: Path) -> None:
    (spec_folder / "link.yaml").symlink_to(spec_folder.parent / "outside.yaml")
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_refthing_spec("link.yaml")), encoding="utf-8")
    run, _ = _run_cli(spec_path, spec_folder.parent / "out", "--spec-root", str(spec_folder.parent))
    assert run.returncode == 0, run.stderr
    run, _ = _run_cli(
        spec_path, spec_folder.parent / "out2", "--spec-root", str(spec_folder / "sub")
    )
    assert run.returncode == 2 and "is not inside --spec-root" in run.stderr, run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_ref_to_a_pipe_inside_the_folder_fails_at_once(spec_folder: Path) -> None:
    os.mkfifo(spec_folder / "pipe.yaml")  # opening it for reading would wait for a writer
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_refthing_spec("pipe.yaml")), encoding="utf-8")
    run, cpu = _run_cli(spec_path, spec_folder.parent / "out")
    assert run.returncode == 1
    assert "$ref 'pipe.yaml' cannot be loaded" in run.stderr and "not a regular file" in run.stderr
    assert cpu < 5, f"{cpu:.1f} s of CPU"


def test_the_spec_itself_is_read_with_a_hard_limit(tmp_path: Path) -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    run, cpu = _run_cli(zero, tmp_path / "out")  # endless, and its reported size is 0
    assert run.returncode == 1
    assert "larger than 67,108,864 bytes, the limit" in run.stderr, run.stderr
    assert cpu < 10, f"{cpu:.1f} s of CPU"


def test_a_file_that_fails_to_load_is_named_not_shown(spec_folder: Path) -> None:
    (spec_folder / "broken.yaml").write_text(
        f"password: {SECRET}\nlist: [unclosed, {SECRET}\n", encoding="utf-8"
    )
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_refthing_spec("broken.yaml#/x"), indent=1), encoding="utf-8")
    run, _ = _run_cli(spec_path, spec_folder.parent / "out")
    assert run.returncode == 1
    assert "$ref 'broken.yaml#/x' cannot be loaded" in run.stderr, run.stderr
    assert "broken.yaml:" in run.stderr and "invalid YAML" in run.stderr
    assert SECRET not in run.stderr


def test_refs_inside_extensions_are_left_alone(spec_folder: Path) -> None:
    if hasattr(os, "mkfifo"):
        os.mkfifo(spec_folder / "pipe.yaml")
    spec = _refthing_spec(
        "#/components/schemas/Thing",
        {"x-tagGroups": [{"$ref": "pipe.yaml"}], "x-dangling": {"$ref": "#/nowhere"}},
    )
    spec["info"]["x-logo"] = {"$ref": "/etc/passwd"}
    spec["paths"]["/things"]["get"]["x-codeSamples"] = {"$ref": "missing.yaml#/a"}
    thing = spec["components"]["schemas"]["Thing"]
    thing["x-ref"] = {"$ref": "../outside.yaml"}
    thing["properties"]["x-name"] = {"$ref": "#/components/schemas/Name"}  # a property: followed
    spec["components"]["schemas"]["Name"] = {"type": "string", "enum": ["n"]}
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    generated = generate(spec_path)
    thing_model = next(t for t in generated.api.object_types if t.name == "Thing")
    assert "x-name" in {f.wire_name for f in thing_model.fields}
    assert not any(SECRET in text or "root:" in text for text in generated.files.values())


def test_the_document_limit_stops_a_spec_of_many_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refs, "MAX_DOCUMENTS", 20)
    schemas = {f"S{i}": {"$ref": f"s{i}.json"} for i in range(30)}
    for i in range(30):
        (tmp_path / f"s{i}.json").write_text('{"type": "string"}', encoding="utf-8")
    spec = {"openapi": "3.0.3", "info": {"title": "Many", "version": "1"}, "paths": {}}
    spec["components"] = {"schemas": schemas}
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(GeneratorError, match="more than 20 files are referenced") as info:
        generate(spec_path)
    assert info.value.location is not None and info.value.location.file == str(spec_path)


FIELD_SPECS = Path(os.environ.get("SDK_FIELD_SPECS", ROOT.parent / "shared" / "field-specs"))
DIGITALOCEAN = FIELD_SPECS / "digitalocean" / "DigitalOcean-public.v2.yaml"


@pytest.mark.skipif(not DIGITALOCEAN.exists(), reason="the field corpus is not here")
def test_a_real_multi_file_spec_stays_far_below_the_document_limit() -> None:
    resolver = refs.Resolver(load_document(DIGITALOCEAN))
    resolver.check_all()  # every $ref outside extensions: none leaves the folder
    loaded = len(resolver._documents)
    # Over the old limit of 500 files; with the refs in `x-codeSamples` too, 2,850.
    assert 500 < loaded < refs.MAX_DOCUMENTS / 3, loaded


def test_the_validator_reads_other_files_only_through_the_resolver(spec_folder: Path) -> None:
    (spec_folder / "other.yaml").write_text("type: string\n", encoding="utf-8")
    spec_path = spec_folder / "spec.json"
    spec_path.write_text(json.dumps(_refthing_spec("other.yaml")), encoding="utf-8")
    document = load_document(spec_path)
    resolver = refs.Resolver(document)
    documents = validator.ResolverDocuments(resolver)
    assert "ftp" in documents  # every scheme is claimed: none falls back to urlopen
    with pytest.raises(GeneratorError, match="remote"):
        documents["https"]("https://example.com/spec.yaml")
    with pytest.raises(GeneratorError, match="outside the spec's folder"):
        documents["file"]((spec_folder.parent / "outside.yaml").as_uri())
    validate.validate_document(document, resolver)
    assert (spec_folder / "other.yaml").resolve() in resolver._documents
