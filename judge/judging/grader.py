"""Turning the sandbox's facts into per-test verdicts. Pure: no I/O, no Docker.

Rules, per test:
- the harness reported an answer: unreadable -> WA; checker rejects -> WA; slower than
  the limit -> TLE (even when right); else AC
- an exception -> RE: for a sample, its message and the candidate's traceback; for a
  hidden test, its type and the line it was raised on, never its message
- MemoryError or an OOM kill -> MLE; killed at the deadline -> TLE, with the candidate's
  stack at that moment; too much output -> OLE; not run after a time-out -> SKIPPED
- a syntax error, a failure while loading the file, or a missing entry point -> CE for
  every test (and one LoadError on the report: see `failures.load_error`)
- the run ended before a test: the run's own cause (host deadline -> TLE, OOM -> MLE,
  output cap -> OLE, the harness killed by the solution -> RE); a harness fault or an
  unreadable transcript from a harness that exited normally -> JE, never the candidate's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..bank.model import MISSING, Case
from ..sandbox import RunOutcome
from .checkers import Checker, CheckResult
from .encoded import Same
from .failures import crash_message, exception_message, load_verdict, where
from .protocol import AnswerUnreadable, CaseRecord, Transcript, decode_answer
from .report import CaseResult, SampleDetail, Where
from .verdict import Verdict

InputOf = Callable[[Case], Any]
IDENTICAL = CheckResult(True)


@dataclass(frozen=True)
class Rules:
    """How one run's records become verdicts: the checker, the time limit, where a
    test's input comes from (for checkers and sample details), the answer size cap, and
    the candidate's source lines (to quote the line of an error)."""

    check: Checker
    limit_ms: int
    input_of: InputOf
    answer_cap: int
    source_lines: tuple[str, ...] = ()
    judges_return: bool = True  # the answer is the returned value (not a mutated argument)
    details_always: bool = False  # an input a person wrote: show the answer even when right
    stdout_cap: int = 1 << 20
    same: Same | None = None  # the answer's bytes are the expected answer's (encoded.py)


def grade(
    cases: Sequence[Case],
    transcript: Transcript,
    outcome: RunOutcome,
    rules: Rules,
    graded: Sequence[CaseResult] = (),
) -> list[CaseResult]:
    """A result per test. graded: the first tests' results, graded already as they
    streamed in (`run.Watching`): taken as they are, not checked a second time."""
    if transcript.compile_error is not None:
        error = transcript.compile_error
        line = f" (line {error['line']})" if isinstance(error.get("line"), int) else ""
        return [_result(c, Verdict.CE, message=f"{error.get('message')}{line}") for c in cases]
    if transcript.load is not None:
        verdict, message = load_verdict(transcript.load)
        return [_result(c, verdict, message=message) for c in cases]
    results: list[CaseResult] = []
    records = transcript.records
    for index, case in enumerate(cases):
        if index < len(records) and records[index].id == case.id:
            known = index < len(graded) and graded[index].id == case.id
            results.append(graded[index] if known else grade_record(case, records[index], rules))
            continue
        if index < len(records):  # ids out of step: the harness is broken, not the candidate
            return results + [
                _result(c, Verdict.JE, message="the harness reported tests out of order")
                for c in cases[index:]
            ]
        if outcome.stopped_early:  # asked to stop early: the rest did not run
            return results
        if records and records[-1].status == "missing_entry":
            message = records[-1].fact("message", "the entry point is missing")
            results.extend(_result(c, Verdict.CE, message=message) for c in cases[index:])
            return results
        verdict, message = run_ended(transcript, outcome)
        results.extend(_result(c, verdict, message=message) for c in cases[index:])
        return results
    return results


def run_ended(transcript: Transcript, outcome: RunOutcome) -> tuple[Verdict, str]:
    """Why a run stopped before its last test, as a verdict for the tests it never reached."""
    if transcript.fault is not None:
        return Verdict.JE, f"judge fault: {transcript.fault}"
    if transcript.hello is None and not outcome.timed_out:
        return Verdict.JE, "the judge's harness did not start"
    if outcome.timed_out:
        return Verdict.TLE, "the run passed its overall deadline and was stopped"
    if outcome.oom_killed:
        return Verdict.MLE, "the sandbox ran out of memory"
    if outcome.output_capped:
        return Verdict.OLE, "the run produced more output than allowed"
    if outcome.exit_code == 0:
        return Verdict.JE, f"the harness output could not be read ({transcript.malformed or 'incomplete'})"
    return Verdict.RE, f"the solution stopped the judge's harness (exit code {outcome.exit_code})"


