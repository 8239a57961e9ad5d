"""The format cache (`generator/emit/cache.py`): entries kept in one file, and a cache that is
missing, broken or unwritable costs only time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from generator.emit.cache import FILE_NAME, FormatCache


def test_entries_put_are_got_back_by_key(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "format")
    assert cache.get_many(["a", "b"]) == {}  # nothing yet, and no file made by reading
    assert not (tmp_path / "format").exists()
    cache.put_many({"a": "x = 1\n", "b": "y = 'é'\n"})
    assert FormatCache(tmp_path / "format").get_many(["b", "a", "c"]) == {
        "a": "x = 1\n",
        "b": "y = 'é'\n",
    }
    assert [p.name for p in (tmp_path / "format").iterdir()] == [FILE_NAME]


def test_many_keys_are_read_in_chunks(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    entries = {f"key-{index}": f"v = {index}\n" for index in range(1234)}
    cache.put_many(entries)
    assert cache.get_many([*entries, "absent"]) == entries


def test_an_entry_put_again_replaces_the_old_one(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    cache.put_many({"a": "old\n"})
    cache.put_many({"a": "new\n"})
    assert cache.get_many(["a"]) == {"a": "new\n"}


def test_a_file_that_is_no_database_is_a_miss_and_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text("not sqlite at all " * 100, encoding="utf-8")
    cache = FormatCache(tmp_path)
    assert cache.get_many(["a"]) == {}
    cache.put_many({"a": "x\n"})  # cannot be written: no error
    assert cache.get_many(["a"]) == {}


def test_a_folder_that_cannot_be_made_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("where the folder should be", encoding="utf-8")
    cache = FormatCache(blocked / "format")
    cache.put_many({"a": "x\n"})
    assert cache.get_many(["a"]) == {}


def test_a_deleted_cache_starts_again_empty(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    cache.put_many({"a": "x\n"})
    (tmp_path / FILE_NAME).unlink()
    assert cache.get_many(["a"]) == {}
    cache.put_many({"b": "y\n"})
    with sqlite3.connect(tmp_path / FILE_NAME) as connection:
        assert connection.execute("SELECT key FROM formatted").fetchall() == [("b",)]
