"""Judging many sources against one problem's tests in one container: mutation analysis.

    sources -> protocol.encode_batch -> Sandbox.run (one container, stdin kept open)
      harness: source 0 on test 1, 2, ... until the host sends `skip 0`, then source 1, ...
      host:    grades each record as it streams in; the first test a source fails is its
               verdict, and `skip <index>` stops the rest of that source's tests
    -> one SourceResult per source

So hundreds of sources cost one container start and, for most, one test each. A run
that ends early (the whole run's deadline, memory, output) settles the source it was
on by the grader's rules for a run that ended, and the sources after it go into a new
batch. Expected answers never enter the container, as for any run.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SandboxError
from ..sandbox import RunRequest, Send, Watch
from .checkers import checker_for
from .context import Context
from .grader import Rules, grade_record, run_ended
from .job import Job
from .policy import job_meta
from .protocol import Transcript, encode_batch, parse
from .report import CaseResult
from .run import input_lookup, same_answer
from .verdict import Verdict


@dataclass(frozen=True)
class SourceResult:
    """AC when the source passed every test; else the verdict of the first test it failed."""

    verdict: Verdict
    test_id: str = ""
    message: str = ""
    time_ms: float | None = None
    tests_run: int = 0
    results: tuple[CaseResult, ...] = ()  # the graded tests it ran, in order, the failure last


class _Progress:
    """What the records streamed so far say about each source of one batch run."""

    def __init__(self, job: Job, rules: Rules, header_cap: int, count: int) -> None:
        self.job, self.rules, self.header_cap = job, rules, header_cap
        self.results: dict[int, SourceResult] = {}
        self.passed: dict[int, list[CaseResult]] = {}
        self.current: int | None = None
        self.count = count
        self.seen = Transcript()  # hello and fault, for a run that ends early
        self.wanted = 0

    def watch(self, stream: bytearray, send: Send) -> bool:
        """Grade the complete records in stream and drop them from it (a batch's output
        would not fit in memory whole); waits until a cut-off record is complete."""
        if len(stream) < self.wanted:
            return False
        transcript = parse(bytes(stream), self.header_cap)
        del stream[: transcript.consumed]
        self.wanted = transcript.wanted - transcript.consumed if transcript.wanted else 0
        self.seen.hello = self.seen.hello or transcript.hello
        self.seen.fault = self.seen.fault or transcript.fault
        for index, error in transcript.compile_errors.items():
            if index is not None:
                self.results[index] = SourceResult(Verdict.CE, message=str(error.get("message")))
        for record in transcript.records:
            index = record.fact("source")
            if not isinstance(index, int) or index in self.results or not 0 <= index < self.count:
                continue
            self.current = index
            cases = self.job.tests.cases
            ran = self.passed.setdefault(index, [])
            position = len(ran)
            if position >= len(cases) or cases[position].id != record.id:
                self.results[index] = SourceResult(
                    Verdict.JE, record.id, "the harness reported tests out of order"
                )
                continue
            graded = grade_record(cases[position], record, self.rules)
            ran.append(graded)
            if graded.verdict is not Verdict.AC:
                self.results[index] = SourceResult(
                    graded.verdict, graded.id, graded.message, graded.time_ms, position + 1, tuple(ran)
                )
                send(f"skip {index}\n".encode())
            elif position + 1 == len(cases):
                self.results[index] = SourceResult(Verdict.AC, tests_run=len(cases), results=tuple(ran))
        return False


def judge_batch(
    job: Job, sources: list[bytes], context: Context, deadlines_ms: list[int] | None = None
) -> list[SourceResult]:
    """Each source's result against job's tests, in one container per run (more runs only
    when one ends early). deadlines_ms: a per-test kill deadline instead of the policy's."""
    results: dict[int, SourceResult] = {}
    pending = list(range(len(sources)))
    while pending:
        done = _run_once(job, [sources[i] for i in pending], context, deadlines_ms)
        for offset, result in done.items():
            results[pending[offset]] = result
        if not done:  # nothing settled: a fault of the judge, not of the sources
            results.update(
                {i: SourceResult(Verdict.JE, message="the batch run settled nothing") for i in pending}
            )
        pending = [i for i in pending if i not in results]
    return [results[i] for i in range(len(sources))]


def _run_once(
    job: Job, sources: list[bytes], context: Context, deadlines_ms: list[int] | None
) -> dict[int, SourceResult]:
    problem, policy, cases = job.problem, context.policy, job.tests.cases
    limit_ms = job.limit.limit_ms
    answer_cap = policy.sizes.answer_bytes
    rules = Rules(checker_for(problem), limit_ms, input_lookup(job), answer_cap, same=same_answer(job))
    progress = _Progress(job, rules, policy.sizes.record_header_bytes, len(sources))
    meta = job_meta(problem.entry.to_wire(), limit_ms, problem.limits.recursion_depth, policy)
    if deadlines_ms is not None:
        meta["deadlines_ms"] = deadlines_ms
    per_test = policy.time.run_deadline_s(len(cases), limit_ms) - policy.time.startup_allowance_s
    watch: Watch = progress.watch
    request = RunRequest(
        job=encode_batch(meta, [c.id for c in cases], job.tests.raw_inputs(), sources),
        memory_mb=problem.limits.memory_mb,
        deadline_s=policy.time.startup_allowance_s + per_test * len(sources),
        stack_bytes=policy.stack_bytes,
        output_cap=policy.sizes.run_output_bytes,  # what is not yet graded: the rest is dropped
        watch=watch,
    )
    try:
        outcome = context.sandbox.run(request)
    except SandboxError as error:
        return {i: SourceResult(Verdict.JE, message=str(error)) for i in range(len(sources))}
    if outcome.stopped_early or len(progress.results) == len(sources):
        return progress.results
    unsettled = progress.current if progress.current not in progress.results else None
    if unsettled is not None:  # the run ended on this source: the grader's rule for the rest
        verdict, message = run_ended(progress.seen, outcome)
        progress.results[unsettled] = SourceResult(verdict, message=message)
    return progress.results
