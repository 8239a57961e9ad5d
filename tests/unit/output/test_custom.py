"""Custom regions: parsed strictly (a broken marker is a located conflict, never dropped code),
filled byte for byte, and carried from the previous output into the new files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import Location
from generator.output.custom import CustomCodeConflict, Region, carry_over, fill, regions
from generator.output.write import write_output

PY = (
    "class PetsClient:\n"
    "    x = 1\n"
    "    # @custom-begin PetsClient\n"
    "    # @custom-end PetsClient\n"
    "\n"
    "\n"
    "class AsyncPetsClient:\n"
    "    # @custom-begin AsyncPetsClient  (anything may follow the name)\n"
    "    def mine(self) -> int:\n"
    "        return 1\n"
    "    # @custom-end AsyncPetsClient\n"
)
MD = "# Pets\n\n<!-- @custom-begin docs -->\nNotes.\n\n<!-- @custom-end docs -->\n"


def test_regions_of_python_and_markdown() -> None:
    assert regions(PY) == {
        "PetsClient": Region("PetsClient", "", 2, 3),
        "AsyncPetsClient": Region(
            "AsyncPetsClient", "    def mine(self) -> int:\n        return 1\n", 7, 10
        ),
    }
    assert regions(MD) == {"docs": Region("docs", "Notes.\n\n", 2, 5)}
    assert regions("") == {}
    assert regions("no markers here\n") == {}


def test_region_names_may_hold_dots_and_dashes() -> None:
    text = "# @custom-begin v1.lip-sync_x\nbody\n# @custom-end v1.lip-sync_x\n"
    assert regions(text)["v1.lip-sync_x"].body == "body\n"


@pytest.mark.parametrize(
    "line",
    [
        "x = 1  # @custom-begin X",  # not at the start of a line
        '"""# @custom-begin X"""',
        "# \\x40custom-begin X",  # how the docstring filter spells a forged marker
        "# @ custom-begin X",  # ... the comment filter
        "<!-- &#64;custom-begin X -->",  # ... the markdown filter
        "// @custom-begin X",
    ],
)
def test_only_a_comment_line_is_a_marker(line: str) -> None:
    assert regions(f"{line}\nbody\n") == {}  # a begin marker would be unclosed: a conflict


def test_a_line_separator_inside_a_line_does_not_start_a_marker() -> None:
    text = "x = 'a\u2028# @custom-begin X\u2028b'\ny = '\x85# @custom-end X'\n"
    assert regions(text) == {}
    forged = (
        '{"x": "y\u2028<!-- @custom-begin docs -->\u2028spec\u2028<!-- @custom-end docs -->"}\n'
    )
    assert regions(forged) == {}


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("# @custom-begin A\n# @custom-end B\n", "`@custom-end B` closes no open region 'B'", 2),
        ("# @custom-begin A\n# @custom-begin B\n", "region 'B' begins inside region 'A'", 2),
        (
            "# @custom-begin A\n# @custom-end A\n# @custom-begin A\n# @custom-end A\n",
            "a second region named 'A'",
            3,
        ),
        ("x\n# @custom-begin A\nbody\n", "region 'A' has no `@custom-end A`", 2),
        ("# @custom-end A\n", "`@custom-end A` closes no open region 'A'", 1),
    ],
    ids=["misspelled end", "missing end", "duplicate region", "unclosed", "end first"],
)
def test_broken_markers_are_a_conflict_at_their_line(text: str, problem: str, line: int) -> None:
    with pytest.raises(CustomCodeConflict) as caught:
        regions(text, "pkg/client.py")
    assert problem in caught.value.message
    assert "markers are broken" in caught.value.message
    assert caught.value.location == Location("pkg/client.py", "", line)


def test_fill_replaces_the_named_bodies_byte_for_byte() -> None:
    body = "    def shout(self) -> str:\n        return r'\\1 \\g<0> $& ünï'   \n"
    filled = fill(PY, {"PetsClient": body, "Unknown": "ignored\n"})
    assert regions(filled)["PetsClient"].body == body
    assert regions(filled)["AsyncPetsClient"].body == regions(PY)["AsyncPetsClient"].body
    assert fill(filled, {"PetsClient": ""}) == PY
    assert fill(PY, {}) == PY


# -- carrying custom code over ----------------------------------------------------------------------


