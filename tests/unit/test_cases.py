"""Materialising tests: the reference gives expected answers, and the cache keeps inputs apart."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
from pathlib import Path

import pytest
from fakes import cases_of
from problem_packages import case, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.bank.model import MISSING
from judge.errors import ProblemFormatError
from judge.judging.expected import load_inputs, problem_digest

DOUBLE = function_entry("double", {"n": "int"}, "int")
DOUBLE_REFERENCE = "def double(n):\n    return 2 * n\n"


def _double_problem(root: Path) -> Path:
    samples = [{**case("one", n=1), "expected": 2}, case("two", n=2)]
    return write_problem(
        root, DOUBLE, DOUBLE_REFERENCE, samples, [case("many", n=50), case("negative", n=-7)]
    )


def test_expected_answers_come_from_the_reference(tmp_path: Path) -> None:
    problem = load_problem(_double_problem(tmp_path / "bank"))

    tests = cases_of(problem, tmp_path / "cache")

    assert [(c.id, c.hidden, c.expected) for c in tests.cases] == [
        ("sample/01-case", False, 2),
        ("sample/02-case", False, 4),
        ("hidden/01-case", True, 100),
        ("hidden/02-case", True, -14),
    ]
    assert tests.cases[0].hand_expected == 2
    assert tests.cases[1].hand_expected is MISSING


def test_hidden_inputs_stay_out_of_the_expected_file(tmp_path: Path) -> None:
    problem = load_problem(_double_problem(tmp_path / "bank"))

    tests = cases_of(problem, tmp_path / "cache")

    expected_file = marshal.loads((tests.inputs_path.parent / "expected.bin").read_bytes())
    assert ["input" in record for record in expected_file] == [not r["hidden"] for r in expected_file]
    assert [c.input for c in tests.cases if c.hidden] == [MISSING, MISSING]
    assert load_inputs(tests) == {
        "sample/01-case": {"n": 1},
        "sample/02-case": {"n": 2},
        "hidden/01-case": {"n": 50},
        "hidden/02-case": {"n": -7},
    }
    # the file sent into the sandbox holds each input, in case order, and nothing else
    assert [marshal.loads(raw) for raw in marshal.loads(tests.inputs_path.read_bytes())] == [
        {"n": 1},
        {"n": 2},
        {"n": 50},
        {"n": -7},
    ]
    assert [marshal.loads(raw) for raw in tests.raw_inputs()] == [{"n": 1}, {"n": 2}, {"n": 50}, {"n": -7}]


def test_a_cached_inputs_file_that_does_not_match_the_tests_is_an_error(tmp_path: Path) -> None:
    problem = load_problem(_double_problem(tmp_path / "bank"))
    tests = cases_of(problem, tmp_path / "cache")
    tests.inputs_path.write_bytes(marshal.dumps([marshal.dumps({"n": 1})]))

    with pytest.raises(ProblemFormatError, match="do not match"):
        tests.raw_inputs()
    tests.inputs_path.write_bytes(b"not marshal data")
    with pytest.raises(ProblemFormatError, match="do not match"):
        tests.raw_inputs()


def test_a_cached_test_set_is_reused_not_recomputed(tmp_path: Path) -> None:
    problem = load_problem(_double_problem(tmp_path / "bank"))
    first = cases_of(problem, tmp_path / "cache")
    expected_file = first.inputs_path.parent / "expected.bin"
    records = marshal.loads(expected_file.read_bytes())
    records[0]["expected"] = "from the cache"
    expected_file.write_bytes(marshal.dumps(records))

    second = cases_of(problem, tmp_path / "cache")

    assert second.key == first.key
    assert second.cases[0].expected == "from the cache"
    assert len(list((tmp_path / "cache" / "cases").iterdir())) == 1


@pytest.mark.parametrize("damage", [b"", b"not marshal", marshal.dumps({"a": 1}), marshal.dumps([1, 2])])
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, damage: bytes) -> None:
    problem = load_problem(_double_problem(tmp_path / "bank"))
    first = cases_of(problem, tmp_path / "cache")
    (first.inputs_path.parent / "expected.bin").write_bytes(damage)

    second = cases_of(problem, tmp_path / "cache")

    assert [c.expected for c in second.cases] == [c.expected for c in first.cases]


@pytest.mark.parametrize("edit", ["reference", "test", "new-test"])
def test_any_change_to_the_tests_or_reference_is_a_new_version(tmp_path: Path, edit: str) -> None:
    folder = _double_problem(tmp_path / "bank")
    problem = load_problem(folder)
    before = cases_of(problem, tmp_path / "cache")
    if edit == "reference":
        (folder / "reference.py").write_text("def double(n):\n    return n + n + 1\n")
    elif edit == "test":
        (folder / "tests" / "hidden" / "01-case.json").write_text(json.dumps(case("many", n=51)))
    else:
        (folder / "tests" / "hidden" / "03-case.json").write_text(json.dumps(case("more", n=3)))

    after = cases_of(problem, tmp_path / "cache")

    assert after.key != before.key
    assert [c.expected for c in after.cases] != [c.expected for c in before.cases]


def test_moving_a_sample_to_hidden_is_a_new_version(tmp_path: Path) -> None:
    folder = write_problem(tmp_path / "bank", DOUBLE, DOUBLE_REFERENCE, samples=[], hidden=[])
    tests = folder / "tests"
    # hidden 01, samples 02..04: the digest sees files in the order hidden/01, sample/02, 03, 04
    (tests / "hidden" / "01-h.json").write_text(json.dumps(case("h", n=1)))
    for number in (2, 3, 4):
        (tests / "sample" / f"0{number}-s.json").write_text(json.dumps(case("s", n=number)))
    problem = load_problem(folder)
    before = problem_digest(problem)

    (tests / "sample" / "02-s.json").rename(tests / "hidden" / "02-s.json")

    assert problem_digest(problem) != before


RACE = """
import sys, threading, types
from pathlib import Path
from judge.judging.expected import run_reference
from judge.errors import ProblemFormatError
from judge.bank.loader import load_problem

