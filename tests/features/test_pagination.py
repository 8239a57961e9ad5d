"""Auto-pagination over HTTP (issue 15): each recognised pattern iterates every item of a
three-page listing exactly once and stops, through the sync and the async client; items are
typed; `with_raw_response` sees the first page's response."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from support.generated import Sdk, generate_sdk
from support.http_server import LocalServer, ScriptedResponse

SPEC = (Path(__file__).parent / "pagination.yaml").read_text()


def thing(name: str) -> dict[str, str]:
    return {"id": name}


def pages_of(*pages: Any, headers: tuple[dict[str, str], ...] = ()) -> list[ScriptedResponse]:
    return [
        ScriptedResponse(json=page, headers=headers[index] if headers else {})
        for index, page in enumerate(pages)
    ]


A, B, C, D, E, F = (thing(name) for name in "abcdef")


def link(url: str, cursor: str, results: str = "true") -> dict[str, str]:
    return {"Link": f'<{url}/linked?cursor={cursor}&per_page=2>; rel="next"; results="{results}"'}


# Each pattern: the path, the pages the server sends (in order), and the queries it must get
# (each with its parameters in name order).
def scripts(url: str) -> dict[str, tuple[list[ScriptedResponse], list[str]]]:
    return {
        "/cursor": (
            pages_of(
                {"data": [A, B], "next_cursor": "c1"},
                {"data": [C, D], "next_cursor": "c2"},
                {"data": [E, F], "next_cursor": None},
            ),
            ["limit=2", "cursor=c1&limit=2", "cursor=c2&limit=2"],
        ),
        "/iterator": (
            pages_of(
                {"data": [A, B], "iterator": "i1", "done": False},
                {"data": [C, D], "iterator": "i2", "done": False},
                {"data": [E, F], "iterator": "i3", "done": True},
            ),
            ["", "iterator=i1", "iterator=i2"],
        ),
        "/after": (
            pages_of(
                {"data": [A, B], "has_more": True},
                {"data": [C, D], "has_more": True},
                {"data": [E, F], "has_more": False},
            ),
            ["", "starting_after=b", "starting_after=d"],
        ),
        "/offset": (
            pages_of(
                {"items": [A, B], "total": 6},
                {"items": [C, D], "total": 6},
                {"items": [E, F], "total": 6},
            ),
            ["", "offset=2", "offset=4"],
        ),
        "/pages": (
            pages_of(
                {"data": [A, B], "pagesTotal": 3},
                {"data": [C, D], "pagesTotal": 3},
                {"data": [E, F], "pagesTotal": 3},
            ),
            ["pageSize=2", "pageNumber=2&pageSize=2", "pageNumber=3&pageSize=2"],
        ),
        "/numbered": (  # 0-based (the parameter's default), ended by an empty page
            pages_of([A, B], [C, D], [E, F], []),
            ["", "page=1", "page=2", "page=3"],
        ),
        "/linked": (  # the next cursor travels in the Link header
            pages_of(
                [A, B],
                [C, D],
                [E, F],
                headers=(link(url, "L1"), link(url, "L2"), link(url, "L3", "false")),
            ),
            ["per_page=2", "cursor=L1&per_page=2", "cursor=L2&per_page=2"],
        ),
        "/twilio": (  # the next page's full URL in the body, on another host: its query only
            pages_of(
                twilio(0, [A, B]),
                twilio(1, [C, D]),
                {"days": [E, F], "meta": {"page": 2, "next_page_url": None}},
            ),
            ["PageSize=2", "Page=1&PageSize=2&PageToken=T1", "Page=2&PageSize=2&PageToken=T2"],
        ),
    }


def twilio(page: int, days: list[dict[str, str]]) -> dict[str, Any]:
    following = f"Page={page + 1}&PageSize=2&PageToken=T{page + 1}"
    url = f"https://bulkexports.example.com/v1/twilio?{following}"
    return {"days": days, "meta": {"page": page, "next_page_url": url}}


CALLS = {
    "/cursor": "client.cursor.list(limit=2)",
    "/iterator": "client.iterator.list()",
    "/after": "client.after.list()",
    "/offset": "client.offset.list()",
    "/pages": "client.pages.list(page_size=2)",
    "/numbered": "client.numbered.list()",
    "/linked": "client.linked.list(per_page=2)",
    "/twilio": "client.twilio.list(page_size=2)",
}

ITERATE = """
import asyncio, sys
from pages import AsyncClient, Client
from pages.types.models import Thing

