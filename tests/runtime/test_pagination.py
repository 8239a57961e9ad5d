"""The runtime's reading of a `Link` header (RFC 8288) for the next page; the pages themselves
are tested over HTTP through generated SDKs in `tests/features/test_pagination.py`."""

from __future__ import annotations

from types import ModuleType

import httpx
import pytest


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        (['<https://a.test/x?page=2>; rel="next"'], "https://a.test/x?page=2"),
        # GitHub: several links in one header, next among them
        (
            ['<https://a.test/x?page=1>; rel="prev", <https://a.test/x?page=3>; rel="next"'],
            "https://a.test/x?page=3",
        ),
        # Sentry: a next link that says there is nothing there
        (['<https://a.test/x?cursor=0:10:0>; rel="next"; results="false"; cursor="0:10:0"'], None),
        (['<https://a.test/x?cursor=1>; rel="next"; results="true"'], "https://a.test/x?cursor=1"),
        # several relations in one rel, unquoted, any case; several Link headers
        (['<https://a.test/p>; REL="last"', "<https://a.test/n>; rel=next"], "https://a.test/n"),
        (['<https://a.test/n>; rel="prev next"'], "https://a.test/n"),
        (['<https://a.test/x?page=1>; rel="prev"'], None),
        ([], None),
    ],
)
def test_the_next_link(core: ModuleType, links: list[str], expected: str | None) -> None:
    from acme_sdk._core.pagination import next_link

    headers = httpx.Headers([("Link", link) for link in links])
    assert next_link(headers) == expected
