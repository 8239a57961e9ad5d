"""Every ```python example of the generated resource READMEs runs, as written, against Prism.

The examples read their credentials from the environment and the clients read
``MAGIC_HOUR_BASE_URL``, so the test only sets both variables to point at a Prism mock of
spec/magic-hour.json. To see what each example sent and got back, ``magic_hour.Client`` and
``magic_hour.AsyncClient`` (which the examples import from the package) are replaced by thin
subclasses that hand the SDK an httpx client with recording response hooks.

Each example must make exactly one request, of the operation its section documents, which
Prism accepts (2xx, no violations), and leave ``res`` of the documented response type.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import magic_hour
import pytest
import yaml
from magic_hour.types import models
from support.doc_examples import (
    DocExample,
    Recorder,
    check_exchange,
    collect_examples,
    expected_type,
    only_exchange,
    run_example,
    spec_operations,
)
from support.prism import prism_mock, prism_violations

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "magic-hour.json"
RESOURCES = ROOT / "generated" / "magic_hour" / "resources"
TOKEN = "test-token"

EXAMPLES = collect_examples(RESOURCES)
OPERATIONS = spec_operations(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_mock(SPEC_PATH) as url:
        yield url


def test_examples_are_found() -> None:
    assert EXAMPLES, f"no ```python blocks in any README.md under {RESOURCES}"


def test_every_spec_operation_has_a_sync_and_an_async_example() -> None:
    documented: dict[tuple[str, str], list[str | None]] = {}
    for example in EXAMPLES:
        if example.endpoint is not None:
            documented.setdefault(example.endpoint, []).append(example.flavour)
    for operation in OPERATIONS:
        flavours = sorted(str(f) for f in documented.get(operation, []))
        assert flavours == ["Asynchronous", "Synchronous"], (
            f"{operation[0]} {operation[1]}: expected one sync and one async example, "
            f"found {flavours}"
        )
    unknown = set(documented) - set(OPERATIONS)
    assert not unknown, f"examples document endpoints the spec does not have: {unknown}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_doc_example_runs_against_prism(
    example: DocExample, prism_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAGIC_HOUR_API_TOKEN", TOKEN)
    monkeypatch.setenv("MAGIC_HOUR_BASE_URL", prism_url)
    recorder = Recorder(magic_hour, prism_url, "MAGIC_HOUR_BASE_URL")
    recorder.install(monkeypatch)

    try:
        namespace, is_async = run_example(example, recorder)
    except magic_hour.APIStatusError as exc:
        seen = [prism_violations(x.headers, x.body) for x in recorder.exchanges]
        pytest.fail(f"{example.id} raised {exc!r}; Prism reported {seen}")

    exchange = only_exchange(example, recorder)
    violations = prism_violations(exchange.headers, exchange.body)
    assert not violations, f"{example.id}: Prism reported {violations}"
    # The example does what its section documents, with the client kind its heading names.
    check_exchange(example, exchange, is_async)

    assert "res" in namespace, f"{example.id} does not assign `res`"
    result_type = expected_type(example, models)
    res = namespace["res"]
    assert type(res) is result_type or (
        result_type is None and res is None
    ), f"{example.id}: `res` is {type(res).__name__}, documented as {example.response_type}"
