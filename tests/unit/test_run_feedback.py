"""What a run says when it fails, through the real harness on the host: a file that fails
before any test is reported once, a time-out says where the code was, tests larger than
the last that passed are skipped after a time-out, and results stream in as they finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import SubprocessSandbox
from problem_packages import case, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.judging.context import Context
from judge.judging.job import Job, TimeLimit
from judge.judging.report import CaseResult, Report
from judge.judging.run import Watching, judge_job
from judge.judging.verdict import Verdict

TOTAL = function_entry("total", {"nums": "List[int]"}, "int")


@pytest.fixture(scope="module")
def sizes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tests of sizes 1, 2 (samples) and 3, 50, 2, 80 (hidden), in that order."""
    return write_problem(
        tmp_path_factory.mktemp("bank"),
        TOTAL,
        "def total(nums):\n    return sum(nums)\n",
        [case("one", nums=[1]), case("two", nums=[1, 2])],
        [
            case("three", nums=[1, 2, 3]),
            case("fifty", nums=list(range(50))),
            case("small-again", nums=[5, 5]),
            case("eighty", nums=list(range(80))),
        ],
    )


def _run(
    folder: Path, source: str, cache_dir: Path, watching: Watching | None = None, limit_ms: int = 300
) -> Report:
    problem = load_problem(folder)
    context = Context.of(SubprocessSandbox(), cache_dir)
    job = Job(problem, context.tests(problem), TimeLimit.fixed(limit_ms))
    return judge_job(job, source.encode(), context, "solution.py", watching)


def test_an_import_that_fails_is_one_load_error_not_one_per_test(sizes: Path, cache_dir: Path) -> None:
    report = _run(sizes, "import numpy as np\n\ndef total(nums):\n    return int(np.sum(nums))\n", cache_dir)

    assert {r.verdict for r in report.results} == {Verdict.CE}
    assert report.load_error is not None
    assert (report.load_error.kind, report.load_error.line, report.load_error.code) == (
        "load",
        1,
        "import numpy as np",
    )
    assert report.load_error.message == "ModuleNotFoundError: No module named 'numpy'"


def test_a_syntax_error_carries_its_line_column_and_source(sizes: Path, cache_dir: Path) -> None:
    report = _run(sizes, "def total(nums)\n    return sum(nums)\n", cache_dir)

    error = report.load_error
    assert error is not None and error.kind == "compile"
    assert (error.line, error.code) == (1, "def total(nums)")
    assert error.column is not None and error.column >= 15


def test_a_time_out_says_where_the_code_was_and_how_deep(sizes: Path, cache_dir: Path) -> None:
    source = (
        "def dig(n):\n    if n == 0:\n        while True:\n            pass\n    return dig(n - 1)\n\n\n"
        "def total(nums):\n    return dig(len(nums) * 10)\n"
    )

    report = _run(sizes, source, cache_dir)

    first = report.results[0]
    assert first.verdict is Verdict.TLE and first.size == 1
    assert first.where is not None
    assert first.where.depth == 12  # total, then dig 11 times (n = 10 down to 0)
    innermost = first.where.frames[-1]
    assert (innermost.line, innermost.function) in {(3, "dig"), (4, "dig")}
    assert innermost.code in {"while True:", "pass"}
    assert first.time_ms is not None and first.time_ms >= 300  # a time-out counts in the timings


def test_after_a_time_out_only_tests_no_larger_than_the_last_pass_run(sizes: Path, cache_dir: Path) -> None:
    slow_above_two = "def total(nums):\n    while len(nums) > 2:\n        pass\n    return sum(nums)\n"
    streamed: list[CaseResult] = []

    report = _run(
        sizes, slow_above_two, cache_dir, Watching(on_result=streamed.append, skip_after_timeout=True)
    )

    assert [r.verdict for r in report.results] == [
        Verdict.AC,  # one
        Verdict.AC,  # two
        Verdict.TLE,  # three: the first time-out; the last pass had size 2
        Verdict.SKIPPED,  # fifty
        Verdict.AC,  # small-again (size 2): still run
        Verdict.SKIPPED,  # eighty
    ]
    assert [r.id for r in streamed] == [r.id for r in report.results]  # each as it finished
    assert report.headline is Verdict.TLE and report.first_failure is report.results[2]