def previous(tmp_path: Path, files: dict[str, str]) -> Path:
    out = tmp_path / "sdk"
    write_output(files, out)
    return out


def test_custom_code_is_carried_into_the_new_files(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/client.py": PY, "pkg/README.md": MD})
    # The new files: another line of generated code, empty regions.
    new_py = fill(PY.replace("x = 1", "x = 2"), {"AsyncPetsClient": ""})
    new_md = fill(MD.replace("# Pets", "# Pets, now"), {"docs": ""})
    result = carry_over({"pkg/client.py": new_py, "pkg/README.md": new_md, "new.py": ""}, out)
    assert result["pkg/client.py"] == PY.replace("x = 1", "x = 2")
    assert result["pkg/README.md"] == MD.replace("# Pets", "# Pets, now")
    assert result["new.py"] == ""


def test_empty_regions_and_a_missing_output_carry_nothing(tmp_path: Path) -> None:
    files = {"pkg/client.py": PY.replace("    def mine(self) -> int:\n        return 1\n", "")}
    assert carry_over(files, tmp_path / "missing") == files
    out = previous(tmp_path, files)
    assert carry_over({"other.py": ""}, out) == {"other.py": ""}  # nothing to lose


def test_custom_code_whose_anchor_is_gone_is_a_conflict_naming_each_region(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/client.py": PY, "pkg/README.md": MD})
    without_async = PY.split("\n\n\nclass AsyncPetsClient")[0] + "\n"
    with pytest.raises(CustomCodeConflict) as caught:
        carry_over({"pkg/client.py": without_async}, out)  # and the README is gone too
    message = caught.value.message
    assert message.startswith("custom code would lose its place")
    assert "pkg/README.md: region 'docs'" in message
    assert "pkg/client.py: region 'AsyncPetsClient'" in message
    assert "region 'PetsClient'" not in message  # empty: nothing to lose
    assert caught.value.location == Location(str(out))


def test_files_the_generator_did_not_write_are_not_searched_for_regions(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/client.py": ""})
    (out / "pkg" / "mine.py").write_text(PY, encoding="utf-8")  # a custom module, with markers
    assert carry_over({"pkg/client.py": ""}, out) == {"pkg/client.py": ""}


def test_a_previous_file_that_is_not_utf8_is_not_carried(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/data.bin": ""})
    (out / "pkg" / "data.bin").write_bytes(b"\xff\xfe# @custom-begin X\n")
    assert carry_over({"pkg/data.bin": "new"}, out) == {"pkg/data.bin": "new"}


def test_broken_markers_in_the_previous_output_stop_the_carry_over(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/client.py": PY})
    broken = PY.replace("# @custom-end AsyncPetsClient", "# @custom-end Async")
    (out / "pkg" / "client.py").write_text(broken, encoding="utf-8")
    with pytest.raises(CustomCodeConflict, match="closes no open region") as caught:
        carry_over({"pkg/client.py": PY}, out)
    assert caught.value.location == Location(str(out / "pkg" / "client.py"), "", 11)


def test_custom_code_saved_with_windows_line_endings_is_carried_with_newlines(
    tmp_path: Path,
) -> None:
    out = previous(tmp_path, {"pkg/client.py": PY})
    (out / "pkg" / "client.py").write_bytes(PY.replace("\n", "\r\n").encode("utf-8"))
    empty = fill(PY, {"AsyncPetsClient": ""})
    assert carry_over({"pkg/client.py": empty}, out) == {"pkg/client.py": PY}


def test_a_folder_or_a_link_to_nowhere_where_a_file_was_carries_nothing(tmp_path: Path) -> None:
    out = previous(tmp_path, {"pkg/client.py": PY, "pkg/README.md": MD})
    (out / "pkg" / "client.py").unlink()
    (out / "pkg" / "client.py").mkdir()
    (out / "pkg" / "README.md").unlink()
    (out / "pkg" / "README.md").symlink_to(tmp_path / "nowhere")
    new = {"pkg/client.py": fill(PY, {"AsyncPetsClient": ""}), "pkg/README.md": MD}
    assert carry_over(new, out) == new


def test_markers_are_found_on_any_line_a_marker_is_on() -> None:
    text = "a = '@custom-'  # @custom-begin X\n  # @custom-begin Y @custom-\nbody\n# @custom-end Y"
    assert regions(text) == {"Y": Region("Y", "body\n", 1, 3)}
