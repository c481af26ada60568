"""Mutants: each operator makes the slip it models, ids are stable, and the search
finds (and shrinks) an input that tells a mutant apart from the reference."""

from __future__ import annotations

from pathlib import Path

import pytest
from problem_packages import PROBLEMS

from judge.analysis.mutation import mutants_of
from judge.analysis.search import Search, find_difference
from judge.bank.brute import load_brute
from judge.bank.loader import load_problem


def _changes(source: str, operator: str) -> set[tuple[str, str]]:
    return {(m.before, m.after) for m in mutants_of(source.encode(), "f.py") if m.operator == operator}


@pytest.mark.parametrize(
    ("operator", "source", "expected"),
    [
        ("comparison", "def f(a, b):\n    return a < b\n", {("a < b", "a <= b")}),
        ("comparison", "def f(a, b):\n    return a == b\n", {("a == b", "a != b")}),
        ("constant", "def f(a):\n    return a[1]\n", {("1", "2"), ("1", "0")}),
        ("bound", "def f(a, i):\n    return a[i]\n", {("a[i]", "a[i + 1]"), ("a[i]", "a[i - 1]")}),
        ("bound", "def f(a, j):\n    return a[:j]\n", {("a[:j]", "a[:j + 1]"), ("a[:j]", "a[:j - 1]")}),
        (
            "bound",
            "def f(n):\n    return list(range(n))\n",
            {("range(n)", "range(n + 1)"), ("range(n)", "range(n - 1)")},
        ),
        ("logic", "def f(a, b):\n    return a and b\n", {("a and b", "a or b")}),
        ("logic", "def f(a):\n    return not a\n", {("not a", "a")}),
        ("call", "def f(a, b):\n    return min(a, b)\n", {("min(a, b)", "max(a, b)")}),
        ("arithmetic", "def f(a, b):\n    return a - b\n", {("a - b", "b - a")}),
        ("arithmetic", "def f(a, b):\n    return a // b\n", {("a // b", "b // a")}),
        (
            "initial",
            "def f(a):\n    best = 0\n    return best\n",
            {
                ("best = 0", "best = float('inf')"),
                ("best = 0", "best = -float('inf')"),
                ("best = 0", "best = None"),
            },
        ),
        (
            "key",
            "def f(s, a, b):\n    return (a, b) in s\n",
            {("(a, b) in s", "b in s"), ("(a, b) in s", "a in s")},
        ),
        ("key", "def f(d, a, b):\n    return d[a, b]\n", {("d[a, b]", "d[b]"), ("d[a, b]", "d[a]")}),
    ],
)
def test_each_operator_makes_its_slip(operator: str, source: str, expected: set[tuple[str, str]]) -> None:
    assert _changes(source, operator) == expected


def test_control_flow_slips() -> None:
    source = (
        "def f(xs):\n"
        "    for x in xs:\n"
        "        if x < 0:\n"
        "            continue\n"
        "        if x > 9:\n"
        "            return x\n"
        "        else:\n"
        "            break\n"
        "    return None\n"
    )
    changes = _changes(source, "flow")

    assert ("continue", "break") in changes and ("break", "continue") in changes
    assert ("return x", "pass") in changes  # an early return, not the last one
    assert ("return None", "pass") not in changes
    assert ("if x < 0:", "if True:") in changes
    assert ("if x > 9:", "if x > 9: (no else)") in changes


def test_docstrings_and_annotations_are_left_alone() -> None:
    source = (
        '"""Module 1."""\n\n\ndef f(a: list[int], k: int = 3) -> int:\n    """Doc 2."""\n    return a[k]\n'
    )
    befores = {m.before for m in mutants_of(source.encode(), "f.py")}

    assert "3" in befores  # the default value is code
    assert not any("Doc" in b or "Module" in b or "list[int]" in b for b in befores)


def test_every_mutant_compiles_and_differs_and_ids_are_unique() -> None:
    source = (PROBLEMS / "two-pointers" / "004-zero-sum-triplets" / "reference.py").read_bytes()
    mutants = mutants_of(source, "reference.py")

    assert len({m.id for m in mutants}) == len(mutants) > 20
    assert len({m.source for m in mutants}) == len(mutants)
    for mutant in mutants:
        compile(mutant.source, "m.py", "exec")


def test_an_id_does_not_depend_on_line_numbers() -> None:
    source = "def f(a, b):\n    return a < b\n"
    moved = "# a comment and a blank line move the code\n\n" + source

    assert [m.id for m in mutants_of(source.encode(), "f.py")] == [
        m.id for m in mutants_of(moved.encode(), "f.py")
    ]


def test_the_search_finds_a_small_input_that_tells_a_mutant_apart() -> None:
    problem = load_problem(PROBLEMS / "two-pointers" / "001-pair-with-target-sum")
    mutant = next(
        m
        for m in mutants_of(problem.reference_path.read_bytes(), "reference.py")
        if m.after == "left <= right"
    )

    found = find_difference(
        problem, load_brute(problem), mutant.source, Search(max_examples=300, budget_s=30)
    )

    assert found is not None
    assert found.input == {"nums": [0], "target": 0}  # shrunk: one value, paired with itself
    assert found.expected == [] and found.got == [0, 0]


def test_the_search_reports_none_for_an_equivalent_change(tmp_path: Path) -> None:
    problem = load_problem(PROBLEMS / "two-pointers" / "001-pair-with-target-sum")
    same = problem.reference_path.read_bytes() + b"\n\nUNUSED = 1\n"

    assert find_difference(problem, load_brute(problem), same, Search(max_examples=100, budget_s=30)) is None


def test_a_hanging_solution_is_a_difference_not_a_hang() -> None:
    problem = load_problem(PROBLEMS / "two-pointers" / "001-pair-with-target-sum")
    hangs = b"def pairWithTargetSum(nums, target):\n    while len(nums) > 1:\n        pass\n    return []\n"

    found = find_difference(
        problem, load_brute(problem), hangs, Search(max_examples=200, call_s=0.2, budget_s=30)
    )

    assert found is not None and found.failure == "ran longer than 0.2 s"
