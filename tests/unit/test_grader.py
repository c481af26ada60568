"""From sandbox facts to verdicts: synthetic transcripts and outcomes, no harness involved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.bank.model import MISSING, Case, CheckerSpec
from judge.judging.checkers import CheckResult, get_checker
from judge.judging.grader import Rules, grade
from judge.judging.protocol import CaseRecord, Transcript
from judge.judging.report import Report, SampleDetail
from judge.judging.verdict import Verdict, worst
from judge.sandbox import RunOutcome

LIMIT_MS = 1000
EXACT = get_checker(CheckerSpec("exact"), Path("unused"))
HELLO = {"t": "hello", "version": 1}


def _case(name: str, hidden: bool = False, expected: Any = 3) -> Case:
    kind = "hidden" if hidden else "sample"
    given_input = MISSING if hidden else {"n": len(name)}  # hidden inputs stay on disk, as in a TestSet
    return Case(f"{kind}/{name}", name, hidden, f"the {name} case", given_input, expected)


def _input_of(case: Case) -> Any:
    return None if case.input is MISSING else case.input


def _record(case: Case, status: str = "ok", answer: Any = 3, stdout: bytes = b"", **facts: Any) -> CaseRecord:
    payload = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
    return CaseRecord(case.id, status, payload if status == "ok" else b"", stdout, facts)


def _grade(
    cases: list[Case],
    records: list[CaseRecord],
    outcome: RunOutcome | None = None,
    check: Any = EXACT,
    **transcript: Any,
) -> list[Any]:
    full = Transcript(
        hello=transcript.pop("hello", HELLO), records=records, done=transcript.pop("done", True), **transcript
    )
    return grade(cases, full, outcome or RunOutcome(b""), Rules(check, LIMIT_MS, _input_of, 8 << 20))


# --- one record, one verdict -----------------------------------------------------------

FAST: dict[str, Any] = {"time_ns": 2_000_000}
ONE_RECORD = [
    # id, record facts, verdict, message for a sample ("…(" : starts with), for a hidden test (None: the same)
    ("right", dict(answer=3, **FAST), Verdict.AC, "", None),
    ("wrong", dict(answer=4, **FAST), Verdict.WA, "the answer differs from the expected answer", None),
    ("wrong-type", dict(answer=3.0, **FAST), Verdict.WA, "the answer differs from the expected answer", None),
    (
        "right-but-slow",
        dict(answer=3, time_ns=1_500_000_000),
        Verdict.TLE,
        "took 1500 ms, over the 1000 ms limit",
        None,
    ),
    (
        "wrong-and-slow",
        dict(answer=4, time_ns=1_500_000_000),
        Verdict.TLE,
        "took 1500 ms, over the 1000 ms limit",
        None,
    ),
    ("at-the-limit", dict(answer=3, time_ns=1_000_000_000), Verdict.AC, "", None),
    ("unreadable", dict(answer=b"[NaN]", **FAST), Verdict.WA, "the answer is not valid JSON (", None),
    ("too-deep", dict(answer=b"[" * 200 + b"]" * 200), Verdict.WA, "the answer is nested too deeply", None),
    (
        "exception",
        dict(status="exception", type="KeyError", message="'k'", line=7),
        Verdict.RE,
        "KeyError: 'k' at line 7",
        "KeyError at line 7",
    ),
    (
        "exception-no-line",
        dict(status="exception", type="ValueError", message="bad"),
        Verdict.RE,
        "ValueError: bad",
        "ValueError",
    ),
    (
        "exception-no-message",
        dict(status="exception", type="StopIteration", message="", line=2),
        Verdict.RE,
        "StopIteration at line 2",
        "StopIteration at line 2",
    ),
    ("memory", dict(status="memory"), Verdict.MLE, "ran out of memory", None),
    ("timeout", dict(status="timeout"), Verdict.TLE, "stopped after exceeding the 1000 ms limit", None),
    (
        "output-limit",
        dict(status="output_limit"),
        Verdict.OLE,
        "printed more than 1 MiB (the output limit per test) or returned more than 8 MiB",
        None,
    ),
    (
        "bad-answer",
        dict(status="bad_answer", message="the returned value has type set"),
        Verdict.WA,
        "the returned value has type set",
        None,
    ),
    (
        "crashed-signal",
        dict(status="crashed", signal="SIGSEGV"),
        Verdict.RE,
        "killed by signal SIGSEGV",
        None,
    ),
    (
        "crashed-exit",
        dict(status="crashed", exit_code=4),
        Verdict.RE,
        "exited with code 4 before returning an answer",
        None,
    ),
    (
        "missing-entry",
        dict(status="missing_entry", message="define a function `f`"),
        Verdict.CE,
        "define a function `f`",
        None,
    ),
]


@pytest.mark.parametrize(
    ("record", "verdict", "message", "hidden_message"),
    [r[1:] for r in ONE_RECORD],
    ids=[r[0] for r in ONE_RECORD],
)
@pytest.mark.parametrize("hidden", [False, True], ids=["sample", "hidden"])
def test_one_record_gets_its_verdict(
    hidden: bool, record: dict[str, Any], verdict: Verdict, message: str, hidden_message: str | None
) -> None:
    case = _case("only", hidden)

    (result,) = _grade([case], [_record(case, **record)])

    assert result.verdict is verdict
    wanted = hidden_message if hidden and hidden_message is not None else message
    assert result.message.startswith(wanted) if wanted.endswith("(") else result.message == wanted
    assert (result.id, result.name, result.hidden, result.description) == (
        case.id,
        "only",
        hidden,
        "the only case",
    )


@pytest.mark.parametrize(("record", "verdict"), [r[1:3] for r in ONE_RECORD], ids=[r[0] for r in ONE_RECORD])
def test_only_failing_samples_carry_details(record: dict[str, Any], verdict: Verdict) -> None:
    sample, hidden = _case("shown"), _case("secret", hidden=True)

    sample_result, hidden_result = _grade(
        [sample, hidden], [_record(sample, **record), _record(hidden, **record)]
    )

    assert hidden_result.detail is None
    if verdict in (Verdict.AC, Verdict.CE):
        assert sample_result.detail is None
    else:
        assert sample_result.detail is not None
        assert (sample_result.detail.input, sample_result.detail.expected) == ({"n": 5}, 3)


def test_a_wrong_sample_shows_input_expected_got_and_stdout() -> None:
    case = _case("shown")

    (result,) = _grade([case], [_record(case, answer=[4, "x"], stdout=b"debug \xff\n", **FAST)])

    assert result.detail == SampleDetail({"n": 5}, 3, [4, "x"], "debug \ufffd\n")
    assert result.time_ms == 2.0


def test_times_are_reported_in_ms() -> None:
    case = _case("a")

    (result,) = _grade([case], [_record(case, time_ns=12_345_678)])

    assert result.time_ms == pytest.approx(12.345678)


def test_a_failing_checker_is_a_judge_error_not_the_candidates() -> None:
    def broken(case_input: Any, expected: Any, got: Any) -> CheckResult:
        raise KeyError("nums")

    case = _case("a")

    (result,) = _grade([case], [_record(case, **FAST)], check=broken)

    assert result.verdict is Verdict.JE
    assert result.message == "the checker failed: KeyError: 'nums'"


def test_the_checker_gets_the_input_expected_and_decoded_answer() -> None:
    seen = []

    def spy(case_input: Any, expected: Any, got: Any) -> CheckResult:
        seen.append((case_input, expected, got))
        return CheckResult(True)

    sample, hidden = _case("abc"), _case("hid", hidden=True, expected=[1])

    _grade([sample, hidden], [_record(sample, answer={"k": [1]}), _record(hidden, answer=None)], check=spy)

    assert seen == [({"n": 3}, 3, {"k": [1]}), (None, [1], None)]


# --- whole-run outcomes ----------------------------------------------------------------

CASES = [_case("one"), _case("two", hidden=True), _case("three"), _case("four", hidden=True)]


def test_a_compile_error_is_ce_for_every_test() -> None:
    results = _grade(CASES, [], compile_errors={None: {"message": "SyntaxError: invalid syntax", "line": 2}})

    assert [r.verdict for r in results] == [Verdict.CE] * 4
    assert {r.message for r in results} == {"SyntaxError: invalid syntax (line 2)"}
    assert all(r.detail is None for r in results)


def test_a_missing_entry_is_ce_for_every_remaining_test() -> None:
    records = [_record(CASES[0], status="missing_entry", message="define a class `MinStack`")]

    results = _grade(CASES, records)

    assert [r.verdict for r in results] == [Verdict.CE] * 4
    assert {r.message for r in results} == {"define a class `MinStack`"}


ENDED = [
    ("host-deadline", RunOutcome(b"", exit_code=-9, timed_out=True), {}, Verdict.TLE),
    ("oom-killed", RunOutcome(b"", exit_code=137, oom_killed=True), {}, Verdict.MLE),
    ("output-capped", RunOutcome(b"", exit_code=137, output_capped=True), {}, Verdict.OLE),
    ("harness-killed", RunOutcome(b"", exit_code=137), {}, Verdict.RE),
    ("harness-fault", RunOutcome(b"", exit_code=3), {"fault": "ValueError: x"}, Verdict.JE),
    ("fault-beats-deadline", RunOutcome(b"", timed_out=True), {"fault": "x"}, Verdict.JE),
    ("no-hello", RunOutcome(b"", exit_code=1), {"hello": None}, Verdict.JE),
    ("no-hello-but-deadline", RunOutcome(b"", exit_code=-9, timed_out=True), {"hello": None}, Verdict.TLE),
    (
        "unreadable-after-clean-exit",
        RunOutcome(b"", exit_code=0),
        {"malformed": "a record header is not JSON"},
        Verdict.JE,
    ),
    ("incomplete-after-clean-exit", RunOutcome(b"", exit_code=0), {"done": False}, Verdict.JE),
]


@pytest.mark.parametrize(
    ("outcome", "transcript", "verdict"), [e[1:] for e in ENDED], ids=[e[0] for e in ENDED]
)
def test_a_run_that_ended_early_explains_the_tests_it_never_reached(
    outcome: RunOutcome, transcript: dict[str, Any], verdict: Verdict
) -> None:
    records = [_record(CASES[0], **FAST)]

    results = _grade(CASES, records, outcome, **transcript)

    assert [r.verdict for r in results] == [Verdict.AC, verdict, verdict, verdict]
    assert len({r.message for r in results[1:]}) == 1
    assert all(r.detail is None for r in results)


def test_the_run_ended_messages_name_the_cause() -> None:
    def message(outcome: RunOutcome, **transcript: Any) -> str:
        return str(_grade(CASES[:1], [], outcome, **transcript)[0].message)

    assert (
        message(RunOutcome(b"", exit_code=137)) == "the solution stopped the judge's harness (exit code 137)"
    )
    assert message(RunOutcome(b""), fault="boom") == "judge fault: boom"
    assert message(RunOutcome(b""), hello=None) == "the judge's harness did not start"
    assert message(RunOutcome(b""), malformed="a case record is cut off") == (
        "the harness output could not be read (a case record is cut off)"
    )


def test_ids_out_of_order_are_a_judge_error_from_there_on() -> None:
    records = [_record(CASES[0], **FAST), _record(CASES[2], **FAST), _record(CASES[1], **FAST)]

    results = _grade(CASES, records)

    assert [r.verdict for r in results] == [Verdict.AC, Verdict.JE, Verdict.JE, Verdict.JE]
    assert results[1].message == "the harness reported tests out of order"


def test_a_run_stopped_at_its_first_time_out_reports_only_the_tests_that_ran() -> None:
    records = [_record(CASES[0], **FAST), _record(CASES[1], status="timeout")]

    stopped = RunOutcome(b"", exit_code=137, stopped_early=True)  # the host ended the run

    results = _grade(CASES, records, stopped, done=False)

    assert [(r.id, r.verdict) for r in results] == [(CASES[0].id, Verdict.AC), (CASES[1].id, Verdict.TLE)]


def test_extra_records_are_ignored() -> None:
    stray = CaseRecord("sample/stray", "ok", b"3", b"", {})

    results = _grade(CASES[:1], [_record(CASES[0], **FAST), stray])

    assert [r.verdict for r in results] == [Verdict.AC]


# --- verdict priority ------------------------------------------------------------------

PRIORITY = [
    Verdict.SKIPPED,  # not a failure: a skipped test never decides a run
    Verdict.AC,
    Verdict.WA,
    Verdict.OLE,
    Verdict.MLE,
    Verdict.TLE,
    Verdict.RE,
    Verdict.CE,
    Verdict.JE,
]


def test_verdicts_rank_in_the_documented_order() -> None:
    assert [v.rank for v in PRIORITY] == sorted(v.rank for v in Verdict)
    assert set(PRIORITY) == set(Verdict)


@given(st.lists(st.sampled_from(list(Verdict))))
def test_worst_is_the_highest_ranked_verdict_in_any_order(verdicts: list[Verdict]) -> None:
    result = worst(verdicts)

    assert result is (max(verdicts, key=PRIORITY.index) if verdicts else Verdict.AC)
    assert worst(list(reversed(verdicts))) is result


def test_a_report_without_results_is_a_judge_error() -> None:
    assert Report("p/001", "P", "s.py", 1000, ()).verdict is Verdict.JE


def test_every_verdict_has_a_title() -> None:
    assert all(v.title and v.title[0].isupper() for v in Verdict)
