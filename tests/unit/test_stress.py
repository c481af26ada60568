"""`judge stress` (judge.analysis.stress, judging.session): random inputs judged in one
session against the reference, and a smallest input where the answers differ, with the
harness as a subprocess (tests/docker/test_stress.py runs the same in a container)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fakes import SubprocessSandbox, invoke
from problem_packages import case, function_entry, write_problem

from judge.analysis.stress import StressResult, _Search
from judge.judging.report import CaseResult
from judge.judging.session import Judged, SessionOver
from judge.judging.verdict import Verdict

SQUARE = function_entry("square", {"n": "int"}, "int")
BRUTE = (
    "def square(n):\n    return n * n\n\n\n"
    "def inputs():\n    from hypothesis import strategies as st\n\n"
    "    return st.fixed_dictionaries({'n': st.integers(-1000, 1000)})\n"
)
OFF_ABOVE_49 = "def square(n):\n    return n * n + (1 if n >= 50 else 0)\n"
RAISES_ON_NEGATIVE = "def square(n):\n    if n < -3:\n        raise ValueError(n)\n    return n * n\n"


@pytest.fixture()
def bank(tmp_path: Path) -> Path:
    folder = write_problem(
        tmp_path / "problems", SQUARE, "def square(n):\n    return n * n\n", [case("a", n=2), case("b", n=3)]
    )
    (folder / "brute.py").write_text(BRUTE)
    return tmp_path / "problems"


def _stress(bank: Path, tmp_path: Path, source: str, *extra: str) -> tuple[int, dict[str, object], int]:
    solution = tmp_path / "solution.py"
    solution.write_text(source)
    opened: list[SubprocessSandbox] = []

    def opener() -> SubprocessSandbox:
        opened.append(SubprocessSandbox())
        return opened[-1]

    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    args = ("stress", "two-pointers/009", solution, "--json", "--time", "60", *extra)
    result = invoke(*args, problems=bank, sandbox=opener, env=env)
    assert result.exit_code in (0, 1), result.output
    runs = sum(len(s.requests) for s in opened)
    return result.exit_code, json.loads(result.stdout), runs


def test_a_wrong_answer_is_shrunk_to_the_smallest_input_and_shown_in_full(bank: Path, tmp_path: Path) -> None:
    code, document, runs = _stress(bank, tmp_path, OFF_ABOVE_49, "--seed", "3")
    assert code == 1
    found = document["found"]
    assert isinstance(found, dict)
    assert (found["verdict"], found["input"], found["expected"], found["got"]) == (
        "WA",
        {"n": 50},
        2500,
        2501,
    )
    # one session per job judged every batch and every shrink step: no container per input
    assert runs == 2 + 1  # the reference timed once (the limit), then two sessions


def test_a_crash_is_found_with_its_message(bank: Path, tmp_path: Path) -> None:
    code, document, _ = _stress(bank, tmp_path, RAISES_ON_NEGATIVE, "--seed", "5")
    found = document["found"]
    assert code == 1 and isinstance(found, dict)
    assert (found["verdict"], found["input"]) == ("RE", {"n": -4})
    assert "ValueError" in str(found["message"])


def test_a_right_solution_is_judged_on_every_distinct_input_without_a_difference(
    bank: Path, tmp_path: Path
) -> None:
    code, document, _ = _stress(bank, tmp_path, "def square(n):\n    return n ** 2\n", "--examples", "300")
    assert code == 0 and document["found"] is None
    assert 100 < int(str(document["judged"])) <= 300
    assert document["verdicts"] == {"AC": document["judged"]}


REACH = function_entry("reach", {"nums": "List[int]", "k": "int"}, "bool")
REACH_RIGHT = (
    "def reach(nums, k):\n    last = {}\n    for j, v in enumerate(nums):\n"
    "        if v in last and j - last[v] <= k:\n            return True\n"
    "        last[v] = j\n    return False\n"
)
REACH_BRUTE = REACH_RIGHT + (
    "\n\ndef inputs():\n    from hypothesis import strategies as st\n\n"
    "    return st.fixed_dictionaries(\n"
    "        {'nums': st.lists(st.integers(-6, 6), max_size=14), 'k': st.integers(0, 16)}\n    )\n"
)
REACH_STRICT = REACH_RIGHT.replace("<= k", "< k")  # a repeat exactly k apart is missed


@pytest.mark.parametrize("seed", [1, 2])  # the seeds where the shrinker alone stops short
def test_a_difference_whose_parts_must_shrink_together_is_refined_to_the_smallest(
    tmp_path: Path, seed: int
) -> None:
    """Missed only when the distance is exactly k: deleting an element alone, or lowering
    k alone, makes the answer right again, a place where Hypothesis's shrinker can stop
    (n = 4, k = 3 on seed 1 and n = 3, k = 2 on seed 2 without the refining rounds). The
    smallest is a pair at distance 1."""
    folder = write_problem(
        tmp_path / "problems", REACH, REACH_RIGHT, [case("a", nums=[1, 1], k=1), case("b", nums=[], k=0)]
    )
    (folder / "brute.py").write_text(REACH_BRUTE)
    code, document, _ = _stress(tmp_path / "problems", tmp_path, REACH_STRICT, "--seed", str(seed))
    found = document["found"]
    assert code == 1 and isinstance(found, dict)
    nums, k = found["input"]["nums"], found["input"]["k"]
    assert (len(nums), k, nums[0] == nums[1]) == (2, 1, True), found["input"]


def test_the_same_seed_finds_the_same_first_difference(bank: Path, tmp_path: Path) -> None:
    first = _stress(bank, tmp_path, OFF_ABOVE_49, "--seed", "11")[1]["found"]
    again = _stress(bank, tmp_path, OFF_ABOVE_49, "--seed", "11")[1]["found"]
    assert isinstance(first, dict) and isinstance(again, dict)
    assert first["first_input"] == again["first_input"]


def test_a_file_that_does_not_compile_says_so(bank: Path, tmp_path: Path) -> None:
    code, document, _ = _stress(bank, tmp_path, "def square(n:\n")
    assert code == 0 and document["found"] is None and document["judged"] == 0
    assert "does not load" in str(document["stopped"])


def test_the_text_names_the_seed_that_reproduces_it(bank: Path, tmp_path: Path) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text(OFF_ABOVE_49)
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    result = invoke("stress", "two-pointers/009", solution, "--seed", "3", problems=bank, env=env)
    assert result.exit_code == 1, result.output
    assert 'input:    {"n": 50}' in result.stdout
    assert f"Reproduce: judge stress two-pointers/009 {solution} --seed 3" in result.stdout


def test_run_explain_shows_a_small_input_after_a_failing_hidden_test(tmp_path: Path) -> None:
    folder = write_problem(
        tmp_path / "problems",
        SQUARE,
        "def square(n):\n    return n * n\n",
        [case("a", n=2), case("b", n=3)],
        [case("big", n=700)],
    )
    (folder / "brute.py").write_text(BRUTE)
    solution = tmp_path / "solution.py"
    solution.write_text(OFF_ABOVE_49)
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_DATA_DIR": str(tmp_path / "data")}
    result = invoke(
        "run",
        "two-pointers/009",
        solution,
        "--explain",
        "--no-color",
        problems=tmp_path / "problems",
        env=env,
    )

    assert result.exit_code == 1, result.output
    assert "Looking for a small input where your answer differs" in result.stdout
    assert 'input:    {"n": 50}' in result.stdout
    assert result.stdout.index("WA (Wrong Answer) on hidden/01-case") < result.stdout.index("Looking for")


def test_the_kind_of_an_input_is_read_off_it() -> None:
    from judge.analysis.steer import of_kind, steerable

    empty, negatives = of_kind(("empty",)), of_kind(("negatives", "no-answer"))
    assert empty is not None and negatives is not None
    assert empty({"nums": [], "k": 2}) and not empty({"nums": [1], "k": 2})
    assert negatives({"nums": [3, -1]}) and not negatives({"nums": [0, True]})
    duplicates, ordered = of_kind(("duplicates",)), of_kind(("sorted",))
    assert duplicates is not None and ordered is not None
    assert duplicates({"grid": [[1, 2], [2, 2]]}) and not duplicates({"grid": [[1, 2], [3, 4]]})
    assert ordered({"s": "abc"}) and not ordered({"s": "acb"})
    assert of_kind(("max-size", "no-answer")) is None and steerable(("max-size", "empty")) == ("empty",)


def test_a_steered_search_draws_only_inputs_of_the_kind(bank: Path, tmp_path: Path) -> None:
    """The file is wrong only from n = 50 up: searching negative inputs alone finds
    nothing; unsteered, the same seed finds n = 50."""
    code, steered, _ = _stress(bank, tmp_path, OFF_ABOVE_49, "--seed", "3", "--kind", "negatives")
    assert code == 0 and steered["found"] is None
    assert isinstance(steered["judged"], int) and steered["judged"] > 0

    code, crash, _ = _stress(bank, tmp_path, RAISES_ON_NEGATIVE, "--seed", "3", "--kind", "negatives")
    assert code == 1 and crash["found"]["input"] == {"n": -4}  # type: ignore[index]


def test_an_unknown_kind_is_one_line_and_exit_2(bank: Path, tmp_path: Path) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text(OFF_ABOVE_49)
    result = invoke("stress", "two-pointers/009", solution, "--kind", "max-size", problems=bank)
    assert result.exit_code == 2
    assert "--kind max-size: not a kind an input shows" in result.output


def test_run_explain_is_steered_by_the_failing_tests_kind(tmp_path: Path) -> None:
    negative = {**case("a negative", n=-7), "tags": ["negatives"]}
    folder = write_problem(
        tmp_path / "problems",
        SQUARE,
        "def square(n):\n    return n * n\n",
        [case("a", n=2), case("b", n=3)],
        [negative],
    )
    (folder / "brute.py").write_text(BRUTE)
    solution = tmp_path / "solution.py"
    solution.write_text(RAISES_ON_NEGATIVE)
    env = {"JUDGE_CACHE_DIR": str(tmp_path / "cache"), "JUDGE_DATA_DIR": str(tmp_path / "data")}

    result = invoke(
        "run", "two-pointers/009", solution, "--explain", "--no-color", problems=folder.parent.parent, env=env
    )

    assert result.exit_code == 1, result.output
    assert "Looking for a small input of the kind that failed (negatives)" in result.stdout
    assert 'input:    {"n": -4}' in result.stdout


def test_a_drawer_whose_filter_is_slow_to_keep_anything_ends_by_its_deadline_and_on_close() -> None:
    """A refining round's filter can reject nearly every draw: the searcher must not
    wait on the drawer past its deadline, nor the close on Hypothesis's hunt for a
    value to keep (here each rejection takes half a second: without the stop inside the
    filter, Hypothesis would go on for a minute or more, past the close's 30 s wait)."""
    import time

    from hypothesis import strategies as st

    from judge.analysis.drawing import Drawer

    def slow_no(value: int) -> bool:
        time.sleep(0.5)
        return False

    drawer = Drawer(st.integers(), seed=1, count=1000, keep=slow_no)
    assert list(drawer.batches(10, time.monotonic() + 0.3)) == []
    drawer.close()
    assert not drawer.thread.is_alive()


def test_batches_start_with_one_input_and_double() -> None:
    """A file that runs every input to its deadline shows it after one input: the first
    batch holds one, each next at most twice the last, up to the size asked for."""
    from hypothesis import strategies as st

    from judge.analysis.drawing import Drawer

    drawer = Drawer(st.integers(), seed=1, count=300)
    drawer.thread.join(60)  # every draw is queued (the queue holds 800): no batch is cut short
    sizes = [len(b) for b in drawer.batches(16, time.monotonic() + 60, first=1)]
    drawer.close()
    assert sizes == [1, 2, 4, 8] + [16] * 17 + [300 - 15 - 16 * 17]


class _Gated:
    """A stand-in session: judges a batch once its gate opens, a value differs when odd."""

    def __init__(self, gate: threading.Event | None = None, fails: bool = False) -> None:
        self.gate, self.fails, self.batches = gate, fails, 0

    def judge(self, values: list[int]) -> list[Judged]:
        self.batches += 1
        if self.fails:
            raise SessionOver("the container is gone")
        if self.gate is not None:
            assert self.gate.wait(timeout=60)
        verdicts = [Verdict.WA if v % 2 else Verdict.AC for v in values]
        return [Judged(v, CaseResult("r", "r", False, "", k)) for v, k in zip(values, verdicts, strict=True)]


def _batches(*batches: list[int]) -> Iterator[list[Any]]:
    yield from batches


@pytest.mark.parametrize("first_done", [0, 1])
def test_sessions_take_batches_independently_and_the_first_difference_in_draw_order_is_kept(
    first_done: int,
) -> None:
    """Session 0 holds batch 0 (a difference at 3), session 1 batch 1 (one at 5); whichever
    finishes first, 3 was drawn first and is the one kept, and no one takes batch 2."""
    gates = [threading.Event(), threading.Event()]
    sessions = [_Gated(gates[0]), _Gated(gates[1])]
    search = _Search(_batches([2, 3], [5, 6], [7, 9]), {}, StressResult("p", 0))
    with ThreadPoolExecutor(max_workers=2) as pool:
        workers = []
        for session in sessions:  # session 0 takes batch 0, then session 1 batch 1
            workers.append(pool.submit(search.work, session))
            while search.taken < len(workers):
                time.sleep(0.01)
        for i in (first_done, 1 - first_done):
            gates[i].set()
            workers[i].result(timeout=60)

    assert search.found is not None and search.found[1].value == 3
    assert [s.batches for s in sessions] == [1, 1]


def test_a_failing_session_stops_the_search_and_its_error_reaches_the_caller() -> None:
    result = StressResult("p", 0)
    drawer_batches = _batches(*([[2 * i]] for i in range(1000)))
    search = _Search(drawer_batches, {}, result)
    with pytest.raises(SessionOver), ThreadPoolExecutor(max_workers=2) as pool:
        workers = [pool.submit(search.work, s) for s in (_Gated(fails=True), _Gated())]
        for worker in workers:
            worker.result(timeout=60)
    assert search.failed and result.judged < 999
