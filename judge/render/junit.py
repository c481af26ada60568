"""`judge grade --format junit`: JUnit XML as CI systems read it (GitHub, GitLab,
Jenkins): a testsuite per problem, a testcase per judged test, `failure` for a test not
accepted, `error` for a judge error, `skipped` for a test not run. Hidden tests say what
kind of test they are (their description), never their input."""

from __future__ import annotations

from junitparser import Error, Failure, JUnitXml, Skipped, TestCase, TestSuite

from ..grading.model import Grade, Outcome, Status
from ..judging.report import CaseResult
from ..judging.verdict import Verdict


def grade_junit(grade: Grade) -> str:
    document = JUnitXml("coding-judge")
    for outcome in grade.outcomes:
        document.add_testsuite(_suite(outcome))
    document.update_statistics()
    xml: bytes = document.tostring()
    return xml.decode("utf-8") + "\n"


def _suite(outcome: Outcome) -> TestSuite:
    suite = TestSuite(outcome.task.problem_id)
    suite.add_property("title", outcome.title)
    suite.add_property("file", outcome.task.file.as_posix() if outcome.task.file else "")
    suite.add_property("status", outcome.status.value)
    suite.add_property("points", f"{outcome.earned:g}/{outcome.task.points:g}")
    report = outcome.report
    if report is None or not report.results:
        case = TestCase("solution", outcome.task.problem_id, 0.0)
        failure = Error if outcome.status is Status.ERROR else Failure
        case.result = [failure(outcome.note or outcome.status.value, outcome.status.value)]
        suite.add_testcase(case)
    else:
        for result in report.results:
            suite.add_testcase(_case(outcome, result))
    suite.update_statistics()
    return suite


def _case(outcome: Outcome, result: CaseResult) -> TestCase:
    seconds = (result.time_ms or 0.0) / 1000
    case = TestCase(result.id, outcome.task.problem_id, round(seconds, 3))  # xs:decimal: no exponent
    if result.verdict is Verdict.AC:
        return case
    text = _message(result)
    if result.verdict is Verdict.SKIPPED:
        case.result = [Skipped(text)]
    elif result.verdict is Verdict.JE:
        case.result = [Error(text, result.verdict.value)]
    else:
        case.result = [Failure(text, result.verdict.value)]
    return case


def _message(result: CaseResult) -> str:
    parts = [f"{result.verdict.title} on {result.id}: {result.description}"]
    if result.message:
        parts.append(result.message)
    if result.where is not None and result.where.frames:
        frame = result.where.frames[-1]
        parts.append(f"at line {frame.line} in {frame.function}: {frame.code}")
    return " | ".join(_printable(p) for p in parts)


def _printable(text: str) -> str:
    """XML 1.0 has no place for most control characters."""
    return "".join(c if c in "\t\n\r" or ord(c) >= 0x20 else "?" for c in text)
