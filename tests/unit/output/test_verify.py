"""Custom code is found (non-empty regions, files the generator does not write) and type-checked
against the SDK about to be written; only problems inside custom code are reported, each with
its file, line and column. (Whole regenerations of the Magic Hour SDK: tests/test_custom_code.py.)
"""

from __future__ import annotations

from pathlib import Path

from generator.output.verify import CustomCode, check_custom_code, find_custom_code
from generator.output.write import write_output

CLIENT = (
    '"""A generated module."""\n\n\n'
    "def area(width: int, height: int) -> int:\n"
    "    return width * height\n\n\n"
    "class Client:\n"
    "    # @custom-begin Client\n"
    "{body}"
    "    # @custom-end Client\n"
)
MINE = "    def twice(self) -> int:\n        return area(2, 3) * 2\n"


def files(body: str = MINE) -> dict[str, str]:
    return {"pkg/__init__.py": "", "pkg/client.py": CLIENT.format(body=body)}


def test_a_region_with_code_is_custom_code_at_its_lines(tmp_path: Path) -> None:
    custom = find_custom_code(files(), tmp_path / "missing")
    # Lines from 1: the begin marker is line 9, the body lines 10 and 11.
    assert custom == CustomCode(modules=(), regions=(("pkg/client.py", 10, 11),))
    assert custom.holds("pkg/client.py", 10) and custom.holds("pkg/client.py", 11)
    assert not custom.holds("pkg/client.py", 9) and not custom.holds("pkg/other.py", 10)


def test_empty_regions_and_generated_files_are_not_custom_code(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output(files(""), out)
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "cached.py").write_text("", encoding="utf-8")
    custom = find_custom_code(files(""), out)
    assert not custom


def test_a_file_the_generator_does_not_write_is_a_custom_module(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output(files(""), out)
    (out / "pkg" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    custom = find_custom_code(files(""), out)
    assert custom.modules == ("pkg/extra.py",) and custom.holds("pkg/extra.py", 99)


def test_nothing_runs_without_custom_code(tmp_path: Path) -> None:
    # No mypy run: the folder does not even exist.
    assert check_custom_code(tmp_path / "absent", CustomCode((), ()), tmp_path / "cache") == []


def test_custom_code_that_fits_the_sdk_has_no_problems(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    write_output(files(), out)
    custom = find_custom_code(files(), out)
    assert check_custom_code(out, custom, tmp_path / "cache") == []


def test_only_problems_inside_custom_code_are_reported_with_their_place(tmp_path: Path) -> None:
    # The new SDK's `area` takes one argument: the custom method breaks, and so does generated
    # code outside the region (which is not the user's to fix, so not reported).
    broken = files().copy()
    broken["pkg/client.py"] = (
        CLIENT.replace("width: int, height: int", "side: int")
        .replace("width * height", "side * side")
        .replace('"""A generated module."""\n', '"""A generated module."""\n\nBAD: int = "x"\n')
        .format(body=MINE)
    )
    out = tmp_path / "sdk"
    write_output(broken, out)
    (out / "pkg" / "extra.py").write_text(
        "from pkg.client import area\n\nY = area(1, 2)\n", encoding="utf-8"
    )
    problems = check_custom_code(out, find_custom_code(broken, out), tmp_path / "cache")
    assert [p.pointer for p in problems] == ["pkg/client.py:13:16", "pkg/extra.py:3:5"]
    for problem in problems:
        assert problem.message.startswith(
            "custom code does not type-check against the regenerated SDK: "
        )
        assert "Too many arguments" in problem.message
