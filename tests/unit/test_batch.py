"""Many sources against one problem's tests in one run (mutation analysis), through the
real harness on the host: each source stops at its first failing test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fakes import SubprocessSandbox
from problem_packages import case, function_entry, write_problem

from judge.bank.loader import load_problem
from judge.judging.batch import judge_batch
from judge.judging.context import Context
from judge.judging.job import Job, TimeLimit
from judge.judging.protocol import parse
from judge.judging.verdict import Verdict
from judge.sandbox import RunOutcome, RunRequest, Send

SQUARE = function_entry("square", {"n": "int"}, "int")
RIGHT = b"def square(n):\n    return n * n\n"
WRONG_ON_THREE = b"def square(n):\n    return 0 if n == 3 else n * n\n"
BROKEN = b"def square(n)\n    return n\n"
LOOPS_ON_TWO = b"def square(n):\n    while n == 2:\n        pass\n    return n * n\n"
RAISES = b"def square(n):\n    return [][n]\n"
NO_ENTRY = b"def cube(n):\n    return n ** 3\n"


class SpySandbox(SubprocessSandbox):
    """Counts the records each source produced, before the batch's watcher drops them."""

    def __init__(self) -> None:
        super().__init__()
        self.records: dict[int, list[str]] = {}

    def run(self, request: RunRequest) -> RunOutcome:
        watch = request.watch
        assert watch is not None
        seen = 0

        def spy(stream: bytearray, send: Send) -> bool:
            nonlocal seen
            transcript = parse(bytes(stream), 1 << 20)
            for record in transcript.records:
                self.records.setdefault(record.fact("source"), []).append(record.id)
            seen += len(transcript.records)
            return watch(stream, send)

        return super().run(
            RunRequest(
                request.job,
                request.memory_mb,
                request.deadline_s,
                request.stack_bytes,
                request.output_cap,
                spy,
            )
        )


@pytest.fixture
def job(tmp_path: Path, cache_dir: Path) -> tuple[Job, Context, SpySandbox]:
    folder = write_problem(
        tmp_path,
        SQUARE,
        RIGHT.decode(),
        [case("one", n=1), case("two", n=2)],
        [case("three", n=3), case("four", n=4)],
    )
    problem = load_problem(folder)
    sandbox = SpySandbox()
    context = Context.of(sandbox, cache_dir)
    return Job(problem, context.tests(problem), TimeLimit.fixed(300)), context, sandbox


def test_each_source_gets_its_first_failing_verdict_in_one_run(job: Any) -> None:
    the_job, context, sandbox = job

    results = judge_batch(the_job, [RIGHT, WRONG_ON_THREE, BROKEN, RAISES, NO_ENTRY, RIGHT], context)

    assert [(r.verdict, r.test_id) for r in results] == [
        (Verdict.AC, ""),
        (Verdict.WA, "hidden/01-case"),
        (Verdict.CE, ""),
        (Verdict.RE, "sample/01-case"),
        (Verdict.CE, "sample/01-case"),
        (Verdict.AC, ""),
    ]
    assert [r.tests_run for r in results] == [4, 3, 0, 1, 1, 4]
    assert len(sandbox.requests) == 1  # one container for the whole batch


def test_a_failing_source_stops_at_its_first_failure(job: Any) -> None:
    """After the host's `skip`, the harness runs no more of that source's tests (at most
    the one it had already started)."""
    the_job, context, sandbox = job

    judge_batch(the_job, [RAISES, RIGHT], context)

    assert len(sandbox.records[0]) <= 2 and sandbox.records[1] == [c.id for c in the_job.tests.cases]


def test_a_source_that_loops_is_stopped_at_its_deadline_and_the_next_one_runs(job: Any) -> None:
    the_job, context, _ = job

    results = judge_batch(the_job, [LOOPS_ON_TWO, RIGHT], context, deadlines_ms=[200] * 4)

    assert [(r.verdict, r.test_id) for r in results] == [(Verdict.TLE, "sample/02-case"), (Verdict.AC, "")]


def test_a_run_that_ends_early_settles_its_source_and_judges_the_rest_again(job: Any) -> None:
    """Here the source kills the harness itself (possible only outside a container, where
    the harness is not PID 1): that source gets the run's verdict, the others are judged
    in a second run."""
    the_job, context, sandbox = job
    kills_harness = (
        b"import os, signal\n"
        b"def square(n):\n    if n == 3:\n        os.kill(os.getppid(), signal.SIGKILL)\n    return n * n\n"
    )

    results = judge_batch(the_job, [RIGHT, kills_harness, WRONG_ON_THREE], context)

    assert [r.verdict for r in results] == [Verdict.AC, Verdict.RE, Verdict.WA]
    assert "stopped the judge's harness" in results[1].message
    assert len(sandbox.requests) == 2
