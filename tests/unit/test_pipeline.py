"""The pipeline, stage by stage, on a small spec: what it checks first, what it produces, and
the summary it prints."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.diff_cases import add_list, base, write_spec

from generator.config import Config
from generator.emit.format import format_python
from generator.errors import SpecError
from generator.model import runtime
from generator.pipeline import Generated, generate, load_api, summary


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generate(write_spec(tmp_path_factory.mktemp("spec"), "spec.yaml", base()))


def test_load_api_builds_the_model_of_a_valid_spec(tmp_path: Path) -> None:
    api = load_api(write_spec(tmp_path, "spec.yaml", base()), Config(package="items_sdk"))
    assert (api.title, api.package) == ("Test API", "items_sdk")
    assert [op.qualified_name for _, op in api.all_operations()] == [
        "v1.items.create",
        "v1.items.get",
    ]


def test_references_are_checked_before_validation(tmp_path: Path) -> None:
    # Both wrong: the unresolved $ref is what is reported (it names the exact place).
    doc = base()
    del doc["info"]["version"]
    doc["components"]["schemas"]["Broken"] = {"$ref": "#/components/schemas/Nope"}
    with pytest.raises(SpecError, match="unresolved \\$ref"):
        load_api(write_spec(tmp_path, "spec.yaml", doc))
    del doc["components"]["schemas"]["Broken"]
    with pytest.raises(SpecError, match="'version' is a required property"):
        load_api(write_spec(tmp_path, "spec.yaml", doc))


def test_generate_renders_formats_and_adds_the_runtime_verbatim(generated: Generated) -> None:
    files = generated.files
    assert generated.api.package == "test"
    for name, text in runtime.files().items():
        assert files[f"test/_core/{name}"] == text
    assert files["test/client.py"].startswith('"""The Test API clients')  # not "API API"
    compile(files["test/client.py"], "client.py", "exec")
    assert ".sdk-generator-manifest" not in files  # written by output, not here


def test_python_files_are_formatted(generated: Generated) -> None:
    client = generated.files["test/resources/v1/items/client.py"]
    assert format_python("client.py", client) == client


def test_summary_counts_what_was_produced_and_lists_warnings(generated: Generated) -> None:
    assert summary(generated) == (
        f"Test API 1.0.0: 2 operations, 1 response models, 2 parameter types, "
        f"{len(generated.files)} files, 0 warnings, 0 left out"
    )


def test_summary_counts_the_paginated_operations(tmp_path: Path) -> None:
    doc = base()
    add_list(doc)
    first = summary(generate(write_spec(tmp_path, "spec.yaml", doc))).splitlines()[0]
    assert first.startswith("Test API 1.0.0: 3 operations (1 paginated), 2 response models, ")


def test_summary_lists_each_warning_with_its_place(tmp_path: Path) -> None:
    doc = base()
    content = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]
    content["application/xml"] = content["application/json"]
    result = generate(write_spec(tmp_path, "spec.yaml", doc))
    lines = summary(result).replace(f"{tmp_path}/", "").splitlines()
    # The XML alternative is not offered: a warning, and counted as left out.
    assert lines[0].endswith(" 1 warnings, 1 left out")
    assert lines[1:] == [
        "warning: spec.yaml:8:7 (at /paths/~1v1~1items/post/requestBody): the body is sent as "
        "application/json; not offered: application/xml",
        "left out: spec.yaml:33:11 (at /paths/~1v1~1items/post/requestBody/content/application~1xml): "
        "request body media type application/xml: one body per method: it is sent as "
        "application/json",
    ]


# -- validation beside the build -------------------------------------------------------------------


@pytest.fixture
def validated_beside(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every document validated in a child process beside the build, with a cache of its own."""
    from generator.spec import beside, validate

    monkeypatch.setattr(validate, "BESIDE_FROM", 0)
    monkeypatch.setattr(beside, "cpus", lambda: 2)
    monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", str(tmp_path / "cache" / "format"))
    started: list[object] = []
    original = beside.start

    def start(check: Callable[[], bool]) -> beside.Beside | None:
        started.append(original(check))
        return started[-1]  # type: ignore[return-value]

    monkeypatch.setattr(beside, "start", start)
    yield
    assert started and started[0] is not None, "no child process was started"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_validation_beside_the_build_gives_what_a_run_in_order_gives(
    tmp_path: Path, validated_beside: None
) -> None:
    doc = base()
    content = doc["paths"]["/v1/items"]["post"]["requestBody"]["content"]
    content["application/xml"] = content["application/json"]  # a warning of the build
    doc["paths"]["/v1/items"]["post"]["parameters"] = [
        {"name": "q", "in": "query", "schema": {"type": "integer", "default": "x"}}
    ]  # a warning of validation: the default is dropped
    spec = write_spec(tmp_path, "spec.yaml", doc)
    beside_run = generate(spec)
    assert any("default" in w.message for w in beside_run.api.warnings)
    in_order = generate_in_order(spec)
    assert beside_run.files == in_order.files
    assert summary(beside_run) == summary(in_order)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_an_invalid_document_is_refused_as_a_run_in_order_refuses_it(
    tmp_path: Path, validated_beside: None
) -> None:
    doc = base()
    del doc["info"]["version"]
    spec = write_spec(tmp_path, "spec.yaml", doc)
    with pytest.raises(SpecError) as beside_error:
        load_api(spec)
    with pytest.raises(SpecError) as in_order_error:
        load_api_in_order(spec)
    assert str(beside_error.value) == str(in_order_error.value)
    assert "'version' is a required property" in str(beside_error.value)


def generate_in_order(spec: Path) -> Generated:
    from generator.spec import beside

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(beside, "cpus", lambda: 1)
        return generate(spec)


def load_api_in_order(spec: Path) -> object:
    from generator.spec import beside

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(beside, "cpus", lambda: 1)
        return load_api(spec)
