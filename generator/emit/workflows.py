"""Views of the workflow helpers in a resource's client module: `upload_file()`,
`check_result()` and `generate()`, and the runtime descriptions (`Uploads`, `Job`) they pass."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model.api import Api, ClientRef, JobRunner, Operation, Resource, ResultWaiter, Uploader
from . import escape
from .type_exprs import Spelling, annotation

if TYPE_CHECKING:
    from .code import Argument

_MODELS = Spelling("models", qualified=True)
# How long generate() and check_result() wait for a job by default, in seconds.
DEFAULT_WAIT_TIMEOUT = 3600.0


@dataclass(frozen=True)
class Constant:
    """A module-level description the helpers pass to the runtime: `_JOB = Job(...)`."""

    name: str
    class_name: str
    fields: tuple[tuple[str, str], ...]  # (argument, Python expression)


@dataclass(frozen=True)
class UploaderCode:
    uploader: Uploader
    response_type: str
    functions: tuple[tuple[str, str], tuple[str, str]]  # (upload one, upload all) per flavour


@dataclass(frozen=True)
class WaiterCode:
    waiter: ResultWaiter
    result_type: str
    function: tuple[str, str]  # the runtime's check, sync and async


@dataclass(frozen=True)
class RunnerCode:
    operation: Operation
    job: JobRunner
    signature: tuple[Argument, ...]  # the create method's arguments, which it takes too
    # The create call: (argument, value expression, whether the value is an (awaited) upload)
    arguments: tuple[tuple[str, str, bool], ...]
    result_type: str
    # Other resources' clients it builds, imported in the method: (module, sync, async class)
    imports: tuple[tuple[str, str, str], ...]
    waiter: tuple[str, str]  # the client with `check_result`, sync and async: an expression
    uploader: tuple[str, str]  # the client with `upload_local_files` ("" without uploads)


@dataclass(frozen=True)
class Spelled:
    """The fixed annotations the helpers print, as their module spells them (see `scopes`)."""

    path: str  # `str | os.PathLike[str] | None`
    flag: str  # `bool`
    seconds: str  # `float | None`
    text: str  # `str`
    any_list: str  # `list[typing.Any]`
    type_var: str  # `typing.TypeVar`


_FIXED = Spelled(
    path="str | os.PathLike[str] | None",
    flag="bool",
    seconds="float | None",
    text="str",
    any_list="list[typing.Any]",
    type_var="typing.TypeVar",
)


@dataclass(frozen=True)
class WorkflowCode:
    constants: tuple[Constant, ...]
    uploader: UploaderCode | None
    waiter: WaiterCode | None
    runners: tuple[RunnerCode, ...]
    default_wait_timeout: str
    core_names: frozenset[str]  # what the module imports from the runtime for them
    uses_os: bool
    poll_interval_env: str  # the `_sdk` constant naming the poll-interval variable, if used
    poll_interval_variable: str  # that variable: `MAGIC_HOUR_POLL_INTERVAL`
    spelled: Spelled
    methods: frozenset[str]  # the names the helpers bind in the class bodies
    annotations: tuple[str, ...]  # what the class bodies read for them, as written
    uses_models: bool


def workflow_code(
    api: Api,
    resource: Resource,
    signatures: Mapping[str, tuple[Argument, ...]],
    spell: Callable[[str], str],
) -> WorkflowCode:
    """`signatures`: each operation's method arguments, by method name; `spell`: how the
    module spells what class bodies read."""
    constants: list[Constant] = []
    core: set[str] = set()
    uploader_code = waiter_code = None
    if resource.uploader is not None:
        uploader = resource.uploader
        constants.append(Constant("_UPLOADS", "Uploads", _uploads_fields(uploader)))
        core |= {"Uploads", "LocalFile", "upload_file", "upload_local_files"}
        core |= {"async_upload_file", "async_upload_local_files"}
        uploader_code = UploaderCode(
            uploader,
            spell(annotation(uploader.response_type, _MODELS)),
            (
                ("upload_file", "upload_local_files"),
                ("async_upload_file", "async_upload_local_files"),
            ),
        )
    if resource.waiter is not None:
        waiter = resource.waiter
        constants.append(Constant("_JOB", "Job", _job_fields(waiter)))
        core |= {"Job", "check_job", "async_check_job", "poll_interval_from"}
        waiter_code = WaiterCode(
            waiter, spell(annotation(waiter.result_type, _MODELS)), ("check_job", "async_check_job")
        )
    runners = tuple(
        _runner(resource, op, signatures[op.method], spell)
        for op in resource.operations
        if op.job is not None
    )
    methods: set[str] = set()
    annotations: list[str] = []
    if uploader_code is not None:
        u = uploader_code.uploader
        methods |= {u.method, u.local_files_method, u.request_method}
        annotations += [
            "LocalFile",
            _FIXED.text,
            "_T",
            _FIXED.any_list,
            uploader_code.response_type,
        ]
    if waiter_code is not None:
        methods.add(waiter_code.waiter.method)
        annotations += [_FIXED.text, _FIXED.flag, _FIXED.path, _FIXED.seconds, "RequestOptions"]
        annotations.append(waiter_code.result_type)
    for run in runners:
        methods.add(run.job.method)
        annotations += [_FIXED.flag, _FIXED.path, _FIXED.seconds, "RequestOptions", run.result_type]
    return WorkflowCode(
        constants=tuple(constants),
        uploader=uploader_code,
        waiter=waiter_code,
        runners=runners,
        default_wait_timeout=repr(DEFAULT_WAIT_TIMEOUT),
        core_names=frozenset(core),
        uses_os=bool(runners) or waiter_code is not None,
        poll_interval_env="POLL_INTERVAL_ENV" if waiter_code is not None else "",
        poll_interval_variable=api.poll_interval_env,
        spelled=Spelled(
            path=spell(_FIXED.path),
            flag=spell(_FIXED.flag),
            seconds=spell(_FIXED.seconds),
            text=spell(_FIXED.text),
            any_list=spell(_FIXED.any_list),
            type_var=spell(_FIXED.type_var),
        ),
        methods=frozenset(methods),
        annotations=tuple(annotations),
        uses_models=bool(constants),
    )


def _uploads_fields(uploader: Uploader) -> tuple[tuple[str, str], ...]:
    return (
        ("file_fields", escape.py_literal(uploader.file_fields)),
        ("items", escape.py_str(uploader.items)),
        ("extension", escape.py_str(uploader.extension)),
        ("kind", escape.py_str(uploader.kind)),
        ("upload_url", escape.py_str(uploader.upload_url)),
        ("file_path", escape.py_str(uploader.file_path)),
        ("uploaded_prefix", escape.py_str(uploader.uploaded_prefix)),
    )


def _job_fields(waiter: ResultWaiter) -> tuple[tuple[str, str], ...]:
    def frozen(values: tuple[str, ...]) -> str:
        return f"frozenset({escape.py_literal(tuple(sorted(values)))})"

    return (
        ("status", escape.py_str(waiter.status)),
        ("succeeded", frozen(waiter.succeeded)),
        ("failed", frozen(waiter.failed)),
        ("outputs", escape.py_literal(waiter.outputs)),
    )


def _runner(
    resource: Resource, op: Operation, signature: tuple[Argument, ...], spell: Callable[[str], str]
) -> RunnerCode:
    job = op.job
    assert job is not None
    arguments = tuple(
        (
            (p.python_name, f"_uploader.{job.local_files_method}({p.python_name})", True)
            if p.python_name in job.upload_arguments
            else (p.python_name, p.python_name, False)
        )
        for p in op.parameters
    )
    imports: dict[str, tuple[str, str]] = {}

    def client(ref: ClientRef | None) -> tuple[str, str]:
        if ref is None:
            return ("", "")
        if ref.module == resource.module:
            return ("self", "self")
        imports[ref.module] = ref.class_names
        return (
            f"{ref.class_names[0]}(base_client=self._base_client)",
            f"{ref.class_names[1]}(base_client=self._base_client)",
        )

    waiter, uploader = client(job.waiter), client(job.uploader)
    return RunnerCode(
        operation=op,
        job=job,
        signature=signature,
        arguments=arguments,
        result_type=spell(annotation(job.result_type, _MODELS)),
        imports=tuple(
            (module, *names)
            for module, names in sorted(imports.items(), key=lambda i: i[0].lower())
        ),
        waiter=waiter,
        uploader=uploader,
    )
