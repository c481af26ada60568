"""The real harness, run on the host by `SubprocessSandbox`, judged end to end by the core's run step.

No isolation and no memory limit here (that is the Docker tier); what is tested is the
protocol between harness and host: verdicts, per-test forks, captured output, limits.
"""

from __future__ import annotations

import json
import marshal
from pathlib import Path
from typing import Any

import pytest
from fakes import SubprocessSandbox, cases_of, judge_with_limit
from hypothesis import given
from hypothesis import strategies as st
from problem_packages import PAIR_SUM, case, copy_problem, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.judging.checkers import get_checker
from judge.judging.expected import load_inputs
from judge.judging.grader import Rules, grade
from judge.judging.policy import DEFAULT, job_meta
from judge.judging.protocol import encode_job, parse
from judge.judging.report import Report
from judge.judging.verdict import Verdict
from judge.render.json_out import report_json
from judge.render.text import render_report
from judge.sandbox import RunOutcome, RunRequest


def _judge(
    folder: Path,
    source: str | bytes,
    cache_dir: Path,
    limit_ms: int = 1000,
    sandbox: SubprocessSandbox | None = None,
) -> Report:
    data = source.encode() if isinstance(source, str) else source
    return judge_with_limit(load_problem(folder), data, sandbox or SubprocessSandbox(), cache_dir, limit_ms)


def _verdicts(report: Report) -> list[str]:
    return [r.verdict.value for r in report.results]


