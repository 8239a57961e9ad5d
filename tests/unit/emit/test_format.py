"""The format stage: black's bytes exactly, through a cache and the fast ruff path.

(That ruff equals black on every file the suite generates: tests/test_format.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.emit import format as fmt
from generator.emit.cache import FormatCache

LONG_ARGUMENT = """def f(
    self,
    *,
    status: typing.Literal["pending", "succeeded", "failed", "refunded", "x"] | NotGiven = NOT_GIVEN,
    other: typing.Literal["pending", "succeeded", "failed", "refunded", "disputed"] | None,
    short: int | None = NOT_GIVEN,
) -> None: ...
"""
LONG_FIELD = (
    "class M(pydantic.BaseModel):\n"
    "    status_value_long_name: typing.Literal['pending', 'succeeded', 'failed'] | str | None = None\n"
    "    required_long_name_here: typing.Literal['pending', 'succeeded', 'failed'] | str | None\n"
    "    other: int = 1\n"
)


def test_long_union_hints_are_parenthesized_as_black_would() -> None:
    assert fmt.parenthesize_long_unions(LONG_ARGUMENT) == LONG_ARGUMENT.replace(
        'status: typing.Literal["pending", "succeeded", "failed", "refunded", "x"] | NotGiven',
        'status: (typing.Literal["pending", "succeeded", "failed", "refunded", "x"] | NotGiven)',
    ).replace(
        'other: typing.Literal["pending", "succeeded", "failed", "refunded", "disputed"] | None,',
        'other: (typing.Literal["pending", "succeeded", "failed", "refunded", "disputed"] | None),',
    )
    parenthesized = fmt.parenthesize_long_unions(LONG_FIELD)
    assert "status_value_long_name: (typing.Literal[" in parenthesized
    assert "required_long_name_here: (typing.Literal[" in parenthesized
    for source in (LONG_ARGUMENT, LONG_FIELD):
        assert fmt.format_python("x.py", fmt.parenthesize_long_unions(source)) == fmt.format_python(
            "x.py", source
        )


@pytest.mark.parametrize(
    "source",
    [
        "x: int | None = None\n",  # short
        "def f(*, a: typing.Literal['pending', 'succeeded', 'failed', 'refunded', 'disputed', 'x'] = 1) -> None: ...\n",  # no union
        "x: typing.Literal['pending', 'succeeded', 'failed', 'refunded', 'disputed', 'other'] | str = 'a'\n",  # a value other than None
        "y = {'a': 'pending', 'b': 'succeeded', 'c': 'failed', 'd': 'refunded'} | {'e': 'disputed'}\n",  # not a hint
        "def f(*, messages: list[SystemMessageParameter | UserMessageParameter | ToolMessageParam]) -> None: ...\n",  # the union is inside brackets
    ],
)
def test_other_code_is_left_alone(source: str) -> None:
    assert fmt.parenthesize_long_unions(source) == source


def test_ruffs_union_split_is_recognised_as_diverging_from_black() -> None:
    ruff = fmt.Formatter(cache_dir=None)._ruff({"x.py": LONG_ARGUMENT})["x.py"]
    assert fmt._diverges(ruff)
    fixed = fmt.Formatter(cache_dir=None)._ruff(
        {"x.py": fmt.parenthesize_long_unions(LONG_ARGUMENT)}
    )
    assert not fmt._diverges(fixed["x.py"])
    assert fixed["x.py"] == fmt.format_python("x.py", LONG_ARGUMENT)


def test_a_union_split_inside_a_subscript_is_where_ruff_and_black_agree() -> None:
    source = (
        "class M(pydantic.BaseModel):\n"
        "    source: typing.Annotated[typing.Annotated[SourceWallet, pydantic.Tag('0')] | "
        "typing.Annotated[SourceAchCredit, pydantic.Tag('1')] | "
        "typing.Annotated[SourceBankAccount, pydantic.Tag('2')], "
        "pydantic.Discriminator(pick_source)]\n"
    )
    ruff = fmt.Formatter(cache_dir=None)._ruff({"x.py": source})["x.py"]
    assert '        | typing.Annotated[SourceBankAccount, pydantic.Tag("2")],\n' in ruff
    assert not fmt._diverges(ruff)
    assert ruff == fmt.format_python("x.py", source)


def test_a_return_annotation_split_inside_its_brackets_diverges_from_black() -> None:
    source = (
        "def _create_endpoint() -> Endpoint[models.AudioSpeechStreamEventWithALongName | "
        "models.StreamSentinel]:\n    return make()\n"
    )
    ruff = fmt.Formatter(cache_dir=None)._ruff({"x.py": source})["x.py"]
    assert ruff.startswith("def _create_endpoint() -> Endpoint[\n")
    assert fmt._diverges(ruff)
    assert fmt.format_python("x.py", source).startswith("def _create_endpoint() -> (\n")


def test_long_type_hints_fall_back_to_black() -> None:
    source = (
        "def f(*, status: typing.Literal['pending', 'succeeded', 'failed', 'refunded'] "
        "| NotGiven = NOT_GIVEN) -> None: ...\n"
    )
    result = fmt.Formatter(cache_dir=None).format_all({"x.py": source})
    assert result["x.py"] == fmt.format_python("x.py", source)
    assert "status: (" in result["x.py"]


SOURCES = {
    "a.py": "x=1\ny = {'a':1}\n",
    "b.py": "def f(a,b):\n  return a+b\n",
    "c.py": LONG_ARGUMENT,
    "d.md#0": "print( 'hi' )\n",
}


@pytest.mark.parametrize("use_ruff", [True, False])
def test_format_all_gives_blacks_bytes(use_ruff: bool) -> None:
    formatter = fmt.Formatter(cache_dir=None, use_ruff=use_ruff)
    assert formatter.use_ruff is use_ruff
    result = formatter.format_all(SOURCES)
    assert result == {name: fmt.format_python(name, source) for name, source in SOURCES.items()}


def test_cache_returns_the_same_bytes_without_formatting_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fmt.Formatter(cache_dir=tmp_path).format_all(SOURCES)
    keys = {fmt.Formatter(cache_dir=tmp_path)._key(source) for source in SOURCES.values()}
    assert len(FormatCache(tmp_path).get_many(keys)) == len(set(SOURCES.values()))

    def no_formatting(*args: object) -> object:
        raise AssertionError("formatted again although the cache holds the result")

    monkeypatch.setattr(fmt.Formatter, "_ruff", no_formatting)
    monkeypatch.setattr(fmt, "format_python", no_formatting)
    assert fmt.Formatter(cache_dir=tmp_path).format_all(SOURCES) == first


def test_sources_are_prepared_only_when_the_cache_misses(tmp_path: Path) -> None:
    prepared: list[str] = []

    def prepare(name: str, source: str) -> str:
        prepared.append(name)
        return fmt.parenthesize_long_unions(source)

    first = fmt.Formatter(cache_dir=tmp_path).format_all({"x.py": LONG_ARGUMENT}, prepare)
    assert prepared == ["x.py"]
    assert first == {"x.py": fmt.format_python("x.py", LONG_ARGUMENT)}
    again = fmt.Formatter(cache_dir=tmp_path).format_all({"x.py": LONG_ARGUMENT}, prepare)
    assert again == first and prepared == ["x.py"]


def test_the_cache_is_keyed_on_the_formatters_too(tmp_path: Path) -> None:
    with_ruff = fmt.Formatter(cache_dir=tmp_path, use_ruff=True)
    without = fmt.Formatter(cache_dir=tmp_path, use_ruff=False)
    assert with_ruff._key("x = 1\n") != without._key("x = 1\n")
    assert with_ruff._key("x = 1\n") != with_ruff._key("x = 2\n")


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    result = fmt.Formatter(cache_dir=blocked).format_all({"a.py": "x=1\n"})
    assert result == {"a.py": "x = 1\n"}


def test_invalid_generated_code_is_reported_with_its_path() -> None:
    with pytest.raises(fmt.FormatError, match="broken.py"):
        fmt.Formatter(cache_dir=None).format_all({"broken.py": "def f(:\n"})
    assert fmt.FormatError("x").exit_code == 1


def test_format_files_formats_python_files_and_python_blocks_only() -> None:
    files = {
        "pkg/a.py": "x=1\n",
        "README.md": '# T\n\n```python\nprint( 1 )\n```\n\n```json\n{ "a":1 }\n```\n\n```python\ny=2\n```\n',
        "pyproject.toml": "x=1\n",
    }
    assert fmt.format_files(files, fmt.Formatter(cache_dir=None)) == {
        "pkg/a.py": "x = 1\n",
        "README.md": '# T\n\n```python\nprint(1)\n```\n\n```json\n{ "a":1 }\n```\n\n```python\ny = 2\n```\n',
        "pyproject.toml": "x=1\n",
    }


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDK_GENERATOR_CACHE_DIR", "/tmp/mine")
    assert fmt.default_cache_dir() == Path("/tmp/mine")
    monkeypatch.delenv("SDK_GENERATOR_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/tmp/xdg")
    assert fmt.default_cache_dir() == Path("/tmp/xdg/openapi-python-sdk-generator/format")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert fmt.default_cache_dir() == Path.home() / ".cache/openapi-python-sdk-generator/format"


def test_formatter_version_names_both_formatters() -> None:
    assert fmt.formatter_version().startswith("black ")
    assert ", ruff " in fmt.formatter_version()


def test_sources_are_formatted_where_the_memory_folder_has_no_room(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    full.write_text("a file: nothing can be created inside", encoding="utf-8")
    monkeypatch.setattr(fmt, "_scratch", lambda: str(full))
    formatter = fmt.Formatter(cache_dir=None)
    if not formatter.use_ruff:
        pytest.skip("needs ruff")
    assert formatter._ruff({"x.py": "x=1\n"}) == {"x.py": "x = 1\n"}


ENDPOINTS = '''"""Two endpoints, one whose return type cannot fit its line."""

import functools


@functools.cache
def _list_endpoint() -> Endpoint[builtins.list[models.CodeSecurityDefaultConfigurationsItem]]:
    return Endpoint(method="GET", path="/enterprises/{enterprise}/code-security/configurations/defaults")


@functools.cache
def _get_endpoint() -> Endpoint[models.Item]:
    return Endpoint(method="GET", path='/items/{id}', responses={200: models.Item, 404: models.Error})


class Client:
    def list(self, *, per_page: int | NotGiven = NOT_GIVEN, page: int | NotGiven = NOT_GIVEN, direction: str | NotGiven = NOT_GIVEN) -> list[Item]:
        return _list_endpoint()(self, per_page=per_page, page=page)
'''


def test_only_the_function_where_ruff_diverges_is_given_to_black(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """black costs by the line: a resource module whose one endpoint has a long return type
    gives black that function alone, and the result is still black's for the whole file."""
    blacked: list[str] = []
    black = fmt.format_python

    def counted(path: str, source: str) -> str:
        blacked.append(source)
        return black(path, source)

    monkeypatch.setattr(fmt, "format_python", counted)
    result = fmt.Formatter(cache_dir=None).format_all({"client.py": ENDPOINTS})
    assert len(blacked) == 1 and blacked[0].startswith("@functools.cache\ndef _list_endpoint()")
    assert result["client.py"] == black("client.py", ENDPOINTS)
    assert "def _list_endpoint() -> (\n" in result["client.py"]