def test_an_always_looping_solution_stops_after_its_first_test(sizes: Path, cache_dir: Path) -> None:
    loops = "def total(nums):\n    while True:\n        pass\n"

    report = _run(sizes, loops, cache_dir, Watching(skip_after_timeout=True))

    assert [r.verdict for r in report.results] == [Verdict.TLE] + [Verdict.SKIPPED] * 5


def test_without_skipping_every_test_runs(sizes: Path, cache_dir: Path) -> None:
    slow_above_two = "def total(nums):\n    while len(nums) > 2:\n        pass\n    return sum(nums)\n"

    report = _run(sizes, slow_above_two, cache_dir, Watching(skip_after_timeout=False), limit_ms=150)

    assert Verdict.SKIPPED not in {r.verdict for r in report.results}


def test_an_untouched_starter_that_returns_none_is_told_so(sizes: Path, cache_dir: Path) -> None:
    report = _run(sizes, "def total(nums):\n    pass\n", cache_dir)

    assert report.results[0].message == "returned None: is a `return` missing?"


def test_results_graded_as_they_streamed_in_are_not_checked_again(
    sizes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer is checked once: the final grading takes what the live grading made.
    (With the byte-identical fast path off: it would skip the checker altogether.)"""
    from judge.judging import run

    monkeypatch.setattr(run, "same_answer", lambda job: None)
    checked = _counting_checker(monkeypatch)
    report = _run(sizes, "def total(nums):\n    return sum(nums)\n", cache_dir, Watching())
    assert {r.verdict for r in report.results} == {Verdict.AC}
    assert len(checked) == len(report.results) == 6


def _counting_checker(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from judge.judging import run

    checked: list[object] = []
    real = run.checker_for

    def counting(problem: object) -> object:
        check = real(problem)  # type: ignore[arg-type]

        def counted(case_input: object, expected: object, got: object) -> object:
            checked.append(got)
            return check(case_input, expected, got)

        return counted

    monkeypatch.setattr(run, "checker_for", counting)
    return checked


def test_an_answer_byte_identical_to_the_expected_one_is_accepted_unchecked(
    sizes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = _counting_checker(monkeypatch)

    report = _run(sizes, "def total(nums):\n    return sum(nums)\n", cache_dir, Watching())

    assert [r.verdict for r in report.results] == [Verdict.AC] * 6
    assert checked == []


def test_an_answer_that_differs_in_its_bytes_goes_to_the_checker(
    sizes: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the answers whose bytes differ are checked (and rejected, as before)."""
    checked = _counting_checker(monkeypatch)

    report = _run(sizes, "def total(nums):\n    return sum(nums) + (len(nums) > 2)\n", cache_dir)

    assert [r.verdict for r in report.results] == [Verdict.AC] * 2 + [Verdict.WA] * 2 + [
        Verdict.AC,
        Verdict.WA,
    ]
    assert checked == [7, 1226, 3161]


def test_a_damaged_encodings_file_only_turns_the_fast_path_off(
    sizes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from judge.judging.encoded import ENCODED_NAME

    cache_dir = tmp_path / "own-cache"  # this problem's files only
    _run(sizes, "def total(nums):\n    return sum(nums)\n", cache_dir)
    (damaged,) = cache_dir.rglob(ENCODED_NAME)
    damaged.write_bytes(b"not marshal")
    checked = _counting_checker(monkeypatch)

    report = _run(sizes, "def total(nums):\n    return sum(nums)\n", cache_dir)

    assert [r.verdict for r in report.results] == [Verdict.AC] * 6
    assert len(checked) == 6
