"""What the benchmark measures inside a fresh interpreter, with a generated SDK on `sys.path`.

    python bench/probe.py first-request JSON   # import + client + one call; prints JSON timings
    python bench/probe.py requests JSON        # per-request cost vs raw httpx; prints JSON

Run by `bench/run.py` with the benchmark interpreter (`bench/.venv-peer`, which has the run-time
dependencies of both SDKs: httpx, pydantic, typing_extensions and attrs). Only the standard
library is imported before the clock starts.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import asyncio  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import typing  # noqa: E402
from collections.abc import Awaitable, Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

TOKEN = "sk-bench-0123456789"


def _peer_function(package: str, root: Path, operation_id: str, name: str) -> Any:
    """openapi-python-client puts each operation in `api/<tag>/<snake operationId>.py`."""
    wanted = "".join(c for c in operation_id.lower() if c.isalnum())
    for module_file in sorted((root / package / "api").glob("*/*.py")):
        if "".join(c for c in module_file.stem if c.isalnum()) == wanted:
            module = importlib.import_module(
                f"{package}.api.{module_file.parent.name}.{module_file.stem}"
            )
            return getattr(module, name)
    raise LookupError(f"no module for operationId {operation_id!r} in {root / package / 'api'}")


def _ours_method(client: Any, chain: list[str]) -> Any:
    target = client
    for attr in chain:
        target = getattr(target, attr)
    return target


# -- first request ---------------------------------------------------------------------------------


def _raw_first_request(job: dict[str, Any]) -> dict[str, Any]:
    """The same request with httpx alone (import, `httpx.Client()`, GET, `.json()`): what a
    user of httpx alone waits for. `raw+model` is the floor under any SDK that sends with httpx
    and parses with pydantic: its client loads no CA bundle (as ours does not for an http://
    URL), and it parses the JSON with the SDK's own pydantic model of the response
    (`job["model"]`), imported from its models alone."""
    start = time.perf_counter()
    import httpx

    imported = time.perf_counter()
    if job["kind"] == "raw+model":
        import ssl

        client = httpx.Client(
            base_url=job["base_url"], verify=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        )
    else:
        client = httpx.Client(base_url=job["base_url"])
    constructed = time.perf_counter()
    response = client.get(job["path"], headers={"Authorization": f"Bearer {TOKEN}"})
    response.raise_for_status()
    data = response.json()
    if job["kind"] == "raw+model":
        sys.path.insert(0, job["root"])
        models = importlib.import_module(f"{job['package']}.types.models")
        getattr(models, job["model"]).model_validate(data)
    done = time.perf_counter()
    return {
        "import_s": imported - start,
        "client_s": constructed - imported,
        "call_s": done - constructed,
        "total_s": done - start,
        "modules": 0,
        "result_type": "dict",
    }


def first_request(job: dict[str, Any]) -> dict[str, Any]:
    """Time from `import pkg` to the first parsed response, as a new user of the SDK sees it."""
    if job["kind"] in ("raw", "raw+model"):
        return _raw_first_request(job)
    sys.path.insert(0, job["root"])
    package = job["package"]
    start = time.perf_counter()
    module = importlib.import_module(package)
    imported = time.perf_counter()
    if job["kind"] == "ours":
        client = module.Client(token=TOKEN, base_url=job["base_url"], max_retries=0)
        constructed = time.perf_counter()
        result = _ours_method(client, job["chain"])(**job["kwargs"])
    else:
        client = module.AuthenticatedClient(base_url=job["base_url"], token=TOKEN)
        constructed = time.perf_counter()
        function = _peer_function(package, Path(job["root"]), job["operation_id"], "sync")
        result = function(client=client, **job["kwargs"])
    done = time.perf_counter()
    if result is None or type(result).__name__ in ("Error", "dict"):
        raise RuntimeError(f"the call returned {result!r:.200}")
    loaded = sum(1 for name in sys.modules if name == package or name.startswith(package + "."))
    return {
        "import_s": imported - start,
        "client_s": constructed - imported,
        "call_s": done - constructed,
        "total_s": done - start,
        "modules": loaded,
        "result_type": type(result).__name__,
    }


# -- per-request cost ------------------------------------------------------------------------------


def _interleaved(
    calls: dict[str, Callable[[], object]], warmup: int, iterations: int
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(warmup):
        for call in calls.values():
            call()
    clock = time.perf_counter_ns
    for _ in range(iterations):
        for name, call in calls.items():
            begin = clock()
            call()
            times[name].append((clock() - begin) / 1000)
    return times


async def _interleaved_async(
    calls: dict[str, Callable[[], Awaitable[object]]], warmup: int, iterations: int
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(warmup):
        for call in calls.values():
            await call()
    clock = time.perf_counter_ns
    for _ in range(iterations):
        for name, call in calls.items():
            begin = clock()
            await call()
            times[name].append((clock() - begin) / 1000)
    return times


def _summary(times: dict[str, list[float]]) -> dict[str, Any]:
    return {
        name: {"median_us": statistics.median(values), "n": len(values)}
        for name, values in times.items()
    }


def requests(job: dict[str, Any]) -> dict[str, Any]:
    """Median microseconds per request: raw httpx, our generated client, and the peer's."""
    import httpx

    sys.path.insert(0, job["ours_root"])
    import magic_hour

    base = job["base_url"]
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"}
    small_path, large_path = job["small_path"], job["large_path"]
    upload_items = [{"extension": "mp4", "type": "video"}]
    peer = None
    peer_error = ""
    if job.get("peer_root"):
        try:
            sys.path.insert(0, job["peer_root"])
            peer_package = importlib.import_module(job["peer_package"])
            root = Path(job["peer_root"])
            get_module = _peer_function(
                job["peer_package"], root, "videoProjects.getDetails", "sync"
            )
            create = _peer_function(
                job["peer_package"], root, "videoAssets.generatePresignedUrl", "sync"
            )
            get_async = _peer_function(
                job["peer_package"], root, "videoProjects.getDetails", "asyncio"
            )
            create_async = _peer_function(
                job["peer_package"], root, "videoAssets.generatePresignedUrl", "asyncio"
            )
            body_type = typing.get_type_hints(create)["body"]
            peer = {
                "client": peer_package.AuthenticatedClient(base_url=base, token=TOKEN),
                "get": get_module,
                "create": create,
                "get_async": get_async,
                "create_async": create_async,
                "body": body_type.from_dict({"items": upload_items}),
            }
        except Exception as error:  # the peer is optional here: report, do not stop
            peer = None
            peer_error = f"{type(error).__name__}: {error}"
    results: dict[str, Any] = {}

    raw = httpx.Client()
    ours = magic_hour.Client(token=TOKEN, base_url=base, max_retries=0)
    sync_calls: dict[str, dict[str, Callable[[], object]]] = {
        "small": {
            "raw": lambda: raw.get(base + small_path, headers=headers).raise_for_status().json(),
            "ours": lambda: ours.v1.video_projects.get(id="vp_123"),
        },
        "large": {
            "raw": lambda: raw.post(
                base + large_path, headers=headers, json={"items": upload_items}
            )
            .raise_for_status()
            .json(),
            "ours": lambda: ours.v1.files.upload_urls.create(items=upload_items),
        },
    }
    if peer is not None:
        p = peer
        sync_calls["small"]["peer"] = lambda: p["get"](client=p["client"], id="vp_123")
        sync_calls["large"]["peer"] = lambda: p["create"](client=p["client"], body=p["body"])
    for size, calls in sync_calls.items():
        _check(calls)
        iterations = job["small_iterations"] if size == "small" else job["large_iterations"]
        results[f"sync_{size}"] = _summary(_interleaved(calls, job["warmup"], iterations))
    raw.close()
    ours.close()

    async def run_async() -> None:
        raw_async = httpx.AsyncClient()
        ours_async = magic_hour.AsyncClient(token=TOKEN, base_url=base, max_retries=0)

        async def raw_small() -> object:
            response = await raw_async.get(base + small_path, headers=headers)
            return response.raise_for_status().json()

        async def raw_large() -> object:
            response = await raw_async.post(
                base + large_path, headers=headers, json={"items": upload_items}
            )
            return response.raise_for_status().json()

        async_calls: dict[str, dict[str, Callable[[], Awaitable[object]]]] = {
            "small": {
                "raw": raw_small,
                "ours": lambda: ours_async.v1.video_projects.get(id="vp_123"),
            },
            "large": {
                "raw": raw_large,
                "ours": lambda: ours_async.v1.files.upload_urls.create(items=upload_items),
            },
        }
        if peer is not None:
            p = peer
            async_calls["small"]["peer"] = lambda: p["get_async"](client=p["client"], id="vp_123")
            async_calls["large"]["peer"] = lambda: p["create_async"](
                client=p["client"], body=p["body"]
            )
        for size, calls in async_calls.items():
            for name, call in calls.items():
                value = await call()
                if value is None or type(value).__name__ == "Error":
                    raise RuntimeError(f"{name} {size} (async) returned {value!r:.200}")
            iterations = job["small_iterations"] if size == "small" else job["large_iterations"]
            times = await _interleaved_async(calls, job["warmup"], iterations)
            results[f"async_{size}"] = _summary(times)
        await raw_async.aclose()
        await ours_async.close()

    asyncio.run(run_async())
    if job.get("peer_root") and peer is None:
        results["peer_error"] = peer_error
    return results


def _check(calls: dict[str, Callable[[], object]]) -> None:
    for name, call in calls.items():
        value = call()
        if value is None or type(value).__name__ == "Error":
            raise RuntimeError(f"{name} returned {value!r:.200}")


def main() -> int:
    command, job = sys.argv[1], json.loads(sys.argv[2])
    if command == "first-request":
        result = first_request(job)
        result["process_s"] = time.perf_counter() - _T0
    elif command == "requests":
        result = requests(job)
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
