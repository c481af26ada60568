"""Constraints as data: parsed strictly, and every test input checked against them; tags
from the taxonomy only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from problem_packages import case, function_entry, write_problem

from judge.bank.constraints import Bound, violation
from judge.bank.loader import load_problem
from judge.bank.model import Entry, Method, Param
from judge.bank.testfiles import read_tests
from judge.errors import ProblemFormatError

ENTRY = function_entry("f", {"nums": "List[int]", "k": "int", "s": "str"}, "int")
REFERENCE = "def f(nums, k, s):\n    return k\n"
SAMPLES = [case("a", nums=[1, 2], k=1, s="ab"), case("b", nums=[], k=0, s="")]


def _problem(tmp_path: Path, constraints: dict[str, Any], hidden: list[dict[str, Any]] | None = None) -> Path:
    folder = write_problem(tmp_path, ENTRY, REFERENCE, SAMPLES, hidden or [])
    data = yaml.safe_load((folder / "problem.yaml").read_text())
    data["constraints"] = constraints
    (folder / "problem.yaml").write_text(yaml.safe_dump(data))
    return folder


BOUNDS = {
    "nums": {"length": [0, 5], "values": [-10, 10]},
    "k": {"values": [0, 3]},
    "s": {"length": [0, 4], "chars": "[a-z]"},
}


def test_constraints_are_read_as_data(tmp_path: Path) -> None:
    problem = load_problem(_problem(tmp_path, BOUNDS))

    assert set(problem.constraints) == {
        Bound("nums", length=(0, 5), values=(-10, 10)),
        Bound("k", values=(0, 3)),
        Bound("s", length=(0, 4), chars="[a-z]"),
    }


@pytest.mark.parametrize(
    ("given", "where", "message"),
    [
        ({"nums": [1, 11], "k": 1, "s": ""}, "nums", "holds 11, outside [-10, 10] (constraints.nums)"),
        ({"nums": [0] * 6, "k": 1, "s": ""}, "nums", "has length 6, outside [0, 5] (constraints.nums)"),
        ({"nums": [], "k": 4, "s": ""}, "k", "holds 4, outside [0, 3] (constraints.k)"),
        ({"nums": [], "k": 0, "s": "aB"}, "s", "holds a character outside [a-z] (constraints.s)"),
    ],
)
def test_a_test_that_breaks_a_bound_names_the_test_and_the_value(
    tmp_path: Path, given: dict[str, Any], where: str, message: str
) -> None:
    folder = _problem(tmp_path, BOUNDS, [{"description": "too big", "input": given, "tags": ["extremes"]}])

    with pytest.raises(ProblemFormatError) as raised:
        read_tests(load_problem(folder))

    assert str(raised.value) == f"{folder / 'tests' / 'hidden' / '01-case.json'}: input.{where}: {message}"


@pytest.mark.parametrize(
    ("constraints", "message"),
    [
        ({"nmus": {"length": [0, 1]}}, "constraints.nmus: names no parameter (known: k, nums, s)"),
        ({"k": {"values": [3, 1]}}, "constraints.k.values: must be [low, high], two numbers, low <= high"),
        (
            {"nums": {"length": [0.5, 2]}},
            "constraints.nums.length: must be [low, high], two whole numbers, low <= high",
        ),
        ({"s": {"chars": "[a-"}}, "constraints.s.chars: is not a regular expression"),
        ({"k": {"size": [0, 1]}}, "constraints.k.size: unknown key"),
    ],
)
def test_a_bad_constraint_names_its_field(tmp_path: Path, constraints: dict[str, Any], message: str) -> None:
    with pytest.raises(ProblemFormatError) as raised:
        load_problem(_problem(tmp_path, constraints))

    assert message in str(raised.value)


def test_design_constraints_bound_the_calls_and_each_methods_arguments() -> None:
    entry = Entry(
        "design",
        "Box",
        constructor=(Param("cap", "int"),),
        methods=(Method("put", (Param("x", "int"),), "None"),),
    )
    bounds = (Bound("calls", length=(1, 2)), Bound("put.x", values=(0, 9)), Bound("Box.cap", values=(1, 5)))

    assert violation(bounds, entry, {"ops": ["Box", "put"], "args": [[3], [9]]}) is None
    assert violation(bounds, entry, {"ops": ["Box", "put"], "args": [[3], [10]]}) == (
        "args[1]",
        "holds 10, outside [0, 9] (constraints.put.x)",
    )
    three_calls = {"ops": ["Box", "put", "put", "put"], "args": [[3], [1], [1], [1]]}
    assert violation(bounds, entry, three_calls) == (
        "ops",
        "has length 3, outside [1, 2] (constraints.calls)",
    )


def test_a_sorted_list_must_not_decrease() -> None:
    entry = Entry("function", "f", (Param("nums", "List[int]"),))
    bound = (Bound("nums", sorted=True),)

    assert violation(bound, entry, {"nums": [1, 1, 2]}) is None
    assert violation(bound, entry, {"nums": [1, 3, 2]}) == (
        "nums",
        "is not in non-decreasing order (constraints.nums)",
    )


def test_a_tree_counts_its_nodes_not_its_nulls() -> None:
    entry = Entry("function", "f", (Param("root", "Optional[TreeNode]"),))
    bound = (Bound("root", length=(0, 3), values=(0, 9)),)

    assert violation(bound, entry, {"root": [1, None, 2, None, None, 3]}) is None
    assert violation(bound, entry, {"root": [1, 2, 3, 4]}) is not None


def test_an_unknown_tag_is_refused(tmp_path: Path) -> None:
    folder = _problem(tmp_path, {}, [{"description": "x", "input": SAMPLES[0]["input"], "tags": ["emtpy"]}])

    with pytest.raises(ProblemFormatError, match=r"tags\[0\]: unknown tag 'emtpy' \(known: empty, single"):
        read_tests(load_problem(folder))


def test_tags_reach_the_cases(tmp_path: Path) -> None:
    folder = _problem(
        tmp_path, {}, [{"description": "x", "input": SAMPLES[0]["input"], "tags": ["empty", "zeros"]}]
    )

    (hidden,) = [c for c in read_tests(load_problem(folder)) if c.hidden]

    assert hidden.tags == ("empty", "zeros")
    assert json.loads((folder / "tests" / "hidden" / "01-case.json").read_text())["tags"] == [
        "empty",
        "zeros",
    ]
