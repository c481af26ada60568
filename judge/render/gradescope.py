"""`judge grade --format gradescope`: results.json as Gradescope's autograder reads it.

The score is the grade's (a problem earns its points when every test is accepted). Each
problem has an entry that carries its points, followed by one entry per judged test,
named `<problem> <test>`, with its status and a visibility: samples `visible`, hidden
tests `after_due_date` (their input is never shown in any case, only the kind of test);
tags by pattern.
"""

from __future__ import annotations

import json
from typing import Any

from ..grading.model import Grade, Outcome, Status
from ..judging.report import CaseResult
from ..judging.verdict import Verdict
from .grade_text import summary_line

HIDDEN_VISIBILITY = "after_due_date"


def grade_gradescope(grade: Grade) -> str:
    tests: list[dict[str, Any]] = []
    for outcome in grade.outcomes:
        tests.extend(_tests(outcome))
    data = {
        "score": grade.score,
        "output": summary_line(grade),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "execution_time": round(grade.seconds, 3),
        "tests": tests,
    }
    return json.dumps(data, indent=2) + "\n"


def _tests(outcome: Outcome) -> list[dict[str, Any]]:
    """The problem's entry (it carries the points), then one entry per judged test."""
    problem_id, tags = outcome.task.problem_id, [outcome.pattern]
    report = outcome.report
    summary = f"{outcome.status.value}" + (f": {outcome.note}" if outcome.note else "")
    if report is not None and report.results:
        summary += f" ({report.passed}/{len(report.results)} tests passed)"
    out: list[dict[str, Any]] = [
        {
            "name": f"{problem_id} {outcome.title}".strip(),
            "number": problem_id,
            "score": outcome.earned,
            "max_score": outcome.task.points,
            "status": "passed" if outcome.status is Status.ACCEPTED else "failed",
            "output": summary,
            "tags": tags,
            "visibility": "visible",
        }
    ]
    for number, result in enumerate(report.results if report else (), 1):
        out.append(
            {
                "name": f"{problem_id} {result.id}",
                "number": f"{problem_id}.{number}",
                "status": "passed" if result.verdict is Verdict.AC else "failed",
                "output": _output(result),
                "tags": tags,
                "visibility": HIDDEN_VISIBILITY if result.hidden else "visible",
            }
        )
    return out


def _output(result: CaseResult) -> str:
    text = f"{result.verdict.title}: {result.description}"
    return f"{text}\n{result.message}" if result.message else text
