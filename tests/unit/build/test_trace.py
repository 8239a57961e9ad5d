"""A step's reads (the first, before its own writes) and writes of the shared state."""

from __future__ import annotations

from typing import Any

from generator.build.trace import ABSENT, Ledger


def test_a_step_keeps_its_first_reads_with_what_they_found_and_its_writes() -> None:
    ledger = Ledger()
    names = ledger.dict("names")
    used = ledger.dict("used")
    names["Pet"] = "Pet"  # before any recording: the state the step starts from
    ledger.record()
    assert names.get("Pet") == "Pet"
    assert "pet" not in used
    assert "cat" not in used
    used.add("pet")  # found absent, then written: kept as a write only
    assert "pet" in used  # read after its own write: not what the step depends on
    names["Owner"] = "Owner"
    assert names["Owner"] == "Owner"
    reads, writes, whole = ledger.stop()
    assert reads == {"names": {"Pet": "Pet"}, "used": {"cat": ABSENT}}
    assert writes == {"used": {"pet": True}, "names": {"Owner": "Owner"}}
    assert not whole
    names["Late"] = "Late"  # not recording: nothing kept
    assert ledger.stop() == ({}, {}, False)


def test_differing_compares_what_was_read_with_what_the_state_holds_now() -> None:
    ledger = Ledger()
    names = ledger.dict("names")
    names["Pet"] = "Pet"
    ledger.record()
    names.get("Pet")
    names.get("Pet2")
    reads, _, _ = ledger.stop()
    assert not ledger.differing(reads, {})
    names["Pet2"] = "Pet2"  # another step took the name
    assert ledger.differing(reads, {})
    # Only the entries named are looked at.
    assert not ledger.differing(reads, {}, only={"names": {"Pet": None}})
    assert ledger.differing(reads, {}, only={"names": {"Pet2": None}})
    assert ledger.differing({"gone": {"x": 1}}, {})


def test_what_a_step_wrote_counts_as_found_absent() -> None:
    ledger = Ledger()
    names = ledger.dict("names")
    ledger.record()
    names["Pet"] = "Pet"
    reads, writes, _ = ledger.stop()
    assert reads == {} and writes == {"names": {"Pet": "Pet"}}
    names.data.clear()
    assert not ledger.differing(reads, writes)
    names["Pet"] = "Pet"  # another step took it before: this one would take `Pet2`
    assert ledger.differing(reads, writes)


def test_replay_writes_through_decode_and_compares_through_encode() -> None:
    ledger = Ledger()
    typed = ledger.dict(
        "typed",
        encode=lambda key, value: value[1],
        decode=lambda key, kept: ("replayed", kept),
    )
    ledger.record()
    typed["a"] = (object(), "int")
    _, writes, _ = ledger.stop()
    assert writes == {"typed": {"a": "int"}}
    other = Ledger()
    again = other.dict(
        "typed", encode=lambda key, value: value[1], decode=lambda key, kept: ("replayed", kept)
    )
    other.replay(writes)
    assert again.data == {"a": ("replayed", "int")}
    assert other.now("typed", "a") == "int"
    assert not other.differing({"typed": {"a": "int"}}, {})


def test_reading_a_container_whole_is_said() -> None:
    ledger = Ledger()
    types = ledger.dict("types")
    types["a"] = 1
    ledger.record()
    values: list[Any] = list(types.values())
    assert values == [1]
    assert ledger.stop()[2] is True
    ledger.record()
    assert ledger.stop()[2] is False
