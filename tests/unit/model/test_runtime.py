"""What the model knows of the runtime is read from `runtime/` itself, and agrees with what the
runtime does when it runs: its files, its exceptions, and which status raises which."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from generator.model import runtime

RUNTIME = Path(__file__).resolve().parents[3] / "runtime"


@pytest.fixture(scope="module")
def errors_module() -> ModuleType:
    """runtime/errors.py, executed on its own (it imports only httpx and pydantic)."""
    spec = importlib.util.spec_from_file_location(
        "_runtime_errors_under_test", RUNTIME / "errors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_files_are_the_runtime_sources_verbatim_in_name_order() -> None:
    files = runtime.files()
    assert runtime.RUNTIME_DIR == RUNTIME
    assert list(files) == sorted(path.name for path in RUNTIME.glob("*.py"))
    assert "__init__.py" in files and "errors.py" in files
    for name, text in files.items():
        assert text == (RUNTIME / name).read_text(encoding="utf-8")


def test_exception_classes_are_those_errors_exports_in_its_order(errors_module: ModuleType) -> None:
    exported = [
        name for name in errors_module.__all__ if isinstance(getattr(errors_module, name), type)
    ]
    assert list(runtime.exception_classes()) == exported
    assert runtime.BASE_EXCEPTION == exported[0] == "SDKError"
    assert "STATUS_ERRORS" not in runtime.exception_classes()


def test_status_errors_is_the_runtime_table(errors_module: ModuleType) -> None:
    assert runtime.status_errors() == {
        status: cls.__name__ for status, cls in errors_module.STATUS_ERRORS.items()
    }
    assert runtime.FALLBACK_STATUS_ERROR == errors_module.APIStatusError.__name__


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 418, 422, 429, 500, 503, 599])
def test_error_class_of_a_status_is_what_the_runtime_raises(
    errors_module: ModuleType, status: int
) -> None:
    assert runtime.error_class(str(status)) == errors_module.status_error_class(status).__name__


@pytest.mark.parametrize(
    ("status", "error"),
    [
        ("5XX", "InternalServerError"),
        ("5xx", "InternalServerError"),
        ("4XX", "APIStatusError"),
        ("default", "APIStatusError"),
        ("DEFAULT", "APIStatusError"),
    ],
)
def test_error_class_of_a_status_range_or_default(status: str, error: str) -> None:
    assert runtime.error_class(status) == error