@pytest.fixture(scope="module")
def small_pair_sum(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """two-pointers/001 without its generator: the same hand-written tests, all small."""
    folder = copy_problem(tmp_path_factory.mktemp("bank"))
    (folder / "gen.py").unlink()
    return folder


SQUARE = function_entry("square", {"n": "int"}, "int")
SQUARE_REFERENCE = "def square(n):\n    return n * n\n"


@pytest.fixture(scope="module")
def square(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four tests: samples n=2 and n=3, hidden n=4 and n=5."""
    return write_problem(
        tmp_path_factory.mktemp("bank"),
        SQUARE,
        SQUARE_REFERENCE,
        [case("two", n=2), case("three", n=3)],
        [case("four", n=4), case("five", n=5)],
    )


# --- verdicts --------------------------------------------------------------------------


def test_the_reference_passes_every_test_including_generated_ones(cache_dir: Path) -> None:
    report = _judge(PAIR_SUM, (PAIR_SUM / "reference.py").read_bytes(), cache_dir)

    assert _verdicts(report) == ["AC"] * len(cases_of(load_problem(PAIR_SUM), cache_dir).cases)
    assert report.judge_error is None
    assert all(r.time_ms is not None for r in report.results)


@pytest.mark.parametrize(
    "path", sorted((PAIR_SUM / "submissions" / "accepted").glob("*.py")), ids=lambda p: p.name
)
def test_accepted_submissions_pass(small_pair_sum: Path, cache_dir: Path, path: Path) -> None:
    assert set(_verdicts(_judge(small_pair_sum, path.read_bytes(), cache_dir))) == {"AC"}


def test_a_wrong_submission_gets_wa(small_pair_sum: Path, cache_dir: Path) -> None:
    source = PAIR_SUM / "submissions" / "wrong_answer" / "reuses_same_position.py"

    report = _judge(small_pair_sum, source.read_bytes(), cache_dir)

    assert report.verdict is Verdict.WA
    assert set(_verdicts(report)) == {"AC", "WA"}


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("def pairWithTargetSum(nums, target)\n    return []\n", "SyntaxError: "),
        ("def pairWithTargetSum(nums, target):\nreturn []\n", "IndentationError: "),
        (b"x = '\xff'\n", "SyntaxError: "),
        ("x = '\0'\n", ""),  # SyntaxError or ValueError, depending on the Python version
    ],
)
def test_a_file_that_does_not_compile_is_ce_everywhere(
    small_pair_sum: Path, cache_dir: Path, source: Any, message: str
) -> None:
    report = _judge(small_pair_sum, source, cache_dir)

    assert set(_verdicts(report)) == {"CE"}
    assert all(r.message.startswith(message) for r in report.results)


@pytest.mark.parametrize(
    "source",
    [
        "def pair_with_target_sum(nums, target):\n    return []\n",
        "",
    ],
)
def test_a_missing_entry_point_is_ce_everywhere_and_reported_once(
    small_pair_sum: Path, cache_dir: Path, source: str
) -> None:
    report = _judge(small_pair_sum, source, cache_dir)

    assert set(_verdicts(report)) == {"CE"}
    message = "define a function `pairWithTargetSum` or a method `pairWithTargetSum` on class Solution"
    assert {r.message for r in report.results} == {message}
    assert report.load_error is not None and (report.load_error.kind, report.load_error.message) == (
        "entry",
        message,
    )


def test_a_pasted_solution_with_one_public_method_is_called_whatever_its_name(
    small_pair_sum: Path, cache_dir: Path
) -> None:
    pasted = (
        "class Solution:\n"
        "    def _index(self, nums):\n        return {v: i for i, v in enumerate(nums)}\n"
        "    def twoSum(self, numbers, goal):\n"
        "        lo, hi = 0, len(numbers) - 1\n"
        "        while lo < hi:\n"
        "            s = numbers[lo] + numbers[hi]\n"
        "            if s == goal:\n                return [lo, hi]\n"
        "            lo, hi = (lo + 1, hi) if s < goal else (lo, hi - 1)\n"
        "        return []\n"
    )

    assert set(_verdicts(_judge(small_pair_sum, pasted, cache_dir))) == {"AC"}


def test_several_public_methods_and_none_matching_is_one_ce_naming_them(
    small_pair_sum: Path, cache_dir: Path
) -> None:
    source = "class Solution:\n    def twoSum(self, a, b):\n        return []\n"
    source += "    def helper(self):\n        pass\n"

    report = _judge(small_pair_sum, source, cache_dir)

    assert report.load_error is not None
    assert report.load_error.message == (
        "class Solution has methods `twoSum`, `helper` but none is `pairWithTargetSum`: "
        "name the one to judge `pairWithTargetSum`"
    )


def test_an_exception_is_re_with_details_for_samples_only(square: Path, cache_dir: Path) -> None:
    source = "def square(n):\n    table = {}\n    return table[n]\n"

    report = _judge(square, source, cache_dir)

    assert _verdicts(report) == ["RE"] * 4
    assert [r.message for r in report.results] == [
        "KeyError: 2 at line 3",
        "KeyError: 3 at line 3",
        "KeyError at line 3",  # hidden: the type and the line, never the message (the input)
        "KeyError at line 3",
    ]
    where = report.results[2].where
    assert where is not None and [(f.line, f.function, f.code) for f in where.frames] == [
        (3, "square", "return table[n]")
    ]


def test_a_traceback_keeps_the_candidates_frames_only(square: Path, cache_dir: Path) -> None:
    source = "def helper(n):\n    return [][n]\n\ndef square(n):\n    return helper(n) + 1\n"

    report = _judge(square, source, cache_dir)

    where = report.results[0].where
    assert where is not None and where.depth == 2
    assert [(f.line, f.function) for f in where.frames] == [(5, "square"), (2, "helper")]


@pytest.mark.parametrize(
    ("body", "verdict", "message"),
    [
        ("raise MemoryError", "MLE", "ran out of memory"),
        ("raise SystemExit(0)", "RE", "SystemExit"),
        ("import os\n    os._exit(3)", "RE", "exited with code 3 before returning an answer"),
        ("import os, signal\n    os.kill(os.getpid(), signal.SIGSEGV)", "RE", "killed by signal SIGSEGV"),
        ("return {n}", "WA", "the returned value has type set, which is not a plain JSON type"),
        ("return float('nan')", "WA", "the returned value contains nan"),
        ("print('x' * (2 << 20))", "OLE", "printed more than 1 MiB (the output limit per test)"),
        ("while True:\n        pass", "TLE", "stopped after exceeding the 200 ms limit"),
    ],
)
def test_a_failure_on_one_test_is_its_verdict_and_the_others_still_run(
    square: Path, cache_dir: Path, body: str, verdict: str, message: str
) -> None:
    source = f"def square(n):\n    if n != 3:\n        return n * n\n    {body}\n"

    report = _judge(square, source, cache_dir, limit_ms=200)

    assert _verdicts(report) == ["AC", verdict, "AC", "AC"]
    assert report.results[1].message.startswith(message)


def test_a_slow_but_finished_test_is_tle(square: Path, cache_dir: Path) -> None:
    source = "import time\ndef square(n):\n    if n == 4:\n        time.sleep(0.25)\n    return n * n\n"

    report = _judge(square, source, cache_dir, limit_ms=200)

    assert _verdicts(report) == ["AC", "AC", "TLE", "AC"]
    slow = report.results[2]
    assert slow.time_ms is not None and slow.time_ms > 200
    assert slow.message.endswith("over the 200 ms limit")


@pytest.mark.parametrize("slow", ["time.sleep(0.25)", "while True:\n            pass"])
def test_a_run_asked_to_stop_at_the_first_time_out_does(square: Path, cache_dir: Path, slow: str) -> None:
    source = f"import time\ndef square(n):\n    if n >= 3:\n        {slow}\n    return n * n\n"

    report = judge_with_limit(
        load_problem(square), source.encode(), SubprocessSandbox(), cache_dir, 200, stop_at=Verdict.TLE
    )

    assert _verdicts(report) == ["AC", "TLE"]


def test_deep_recursion_works_as_on_a_generous_leetcode(tmp_path: Path, cache_dir: Path) -> None:
    folder = write_problem(
        tmp_path,
        function_entry("depth", {"n": "int"}, "int"),
        "def depth(n):\n    return n\n",
        [case("shallow", n=3), case("deep", n=60_000)],
    )
    source = "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"

    assert _verdicts(_judge(folder, source, cache_dir)) == ["AC", "AC"]


# --- isolation between tests -----------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "seen = []\ndef square(n):\n    seen.append(n)\n    return n * n if len(seen) == 1 else -1\n",
        "import builtins\ndef square(n):\n    if hasattr(builtins, 'mark'):\n        return -1\n"
        "    builtins.mark = 1\n    return n * n\n",
        "import sys\ndef square(n):\n    if 'leftover' in sys.modules:\n        return -1\n"
        "    sys.modules['leftover'] = sys\n    return n * n\n",
        "def square(n):\n    if heapq.__dict__.get('mark'):\n        return -1\n"
        "    heapq.mark = 1\n    return n * n\n",
    ],
)
def test_state_left_by_one_test_is_not_seen_by_the_next(square: Path, cache_dir: Path, source: str) -> None:
    assert _verdicts(_judge(square, source, cache_dir)) == ["AC"] * 4


def test_mutating_the_input_does_not_change_later_tests(tmp_path: Path, cache_dir: Path) -> None:
    same = case("same list", nums=[3, 1, 2])
    folder = write_problem(
        tmp_path,
        function_entry("total", {"nums": "List[int]"}, "int"),
        "def total(nums):\n    return sum(nums)\n",
        [same, same],
        [same, same],
    )
    source = (
        "def total(nums):\n"
        "    answer = sum(nums)\n"
        "    nums.append(100)\n"
        "    nums[0] = -50\n"
        "    return answer\n"
    )

    assert _verdicts(_judge(folder, source, cache_dir)) == ["AC"] * 4


def test_a_failing_sample_shows_the_original_input_not_the_mutated_one(
    tmp_path: Path, cache_dir: Path
) -> None:
    folder = write_problem(
        tmp_path,
        function_entry("total", {"nums": "List[int]"}, "int"),
        "def total(nums):\n    return sum(nums)\n",
        [case("a", nums=[1, 2]), case("b", nums=[4])],
    )
    source = "def total(nums):\n    nums.clear()\n    return -1\n"

    report = _judge(folder, source, cache_dir)

    details = [r.detail for r in report.results]
    assert [(d.input, d.expected, d.got) for d in details if d] == [
        ({"nums": [1, 2]}, 3, -1),
        ({"nums": [4]}, 4, -1),
    ]


# --- printed output --------------------------------------------------------------------


def test_printed_output_is_shown_for_failing_samples_only(square: Path, cache_dir: Path) -> None:
    source = (
        "import sys\n"
        "def square(n):\n"
        "    print('trace for', n)\n"
        "    print('err for', n, file=sys.stderr)\n"
        "    return n * n if n in (2, 5) else 0\n"
    )

    report = _judge(square, source, cache_dir)

    assert _verdicts(report) == ["AC", "WA", "WA", "AC"]
    shown = [(r.detail.stdout, r.detail.stderr) if r.detail else None for r in report.results]
    assert shown == [None, ("trace for 3\n", "err for 3\n"), None, None]  # the two streams apart
    text = render_report(report)
    assert "trace for 3" in text
    assert "for 2" not in text and "for 4" not in text and "for 5" not in text
    assert "for 4" not in report_json(report)


def test_printing_to_the_real_stdout_cannot_forge_records(square: Path, cache_dir: Path) -> None:
    forged = json.dumps({"t": "case", "id": "sample/02-case", "status": "ok", "answer": 1, "stdout": 0})
    source = (
        "import os, sys\n"
        "def square(n):\n"
        f"    os.write(1, {forged!r}.encode() + b'\\n9')\n"
        f"    sys.__stdout__.write({forged!r} + '\\n9')\n"
        "    return -1\n"
    )

    report = _judge(square, source, cache_dir)

    assert _verdicts(report) == ["WA"] * 4
    assert report.judge_error is None


# --- what goes into the sandbox --------------------------------------------------------


def _split_job(job: bytes) -> tuple[dict[str, Any], bytes, list[bytes]]:
    """(header, source, each input's bytes): the layout of protocol.encode_job, read here
    independently of the harness's reader."""
    line, _, body = job.partition(b"\n")
    header = json.loads(line)
    source, offset, inputs = body[: header["source"]], header["source"], []
    for size in header["sizes"]:
        inputs.append(body[offset : offset + size])
        offset += size
    assert offset == len(body), "bytes after the last input"
    return header, source, inputs


def test_only_inputs_go_into_the_sandbox(square: Path, cache_dir: Path) -> None:
    sandbox = SubprocessSandbox()

    _judge(square, SQUARE_REFERENCE, cache_dir, limit_ms=1234, sandbox=sandbox)

    (request,) = sandbox.requests
    header, source, inputs = _split_job(request.job)
    tests = cases_of(load_problem(square), cache_dir)
    assert sorted(header) == ["ids", "meta", "sizes", "source"]
    assert source == SQUARE_REFERENCE.encode()
    assert header["ids"] == [c.id for c in tests.cases]
    assert dict(zip(header["ids"], [marshal.loads(raw) for raw in inputs], strict=True)) == load_inputs(tests)
    assert header["meta"]["time_limit_ms"] == 1234
    assert header["meta"]["entry"] == load_problem(square).entry.to_wire()
    # every byte of the job is accounted for above and here: no room for an expected answer
    assert sorted(header["meta"]) == [
        "answer_limit",
        "deadline_ms",
        "entry",
        "header_limit",
        "input_sizes",
        "recursion_limit",
        "reply_after_timeout",
        "stack_bytes",
        "starved_cap",
        "starved_share",
        "stdout_keep",
        "stdout_limit",
        "time_limit_ms",
    ]
    assert b"expected" not in request.job


# --- other entry kinds -----------------------------------------------------------------

TALLY_ENTRY = {
    "kind": "design",
    "name": "Tally",
    "constructor": [{"name": "start", "type": "int"}],
    "methods": [
        {"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "None"},
        {"name": "total", "params": [], "returns": "int"},
    ],
}
TALLY = (
    "class Tally:\n"
    "    def __init__(self, start):\n        self.value = start\n"
    "    def add(self, k):\n        self.value += k\n"
    "    def total(self):\n        return self.value\n"
)


def test_a_design_problem_is_judged_call_by_call(tmp_path: Path, cache_dir: Path) -> None:
    ops = {
        "description": "calls",
        "input": {"ops": ["Tally", "add", "total", "add", "total"], "args": [[1], [2], [], [3], []]},
    }
    folder = write_problem(tmp_path, TALLY_ENTRY, TALLY, [ops, ops])

    assert _verdicts(_judge(folder, TALLY, cache_dir)) == ["AC", "AC"]
    off_by_one = _judge(folder, TALLY.replace("return self.value", "return self.value + 1"), cache_dir)
    assert _verdicts(off_by_one) == ["WA", "WA"]
    assert off_by_one.results[0].detail is not None
    assert (off_by_one.results[0].detail.expected, off_by_one.results[0].detail.got) == (
        [None, None, 3, None, 6],
        [None, None, 4, None, 7],
    )


def test_an_in_place_problem_judges_the_argument(tmp_path: Path, cache_dir: Path) -> None:
    entry = function_entry("moveZeroes", {"nums": "List[int]"}, "None", output="argument", argument="nums")
    reference = "def moveZeroes(nums):\n    nums.sort(key=lambda x: x == 0)\n"
    folder = write_problem(tmp_path, entry, reference, [case("a", nums=[0, 1, 0, 3]), case("b", nums=[0])])
    in_place = "def moveZeroes(nums):\n    nums[:] = [x for x in nums if x] + [0] * nums.count(0)\n"
    returns_a_copy = "def moveZeroes(nums):\n    return sorted(nums, key=lambda x: x == 0)\n"

    assert _verdicts(_judge(folder, in_place, cache_dir)) == ["AC", "AC"]
    assert _verdicts(_judge(folder, returns_a_copy, cache_dir)) == ["WA", "AC"]


def test_the_sandbox_is_given_the_run_deadline(square: Path, cache_dir: Path) -> None:
    sandbox = SubprocessSandbox()

    _judge(square, SQUARE_REFERENCE, cache_dir, limit_ms=500, sandbox=sandbox)

    assert sandbox.requests[0].deadline_s == DEFAULT.time.run_deadline_s(4, 500)
    assert _split_job(sandbox.requests[0].job)[0]["meta"]["deadline_ms"] == DEFAULT.time.test_deadline_ms(500)


@given(st.integers(1, 2000), st.integers(100, 20_000))
def test_the_run_deadline_outlasts_every_per_test_kill(case_count: int, limit_ms: int) -> None:
    """Otherwise one slow test could end the whole run before the harness stops that test."""
    per_test_kill_s = DEFAULT.time.test_deadline_ms(limit_ms) / 1000

    assert DEFAULT.time.run_deadline_s(case_count, limit_ms) > case_count * per_test_kill_s


# --- the run as a whole: the host's deadline and output cap ----------------------------


def _run_with(square: Path, cache_dir: Path, source: str, **limits: Any) -> tuple[RunOutcome, list[str]]:
    """Run the harness with request limits of our choosing, then grade as the core does."""
    problem = load_problem(square)
    tests = cases_of(problem, cache_dir)
    meta = job_meta(problem.entry.to_wire(), 10_000, 10_000, DEFAULT)
    job = encode_job(meta, [c.id for c in tests.cases], tests.raw_inputs(), source.encode())
    request = RunRequest(job=job, memory_mb=256, stack_bytes=DEFAULT.stack_bytes, **limits)
    outcome = SubprocessSandbox().run(request)
    rules = Rules(get_checker(problem.checker, problem.path), 10_000, lambda c: None, 1 << 20)
    results = grade(tests.cases, parse(outcome.stdout, 16 << 10), outcome, rules)
    return outcome, [r.verdict.value for r in results]


def test_a_run_stopped_at_the_host_deadline_is_tle_from_there_on(square: Path, cache_dir: Path) -> None:
    source = "def square(n):\n    while n == 3:\n        pass\n    return n * n\n"

    outcome, verdicts = _run_with(square, cache_dir, source, deadline_s=1.0)

    assert outcome.timed_out and outcome.exit_code == -9
    assert verdicts == ["AC", "TLE", "TLE", "TLE"]


def test_a_run_whose_output_passes_the_cap_is_ole_from_there_on(square: Path, cache_dir: Path) -> None:
    source = "def square(n):\n    if n == 3:\n        print('x' * 5000)\n    return n * n\n"

    outcome, verdicts = _run_with(square, cache_dir, source, deadline_s=30.0, output_cap=2000)

    assert outcome.output_capped and len(outcome.stdout) <= 2000
    assert verdicts == ["AC", "OLE", "OLE", "OLE"]