@pytest.mark.parametrize(
    "where",
    [
        "class Holder:\n    def _list_endpoint(self) -> Endpoint[builtins.list["
        "models.CodeSecurityDefaultConfigurationsItem]]:\n        return make()\n",
        "def _list_endpoint() -> Endpoint[builtins.list["
        "models.CodeSecurityDefaultConfigurationsItemWithAName]]:\n    return make()\n"
        "    # a comment at its end\n\n\nx = 1\n",
    ],
)
def test_a_divergence_in_a_class_or_beside_a_comment_gives_the_whole_file_to_black(
    where: str,
) -> None:
    result = fmt.Formatter(cache_dir=None).format_all({"x.py": where})
    assert result["x.py"] == fmt.format_python("x.py", where)


def test_a_return_annotation_too_long_after_the_arguments_diverges_from_black() -> None:
    source = (
        "class Labels:\n    def remove_all(self, *, runner_id: int, organization: str) -> "
        "models.OrgsActionsRunnersLabelsActionsRemoveAllCustomLabelsFromSelfHostedRunneD80c5c31:"
        "\n        return make()\n"
    )
    ruff = fmt.Formatter(cache_dir=None)._ruff({"x.py": source})["x.py"]
    assert fmt._diverges(ruff)
    result = fmt.Formatter(cache_dir=None).format_all({"x.py": source})
    assert result["x.py"] == fmt.format_python("x.py", source)
    assert ") -> (\n" in result["x.py"]


@pytest.mark.parametrize(
    "docstring",
    [
        "Ends on a word too long to wrap: https://docs.github.com/apps/creating-github-apps/"
        "registering-a-github-app/using-webhooks.",
        'Ends on a quote: "https://docs.github.com/apps/creating-github-apps/registering-a-'
        'github-app/using.\\"',
    ],
)
def test_a_docstring_whose_last_line_is_too_long_for_its_quotes_is_blacks(docstring: str) -> None:
    """black puts the closing quotes of such a docstring on a line of their own, ruff leaves
    them at its end."""
    source = f'class Model:\n    """Summary.\n\n    {docstring}"""\n\n    id: str\n'
    result = fmt.Formatter(cache_dir=None).format_all({"x.py": source})
    assert result["x.py"] == fmt.format_python("x.py", source)
    assert '\n    """\n' in result["x.py"]