gate = types.SimpleNamespace(a_started=threading.Event(), b_deep=threading.Event(), a_done=threading.Event())
sys.modules["race_gate"] = gate
failures = []

def run(folder, n, done):
    try:
        run_reference(load_problem(Path(folder)), [{"n": n}], 256 << 20)
    except ProblemFormatError as error:
        failures.append(str(error))
    finally:
        if done is not None:
            done.set()

first = threading.Thread(target=run, args=(sys.argv[1], 1, gate.a_done))
first.start()
gate.a_started.wait(5)
second = threading.Thread(target=run, args=(sys.argv[2], 5000, None))
second.start()
first.join()
second.join()
print(failures)
sys.exit(1 if failures else 0)
"""


def test_references_run_in_parallel_keep_their_recursion_limit(tmp_path: Path) -> None:
    """Reference A returns, restoring the limit it found, while reference B is deep in recursion.

    Run in a subprocess: with the bug, B gets a RecursionError or the interpreter aborts."""
    quick = write_problem(
        tmp_path,
        function_entry("wait", {"n": "int"}, "int"),
        "import race_gate\ndef wait(n):\n    race_gate.a_started.set()\n"
        "    race_gate.b_deep.wait(1)\n    return n\n",
        [case("a", n=1), case("b", n=2)],
        name="001-quick",
    )
    deep = write_problem(
        tmp_path,
        function_entry("down", {"n": "int"}, "int"),
        "import race_gate\ndef down(n):\n    if n == 2500:\n        race_gate.b_deep.set()\n"
        "        race_gate.a_done.wait(1)\n    return 0 if n == 0 else 1 + down(n - 1)\n",
        [case("a", n=1), case("b", n=2)],
        name="002-deep",
    )

    race = subprocess.run(
        [sys.executable, "-c", RACE, str(quick), str(deep)], capture_output=True, timeout=60
    )

    assert race.returncode == 0, race.stdout.decode() + race.stderr.decode()[-500:]


def test_a_context_keeps_the_test_sets_used_last_and_reads_others_again(tmp_path: Path) -> None:
    from judge.judging.context import Context

    problems = [load_problem(_double_problem(tmp_path / f"bank{i}")) for i in range(3)]
    context = Context(lambda: pytest.fail("no sandbox is opened"), tmp_path / "cache", kept_tests=2)
    first = [context.tests(p) for p in problems[:2]]

    assert context.tests(problems[0]) is first[0]  # kept; now the one used last
    context.tests(problems[2])  # one too many: the one used longest ago goes
    assert context.tests(problems[0]) is first[0]
    again = context.tests(problems[1])
    assert again is not first[1] and again.cases == first[1].cases  # read again, the same
