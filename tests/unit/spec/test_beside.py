"""A yes/no check in a child process (`generator/spec/beside.py`): its verdict, and "not passed"
whenever the child fails to give one."""

from __future__ import annotations

import os
import time

import pytest

from generator.spec import beside

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def test_the_childs_verdict_is_read_once_it_is_given() -> None:
    assert beside.Beside(lambda: True).passed() is True
    assert beside.Beside(lambda: False).passed() is False


def test_a_check_that_fails_counts_as_not_passed() -> None:
    def broken() -> bool:
        raise RuntimeError("inside the validator")

    assert beside.Beside(broken).passed() is False


def test_a_child_that_dies_without_a_verdict_counts_as_not_passed() -> None:
    def killed() -> bool:
        os.kill(os.getpid(), 9)
        return True

    assert beside.Beside(killed).passed() is False


def test_the_check_runs_in_another_process() -> None:
    parent = os.getpid()
    assert beside.Beside(lambda: os.getpid() != parent).passed() is True


def test_close_stops_a_child_whose_verdict_is_no_longer_wanted() -> None:
    check = beside.Beside(lambda: time.sleep(60) is None)
    started = time.perf_counter()
    check.close()
    assert time.perf_counter() - started < 10
    assert check.passed() is False
    check.close()  # twice is harmless


def test_nothing_is_started_without_a_second_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(beside, "cpus", lambda: 1)
    assert beside.start(lambda: True) is None
    monkeypatch.setattr(beside, "cpus", lambda: 2)
    started = beside.start(lambda: True)
    assert started is not None and started.passed() is True


def test_a_child_that_failed_is_seen_without_waiting_for_it() -> None:
    slow = beside.Beside(lambda: time.sleep(60) is None)
    assert slow.failed_already() is False  # still running: not waited for
    slow.close()
    failing = beside.Beside(lambda: False)
    deadline = time.perf_counter() + 30
    while not failing.failed_already() and time.perf_counter() < deadline:
        time.sleep(0.01)
    assert failing.failed_already() and failing.passed() is False
    passing = beside.Beside(lambda: True)
    assert passing.passed() and not passing.failed_already()
