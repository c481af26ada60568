"""Turning the sandbox's facts into per-test verdicts. Pure: no I/O, no Docker.

Rules, per test:
- the harness reported an answer: unreadable -> WA; checker rejects -> WA; slower than
  the limit -> TLE (even when right); else AC
- an exception -> RE with its type (message and line for sample tests only)
- MemoryError or an OOM kill -> MLE; killed at the deadline -> TLE; too much output -> OLE
- a syntax error or a missing entry point -> CE for every test
- the run ended before a test: the run's own cause (host deadline -> TLE, OOM -> MLE,
  output cap -> OLE, the harness killed by the solution -> RE); a harness fault or an
  unreadable transcript from a harness that exited normally -> JE, never the candidate's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..bank.model import MISSING, Case
from ..sandbox import RunOutcome
from .checkers import Checker
from .protocol import AnswerUnreadable, CaseRecord, Transcript, decode_answer
from .report import CaseResult, SampleDetail
from .verdict import Verdict

InputOf = Callable[[Case], Any]


@dataclass(frozen=True)
class Rules:
    """How one run's records become verdicts: the checker, the time limit, where a
    test's input comes from (for checkers and sample details), and the answer size cap."""

    check: Checker
    limit_ms: int
    input_of: InputOf
    answer_cap: int


def grade(
    cases: Sequence[Case], transcript: Transcript, outcome: RunOutcome, rules: Rules
) -> list[CaseResult]:
    if transcript.compile_error is not None:
        error = transcript.compile_error
        line = f" (line {error['line']})" if isinstance(error.get("line"), int) else ""
        return [_result(c, Verdict.CE, message=f"{error.get('message')}{line}") for c in cases]
    results: list[CaseResult] = []
    records = transcript.records
    for index, case in enumerate(cases):
        if index < len(records) and records[index].id == case.id:
            results.append(grade_record(case, records[index], rules))
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
    limit_ms, input_of = rules.limit_ms, rules.input_of
    time_ns = record.fact("time_ns")
    time_ms = time_ns / 1e6 if isinstance(time_ns, int) else None
    status = record.status
    stdout = record.stdout.decode("utf-8", errors="replace")
    if status == "ok":
        return _grade_answer(case, record, rules, time_ms, stdout)
    if status == "timeout":
        return _result(
            case, Verdict.TLE, None, f"stopped after exceeding the {limit_ms} ms limit", input_of, stdout
        )
    if status == "memory":
        return _result(case, Verdict.MLE, time_ms, "ran out of memory", input_of, stdout)
    if status == "output_limit":
        return _result(
            case, Verdict.OLE, time_ms, "printed or returned more than the output limit", input_of, stdout
        )
    if status == "bad_answer":
        return _result(
            case,
            Verdict.WA,
            time_ms,
            record.fact("message", "the answer is not a JSON value"),
            input_of,
            stdout,
        )
    if status == "missing_entry":
        return _result(case, Verdict.CE, None, record.fact("message", "the entry point is missing"))
    if status == "exception":
        return _result(case, Verdict.RE, time_ms, _exception_message(case, record), input_of, stdout)
    return _result(case, Verdict.RE, time_ms, _crash_message(record), input_of, stdout)


def _grade_answer(
    case: Case, record: CaseRecord, rules: Rules, time_ms: float | None, stdout: str
) -> CaseResult:
    limit_ms, input_of = rules.limit_ms, rules.input_of
    try:
        got = decode_answer(record.answer, rules.answer_cap)
    except AnswerUnreadable as error:
        return _result(case, Verdict.WA, time_ms, str(error), input_of, stdout)
    try:
        outcome = rules.check(input_of(case), case.expected, got)
    except Exception as error:
        return _result(case, Verdict.JE, time_ms, f"the checker failed: {type(error).__name__}: {error}")
    if time_ms is not None and time_ms > limit_ms:
        return _result(
            case,
            Verdict.TLE,
            time_ms,
            f"took {time_ms:.0f} ms, over the {limit_ms} ms limit",
            input_of,
            stdout,
            got,
        )
    if outcome.ok:
        return _result(case, Verdict.AC, time_ms)
    return _result(case, Verdict.WA, time_ms, outcome.message or "wrong answer", input_of, stdout, got)


def _exception_message(case: Case, record: CaseRecord) -> str:
    kind = str(record.fact("type", "Exception"))
    if case.hidden:
        return kind
    message, line = record.fact("message", ""), record.fact("line")
    where = f" (line {line})" if isinstance(line, int) else ""
    return f"{kind}: {message}{where}" if message else f"{kind}{where}"


def _crash_message(record: CaseRecord) -> str:
    if record.fact("signal"):
        return f"killed by signal {record.fact('signal')}"
    return f"exited with code {record.fact('exit_code', '?')} before returning an answer"


def _result(
    case: Case,
    verdict: Verdict,
    time_ms: float | None = None,
    message: str = "",
    input_of: InputOf | None = None,
    stdout: str = "",
    got: Any = MISSING,
) -> CaseResult:
    detail = None
    if not case.hidden and verdict is not Verdict.AC and input_of is not None:
        detail = SampleDetail(input_of(case), case.expected, None if got is MISSING else got, stdout)
    return CaseResult(
        case.id, case.name, case.hidden, case.description, verdict, time_ms, message, detail, case.tags
    )