url = sys.argv[1]
client = Client(base_url=url)
names: list[str] = [item.id for item in {call}]
print(",".join(names))


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        found: list[Thing] = [item async for item in {call}]
        print(",".join(item.id for item in found))


asyncio.run(main())
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Sdk:
    return generate_sdk(SPEC, tmp_path_factory.mktemp("pagination"))


def test_the_generated_sdk_is_clean(sdk: Sdk) -> None:
    assert sdk.problems() == []


@pytest.mark.parametrize("path", list(CALLS))
def test_every_item_of_every_page_once_sync_and_async(sdk: Sdk, path: str) -> None:
    script = sdk.root / f"iterate_{path.strip('/')}.py"
    script.write_text(ITERATE.format(call=CALLS[path]))
    with LocalServer() as server:
        responses, queries = scripts(server.url)[path]
        server.respond("GET", path, *responses, *responses)  # once for sync, once for async
        ran = sdk.run(sys.executable, str(script), server.url)
        sent = ["&".join(sorted(request.raw_query.split("&"))) for request in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["a,b,c,d,e,f", "a,b,c,d,e,f"]
    assert sent == [*queries, *queries]


def test_a_server_that_ignores_the_page_parameter_ends_the_loop(sdk: Sdk) -> None:
    """Every page the same (a server that ignores `page`, a mock with one static answer): the
    items are yielded once and the loop ends at the first repeat, instead of never."""
    script = sdk.root / "iterate_stuck.py"
    script.write_text(ITERATE.format(call=CALLS["/numbered"]))
    with LocalServer() as server:
        same = pages_of([A, B], [A, B])
        server.respond("GET", "/numbered", *same, *same)
        ran = sdk.run(sys.executable, str(script), server.url)
        sent = [request.raw_query for request in server.requests]
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["a,b", "a,b"]
    assert sent == ["", "page=1", "", "page=1"]


PAGE_BY_PAGE = """
import asyncio, sys
from pages import AsyncClient, Client

url = sys.argv[1]
client = Client(base_url=url)
first = client.cursor.list()
print(first.has_next_page(), [t.id for t in first.items], first.body.next_cursor)
second = first.get_next_page()
print([[t.id for t in page.items] for page in second.iter_pages()])
raw = client.cursor.with_raw_response.list()
print(raw.status_code, [t.id for t in raw.parse().items])


async def main() -> None:
    async with AsyncClient(base_url=url) as client:
        first = await client.cursor.list()
        print(first.has_next_page(), [t.id for t in first.items])
        print([[t.id for t in page.items] async for page in first.iter_pages()])
        last = await (await first.get_next_page()).get_next_page()
        try:
            await last.get_next_page()
        except RuntimeError as error:
            print(last.has_next_page(), error)


asyncio.run(main())
"""

WRONG = """
from pages import Client

number: int = next(iter(Client().cursor.list()))
"""


def test_page_by_page_and_typed_items(sdk: Sdk) -> None:
    (sdk.root / "page_by_page.py").write_text(PAGE_BY_PAGE)
    (sdk.root / "wrong.py").write_text(WRONG)
    checked = sdk.run(
        sys.executable, "-m", "mypy", "--strict", "--no-incremental", "page_by_page.py", "wrong.py"
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert [e.split(":")[:2] for e in errors] == [["wrong.py", "4"]], checked.stdout
    assert '"Thing"' in errors[0]
    with LocalServer() as server:
        pages = scripts(server.url)["/cursor"][0]
        # sync: 3 pages, then the raw first page; async: 3 pages, then the second and third again
        server.respond("GET", "/cursor", *pages, pages[0], *pages, *pages[1:])
        ran = sdk.run(sys.executable, "page_by_page.py", server.url)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "True ['a', 'b'] c1",
        "[['c', 'd'], ['e', 'f']]",
        "200 ['a', 'b']",
        "True ['a', 'b']",
        "[['a', 'b'], ['c', 'd'], ['e', 'f']]",
        "False this is the last page: check has_next_page() before get_next_page()",
    ]


def test_docs_show_the_iteration(sdk: Sdk) -> None:
    readme = (sdk.root / "pages" / "resources" / "cursor" / "README.md").read_text()
    assert "res = client.cursor.list()\nfor item in res:\n    print(item)\n" in readme
    assert "res = await client.cursor.list()\nasync for item in res:\n    print(item)\n" in readme
