"""The views of the workflow helpers: the runtime descriptions a resource's module defines
(`_UPLOADS`, `_JOB`) as Python literals, what it imports for them, and how `generate()` calls
the create method (uploading the arguments that may hold local files first)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from support.workflow_spec import JOB, UPLOADS, build, resource

from generator.config import Job, Uploads, Workflows
from generator.emit.code import Argument
from generator.emit.workflows import DEFAULT_WAIT_TIMEOUT, WorkflowCode, workflow_code
from generator.model.api import Api, Resource


def as_written(text: str) -> str:
    return text


def code_of(api: Api, target: Resource, spell: Callable[[str], str] = as_written) -> WorkflowCode:
    signatures: dict[str, tuple[Argument, ...]] = {op.method: () for op in target.operations}
    return workflow_code(api, target, signatures, spell)


def test_a_resource_without_helpers_needs_nothing(tmp_path: Path) -> None:
    api = build(tmp_path, Workflows())
    code = code_of(api, resource(api, "renders"))
    assert code.constants == () and code.runners == ()
    assert code.uploader is None and code.waiter is None
    assert code.core_names == frozenset() and not code.uses_os and not code.uses_models
    assert code.methods == frozenset()


def test_the_uploads_description_is_a_literal_of_the_declaration(tmp_path: Path) -> None:
    uploads = Uploads(
        operation=UPLOADS.operation,
        file_fields=("*_file_path", 'quote"d'),
        uploaded_prefix="api-assets/",
    )
    api = build(tmp_path, Workflows(uploads=uploads))
    code = code_of(api, resource(api, "files"))
    (constant,) = code.constants
    assert (constant.name, constant.class_name) == ("_UPLOADS", "Uploads")
    fields = dict(constant.fields)
    assert ast.literal_eval(fields["file_fields"]) == ("*_file_path", 'quote"d')
    assert ast.literal_eval(fields["uploaded_prefix"]) == "api-assets/"
    assert ast.literal_eval(fields["upload_url"]) == "upload_url"
    assert {"Uploads", "upload_file", "async_upload_local_files"} <= code.core_names
    assert code.methods == {"upload_file", "upload_local_files", "_request_upload_urls"}


def test_the_job_description_holds_sorted_statuses_and_the_outputs_path(tmp_path: Path) -> None:
    job = Job(
        result=JOB.result,
        tags=JOB.tags,
        succeeded=("done", "complete"),
        failed=("error",),
        outputs="downloads[].url",
    )
    api = build(tmp_path, Workflows(jobs=(job,)))
    code = code_of(api, resource(api, "renders"))
    (constant,) = code.constants
    fields = dict(constant.fields)
    assert constant.name == "_JOB"
    assert fields["succeeded"] == 'frozenset(("complete", "done"))'
    assert ast.literal_eval(fields["outputs"]) == ("downloads", "[]", "url")
    assert code.waiter is not None and code.waiter.function == ("check_job", "async_check_job")
    assert code.uses_os and code.poll_interval_env == "POLL_INTERVAL_ENV"
    assert code.default_wait_timeout == repr(DEFAULT_WAIT_TIMEOUT)


def test_generate_uploads_the_file_arguments_then_calls_create(tmp_path: Path) -> None:
    api = build(tmp_path, Workflows(uploads=UPLOADS, jobs=(JOB,)))
    code = code_of(api, resource(api, "renders"))
    (runner,) = code.runners
    assert runner.operation.route == "POST /renders"
    assert dict((name, (value, upload)) for name, value, upload in runner.arguments) == {
        "assets": ("_uploader.upload_local_files(assets)", True),
        "name": ("name", False),
    }
    # check_result is on this resource; the uploader is another one, imported in the method.
    assert runner.waiter == ("self", "self")
    module, sync_class, async_class = runner.imports[0]
    assert module.endswith(".resources.files.client")
    assert runner.uploader == (
        f"{sync_class}(base_client=self._base_client)",
        f"{async_class}(base_client=self._base_client)",
    )
    assert {"generate", "check_result"} <= code.methods


def test_annotations_are_spelled_by_the_module(tmp_path: Path) -> None:
    api = build(tmp_path, Workflows(uploads=UPLOADS, jobs=(JOB,)))
    code = code_of(api, resource(api, "renders"), lambda text: f"<{text}>")
    assert code.spelled.flag == "<bool>" and code.spelled.seconds == "<float | None>"
    (runner,) = code.runners
    assert runner.result_type == "<models.RenderWithDownloads>"
    assert code.waiter is not None and code.waiter.result_type == "<models.RenderWithDownloads>"
    # What the class bodies read, as written (the scope check spells them itself).
    assert "float | None" in code.annotations and "RequestOptions" in code.annotations
