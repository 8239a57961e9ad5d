"""JSON pointers (RFC 6901): escaping, joining, splitting."""

from __future__ import annotations

import pytest

from generator.spec import pointer as jp


@pytest.mark.parametrize(
    ("token", "escaped"),
    [("plain", "plain"), ("a/b", "a~1b"), ("a~b", "a~0b"), ("~/", "~0~1"), ("~1", "~01"), (3, "3")],
)
def test_tokens_escape_and_unescape_round_trip(token: str | int, escaped: str) -> None:
    assert jp.escape_token(token) == escaped
    assert jp.unescape_token(escaped) == str(token)


def test_join_appends_escaped_tokens() -> None:
    assert jp.join("", "paths", "/v1/lip-sync", "post") == "/paths/~1v1~1lip-sync/post"
    assert jp.join("/components", "schemas", 0) == "/components/schemas/0"
    assert jp.join("/a") == "/a"
    assert jp.from_path(["responses", "200", "content", "application/json"]) == (
        "/responses/200/content/application~1json"
    )


@pytest.mark.parametrize(
    ("pointer", "tokens"),
    [
        ("", []),
        ("#", []),
        ("/", [""]),
        ("/paths/~1pets~1{id}/get", ["paths", "/pets/{id}", "get"]),
        ("#/components/schemas/a~0b", ["components", "schemas", "a~b"]),
        ("/a//b", ["a", "", "b"]),
    ],
)
def test_split_is_the_inverse_of_join(pointer: str, tokens: list[str]) -> None:
    assert jp.split(pointer) == tokens
    if pointer not in ("", "#"):
        assert jp.from_path(tokens) == pointer.removeprefix("#")


@pytest.mark.parametrize("text", ["paths", "#paths", "components/schemas"])
def test_split_refuses_what_is_not_a_pointer(text: str) -> None:
    with pytest.raises(ValueError, match="not a JSON pointer"):
        jp.split(text)
