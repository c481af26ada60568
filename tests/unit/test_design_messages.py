"""Design problems are judged call by call: a failure names the first differing call."""

from __future__ import annotations

from pathlib import Path

from judge.bank.loader import load_problem
from judge.judging.checkers import checker_for

MAX_STACK = Path(__file__).resolve().parents[2] / "problems" / "stack" / "001-max-stack"
CHECK = checker_for(load_problem(MAX_STACK))  # a design problem
OPS = {"ops": ["MaxStack", "push", "getMax", "pop"], "args": [[], [3], [], []]}


def test_the_first_differing_call_is_named_with_its_method() -> None:
    result = CHECK(OPS, [None, None, 3, 3], [None, None, 4, 3])

    assert not result.ok
    assert result.message == "call 3 of 4 (getMax) gave a different answer"


def test_without_the_input_only_the_position_is_given() -> None:
    result = CHECK(None, [None, None, 3, 3], [None, None, 3, 2])

    assert result.message == "call 4 of 4 gave a different answer"


def test_a_wrong_number_of_answers_is_said_so() -> None:
    assert CHECK(OPS, [None, None, 3, 3], [None]).message == "expected 4 answers (one per call), got 1"


def test_equal_answers_pass() -> None:
    assert CHECK(OPS, [None, None, 3, 3], [None, None, 3, 3]).ok
