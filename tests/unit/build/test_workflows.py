"""Workflow helpers from the provider's declaration: which resource gets `upload_file()`,
`check_result()` and `generate()`, matched by tag or name, and how a declaration that does not
fit the spec is reported (skipped with a located warning, or refused with the config key)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from support.workflow_spec import JOB, SPEC, UPLOADS, build, operation, resource

from generator.build.context import Context, Warnings
from generator.build.schemas import SchemaTyper
from generator.build.workflows import Attached, attach_workflows
from generator.config import Config, ConfigError, Workflows
from generator.pipeline import load_api
from generator.spec.load import load_document
from generator.spec.refs import Resolver


def test_the_resource_above_the_upload_operation_uploads_files(tmp_path: Path) -> None:
    api = build(tmp_path, Workflows(uploads=UPLOADS))
    uploader = resource(api, "files").uploader
    assert uploader is not None
    assert (uploader.method, uploader.local_files_method) == ("upload_file", "upload_local_files")
    assert uploader.operation_call == "self.upload_urls.create"
    assert uploader.items_argument == "items"
    assert resource(api, "files", "upload_urls").uploader is None


def test_a_job_gives_check_result_to_its_result_and_generate_to_each_create(
    tmp_path: Path,
) -> None:
    api = build(tmp_path, Workflows(uploads=UPLOADS, jobs=(JOB,)))
    renders = resource(api, "renders")
    assert renders.waiter is not None
    assert renders.waiter.method == "check_result"
    assert renders.waiter.outputs == ("downloads", "[]", "url")
    assert renders.waiter.result_type.name == "RenderWithDownloads"
    assert [model.name for model in api.result_models] == ["RenderWithDownloads"]

    job = operation(api, "POST /renders").job
    assert job is not None
    assert (job.method, job.id_attribute, job.check_method) == ("generate", "id", "check_result")
    # `assets` holds `image_file_path` one level down: it may carry local files.
    assert job.upload_arguments == ("assets",)
    assert job.uploader is not None and job.local_files_method == "upload_local_files"


def test_a_create_without_the_id_to_wait_on_gets_no_generate_and_a_warning(
    tmp_path: Path,
) -> None:
    api = build(tmp_path, Workflows(jobs=(JOB,)))
    assert operation(api, "POST /notes").job is None
    (warning,) = [w for w in api.warnings if "POST /notes" in w.message]
    assert warning.pointer.endswith("(at /paths/~1notes/post)")
    assert "no `id` to wait on" in warning.message


def test_without_uploads_generate_sends_files_as_they_are(tmp_path: Path) -> None:
    job = operation(build(tmp_path, Workflows(jobs=(JOB,))), "POST /renders").job
    assert job is not None
    assert job.uploader is None and job.upload_arguments == ()


def test_a_job_named_by_operation_needs_no_tag(tmp_path: Path) -> None:
    named = dataclasses.replace(JOB, tags=(), operations=("POST /renders",))
    api = build(tmp_path, Workflows(jobs=(named,)))
    assert operation(api, "POST /renders").job is not None
    assert operation(api, "POST /notes").job is None
    assert not [w for w in api.warnings if "POST /notes" in w.message]


def test_a_declaration_for_an_operation_the_spec_lacks_is_skipped_with_a_warning(
    tmp_path: Path,
) -> None:
    missing = dataclasses.replace(JOB, result="GET /videos/{id}")
    api = build(tmp_path, Workflows(jobs=(missing,)))
    assert all(op.job is None for _, op in api.all_operations())
    assert any(
        w.message == "the spec has no operation GET /videos/{id}: [workflows.jobs.0] is skipped"
        for w in api.warnings
    )


def test_a_result_that_is_not_a_get_by_id_is_refused_with_its_key(tmp_path: Path) -> None:
    wrong = dataclasses.replace(JOB, result="POST /renders")
    with pytest.raises(ConfigError, match="must be a GET with one path parameter") as refused:
        build(tmp_path, Workflows(jobs=(wrong,)))
    assert refused.value.location is not None
    assert "workflows.jobs.0.result" in str(refused.value.location)


def test_a_helper_name_the_resource_uses_already_gets_the_next_free_one(tmp_path: Path) -> None:
    # POST /renders/generate makes `generate` a child resource of `renders`.
    api = build(tmp_path, Workflows(jobs=(JOB,)), SPEC.replace("  /notes:", "  /renders/generate:"))
    assert "generate" in {child.attr for child in resource(api, "renders").children}
    job = operation(api, "POST /renders").job
    assert job is not None and job.method == "generate_2"


def test_attaching_rebuilds_the_resources_it_is_given(tmp_path: Path) -> None:
    """The resources passed in are rebuilt, never changed: a model is immutable."""
    path = tmp_path / "renders.yaml"
    path.write_text(SPEC, encoding="utf-8")
    plain = load_api(path, Config())
    resolver = Resolver(load_document(path))
    warnings = Warnings()
    ctx = Context(resolver, SchemaTyper(resolver, warnings, "renders"), warnings)
    attached = attach_workflows(plain.resources, Config(), ctx, "renders")
    assert attached == Attached(plain.resources, ())
    with_uploads = attach_workflows(
        plain.resources, Config(workflows=Workflows(uploads=UPLOADS)), ctx, "renders"
    )
    assert with_uploads.resources != plain.resources
    assert all(r.uploader is None for r in plain.resources)


def test_no_declaration_attaches_nothing(tmp_path: Path) -> None:
    api = build(tmp_path, Workflows())
    assert api.result_models == ()
    assert all(r.uploader is None and r.waiter is None for r in api.all_resources())
    assert all(op.job is None for _, op in api.all_operations())