def grade_record(case: Case, record: CaseRecord, rules: Rules) -> CaseResult:
    limit_ms = rules.limit_ms
    time_ns = record.fact("time_ns")
    time_ms = time_ns / 1e6 if isinstance(time_ns, int) else None
    status = record.status
    seen = _Seen(rules, record)
    if status == "ok":
        graded = _grade_answer(case, record, rules, time_ms, seen)
        peak = record.fact("peak_bytes")
        return dataclasses.replace(graded, peak_bytes=peak) if isinstance(peak, int) else graded
    if status == "skipped":
        return _result(case, Verdict.SKIPPED, message="not run: an earlier test ran out of time")
    if status == "timeout":
        wall_ns = record.fact("wall_ns")
        stopped_ms = wall_ns / 1e6 if isinstance(wall_ns, int) else None
        stack = where(record.fact("stack"), rules.source_lines)
        return seen.result(
            case, Verdict.TLE, stopped_ms, f"stopped after exceeding the {limit_ms} ms limit", stack
        )
    if status == "memory":
        return seen.result(case, Verdict.MLE, time_ms, "ran out of memory")
    if status == "output_limit":
        printed, returned = _size(rules.stdout_cap), _size(rules.answer_cap)
        told = f"printed more than {printed} (the output limit per test) or returned more than {returned}"
        return seen.result(case, Verdict.OLE, time_ms, told)
    if status == "bad_answer":
        return seen.result(
            case, Verdict.WA, time_ms, record.fact("message", "the answer is not a JSON value")
        )
    if status == "missing_entry":
        return _result(case, Verdict.CE, None, record.fact("message", "the entry point is missing"))
    if status == "exception":
        message, trace = exception_message(case.hidden, record, rules.source_lines)
        return seen.result(case, Verdict.RE, time_ms, message, trace)
    return seen.result(case, Verdict.RE, time_ms, crash_message(record))


def _grade_answer(
    case: Case, record: CaseRecord, rules: Rules, time_ms: float | None, seen: _Seen
) -> CaseResult:
    limit_ms = rules.limit_ms
    if rules.same is not None and rules.same(case, record.answer):
        got, outcome = case.expected, IDENTICAL  # what the checker says of the expected answer
    else:
        try:
            got = decode_answer(record.answer, rules.answer_cap)
        except AnswerUnreadable as error:
            return seen.result(case, Verdict.WA, time_ms, str(error))
        try:
            outcome = rules.check(rules.input_of(case), case.expected, got)
        except Exception as error:
            return _result(case, Verdict.JE, time_ms, f"the checker failed: {type(error).__name__}: {error}")
    if time_ms is not None and time_ms > limit_ms:
        return seen.result(
            case, Verdict.TLE, time_ms, f"took {time_ms:.0f} ms, over the {limit_ms} ms limit", got=got
        )
    if outcome.ok:
        return (
            seen.result(case, Verdict.AC, time_ms, "", got=got)
            if rules.details_always
            else _result(case, Verdict.AC, time_ms)
        )
    message = outcome.message or "wrong answer"
    if got is None and case.expected is not None and rules.judges_return:
        message = "returned None: is a `return` missing?"
    return seen.result(case, Verdict.WA, time_ms, message, got=got)


def _size(cap: int) -> str:
    return f"{cap >> 20} MiB" if cap >= 1 << 20 and cap % (1 << 20) == 0 else f"{cap >> 10} KiB"


class _Seen:
    """What a test printed, for the details of a failed sample."""

    def __init__(self, rules: Rules, record: CaseRecord) -> None:
        self.input_of = rules.input_of
        self.stdout = record.stdout.decode("utf-8", errors="replace")
        self.stderr = record.stderr.decode("utf-8", errors="replace")

    def result(
        self,
        case: Case,
        verdict: Verdict,
        time_ms: float | None,
        message: str,
        place: Where | None = None,
        got: Any = MISSING,
    ) -> CaseResult:
        detail = None
        if not case.hidden:
            shown = None if got is MISSING else got
            detail = SampleDetail(self.input_of(case), case.expected, shown, self.stdout, self.stderr)
        return _result(case, verdict, time_ms, message, detail, place)


def _result(
    case: Case,
    verdict: Verdict,
    time_ms: float | None = None,
    message: str = "",
    detail: SampleDetail | None = None,
    place: Where | None = None,
) -> CaseResult:
    return CaseResult(
        case.id,
        case.name,
        case.hidden,
        case.description,
        verdict,
        time_ms,
        message,
        detail,
        case.tags,
        case.size,
        place,
    )
