"""The package parts the loader knows besides the tests: brute.py (its strategy and brute
force), gen.py's sized(n, seed), and n, the size of an input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis.strategies import SearchStrategy
from problem_packages import PROBLEMS, case, function_entry, write_problem

from judge.bank.brute import load_brute
from judge.bank.generators import has_sized, sized_inputs
from judge.bank.inputs import input_size
from judge.bank.loader import load_problem
from judge.errors import ProblemFormatError

SQUARE = function_entry("square", {"n": "int"}, "int")
REFERENCE = "def square(n):\n    return n * n\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_problem(tmp_path, SQUARE, REFERENCE, [case("a", n=1), case("b", n=2)])


def test_a_real_brute_force_loads_with_its_strategy() -> None:
    brute = load_brute(load_problem(PROBLEMS / "two-pointers" / "001-pair-with-target-sum"))

    assert isinstance(brute.strategy, SearchStrategy)
    assert b"def pairWithTargetSum" in brute.source


@pytest.mark.parametrize(
    ("source", "field_and_message"),
    [
        (None, "file is missing (every problem needs a brute force)"),
        (
            "def square(n):\n    return n * n\n",
            "inputs: must define inputs() returning a Hypothesis strategy",
        ),
        (
            "def inputs():\n    return [1, 2]\ndef square(n):\n    return n * n\n",
            "inputs(): must return a Hypothesis strategy, not list",
        ),
        (
            "def inputs():\n    raise ValueError('no')\n",
            "inputs(): failed: ValueError: no",
        ),
        (
            "from hypothesis import strategies as st\ndef inputs():\n    return st.just({'n': 1})\n",
            "square: must define the brute force as a function named square",
        ),
        ("raise SystemExit(2)\n", "cannot be loaded: SystemExit: 2"),
    ],
    ids=["missing", "no-inputs", "not-a-strategy", "inputs-fails", "no-function", "exits"],
)
def test_a_broken_brute_force_names_file_and_field(
    folder: Path, source: str | None, field_and_message: str
) -> None:
    path = folder / "brute.py"
    if source is None:
        path.unlink()
    else:
        path.write_text(source)

    with pytest.raises(ProblemFormatError) as raised:
        load_brute(load_problem(folder))

    assert str(raised.value) == f"{path}: {field_and_message}"


def _generator(folder: Path, body: str) -> None:
    (folder / "gen.py").write_text(f"def generate():\n    return []\n\n{body}")


def test_sized_inputs_are_checked_against_the_entry_point(folder: Path) -> None:
    _generator(folder, "def sized(n, seed):\n    return {'n': n + seed}\n")
    problem = load_problem(folder)

    assert has_sized(problem)
    assert sized_inputs(problem)(10, 1) == {"n": 11}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "sized: must define sized(n, seed) returning one input of size n"),
        ("def sized(n, seed):\n    return {'m': n}\n", "sized(8, 1).m: unknown key (known keys: n)"),
        ("def sized(n, seed):\n    return [n]\n", "sized(8, 1): must be a mapping"),
        (
            "def sized(n, seed):\n    return 1 // 0\n",
            "sized(8, 1): failed: ZeroDivisionError: integer division or modulo by zero",
        ),
    ],
    ids=["absent", "wrong-parameter", "not-a-mapping", "fails"],
)
def test_a_broken_sized_generator_names_file_and_call(folder: Path, body: str, message: str) -> None:
    _generator(folder, body)

    with pytest.raises(ProblemFormatError) as raised:
        sized_inputs(load_problem(folder))(8, 1)

    assert str(raised.value) == f"{folder / 'gen.py'}: {message}"


def test_without_gen_py_there_are_no_sized_inputs(folder: Path) -> None:
    assert not has_sized(load_problem(folder))
    with pytest.raises(ProblemFormatError, match="file is missing"):
        sized_inputs(load_problem(folder))


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ({"nums": [1, 2, 3], "k": 2}, 3),
        ({"s": "abcd", "t": "ab"}, 4),
        ({"n": 5}, 5),
        ({"nums": []}, 0),
        ({"grid": [[1, 2], [3, 4], [5, 6]]}, 3),
        ({"ops": ["Cache", "put", "get", "get"], "args": [[2], [1, 1], [1], [2]]}, 3),
    ],
)
def test_the_size_of_an_input_is_its_longest_list_or_string(value: object, size: int) -> None:
    assert input_size(value) == size
