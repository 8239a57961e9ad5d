"""Strongly connected groups: every cycle found, each group after those it reaches, no recursion
limit, the same order on every run."""

from __future__ import annotations

from generator.graph import strongly_connected


def test_a_long_cycle_is_one_group_whatever_its_length() -> None:
    size = 5000  # iterative: no recursion limit
    graph = {f"n{i}": [f"n{(i + 1) % size}"] for i in range(size)}
    graph["tail"] = ["n0"]
    graph["n7"].append("island")
    groups = strongly_connected(sorted(graph), lambda node: graph.get(node, []))
    assert sorted(map(len, groups)) == [1, 1, size]
    assert ["tail"] in groups and ["island"] in groups


def test_each_group_comes_after_every_group_it_reaches() -> None:
    graph = {"a": ["b"], "b": ["c", "a"], "c": ["d"], "d": [], "e": ["a", "d"]}
    groups = strongly_connected(["e", "a", "b", "c", "d"], lambda node: graph[node])
    assert [sorted(group) for group in groups] == [["d"], ["c"], ["a", "b"], ["e"]]
    again = strongly_connected(["e", "a", "b", "c", "d"], lambda node: graph[node])
    assert groups == again
