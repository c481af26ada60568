"""`judge grade --format exercism`: results.json, version 3 of exercism's test-runner
interface. One entry per judged test, named `<problem> <test>`, with the problem's
position in the assignment as its task_id. A test is `pass`, `fail` (a wrong or slow
answer) or `error` (the solution crashed or did not compile, or the judge failed); the
whole is `error` only when nothing could be judged."""

from __future__ import annotations

import json
from typing import Any

from ..grading.model import Grade, Outcome, Status
from ..judging.report import CaseResult
from ..judging.verdict import Verdict
from .grade_text import summary_line

ERRORS = (Verdict.RE, Verdict.CE, Verdict.JE)
OUTPUT_CHARS = 500  # the interface's cap on a test's output


def grade_exercism(grade: Grade) -> str:
    tests: list[dict[str, Any]] = []
    for task_id, outcome in enumerate(grade.outcomes, 1):
        tests.extend(_tests(outcome, task_id))
    data: dict[str, Any] = {"version": 3, "status": _status(grade, tests)}
    if data["status"] == "error":
        data["message"] = grade.fault or summary_line(grade)
    data["tests"] = tests
    return json.dumps(data, indent=2) + "\n"


def _status(grade: Grade, tests: list[dict[str, Any]]) -> str:
    if grade.fault is not None or not tests:
        return "error" if grade.fault is not None else "pass"
    return "pass" if all(t["status"] == "pass" for t in tests) else "fail"


def _tests(outcome: Outcome, task_id: int) -> list[dict[str, Any]]:
    problem_id = outcome.task.problem_id
    report = outcome.report
    if report is None or not report.results:
        return [
            {
                "name": f"{problem_id} solution",
                "status": "error" if outcome.status is Status.ERROR else "fail",
                "message": f"{outcome.status.value}: {outcome.note}",
                "test_code": f"a solution of {problem_id}",
                "task_id": task_id,
            }
        ]
    return [_test(problem_id, result, task_id) for result in report.results]


def _test(problem_id: str, result: CaseResult, task_id: int) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": f"{problem_id} {result.id}",
        "status": _test_status(result.verdict),
        "test_code": result.description,
        "task_id": task_id,
    }
    if result.verdict is not Verdict.AC:
        entry["message"] = f"{result.verdict.title}" + (f": {result.message}" if result.message else "")
    if result.detail is not None and result.detail.stdout:
        entry["output"] = result.detail.stdout[:OUTPUT_CHARS]
    return entry


def _test_status(verdict: Verdict) -> str:
    if verdict is Verdict.AC:
        return "pass"
    return "error" if verdict in ERRORS else "fail"
