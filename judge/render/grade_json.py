"""`judge grade --format json`: the versioned grade report (schema in
docs/grade-report.schema.json; fields are only ever added within a version)."""

from __future__ import annotations

import json
from typing import Any

from ..grading.model import Grade, Outcome, Status
from .json_out import report_dict

GRADE_SCHEMA = "coding-judge/grade@1"


def grade_json(grade: Grade) -> str:
    return json.dumps(grade_dict(grade), indent=2) + "\n"


def grade_dict(grade: Grade) -> dict[str, Any]:
    return {
        "schema": GRADE_SCHEMA,
        "repo": str(grade.repo),
        "score": grade.score,
        "max_score": grade.max_score,
        "percent": round(grade.percent, 2),
        "counts": {status: grade.count(s) for status, s in _statuses()},
        "interrupted": grade.interrupted,
        "fault": grade.fault,
        "seconds": round(grade.seconds, 3),
        "judged": grade.judged,
        "problems": [outcome_dict(o) for o in grade.outcomes],
        "ignored": [{"file": i.file.as_posix(), "reason": i.reason} for i in grade.ignored],
    }


def outcome_dict(outcome: Outcome) -> dict[str, Any]:
    report = outcome.report
    slowest = report.slowest if report else None
    return {
        "problem": outcome.task.problem_id,
        "title": outcome.title,
        "pattern": outcome.pattern,
        "file": outcome.task.file.as_posix() if outcome.task.file else None,
        "found_by": outcome.task.found_by or None,
        "points": outcome.task.points,
        "earned": outcome.earned,
        "status": outcome.status.value,
        "note": outcome.note,
        "cached": outcome.cached,
        "verdict": outcome.verdict.value if outcome.verdict else None,
        "passed": report.passed if report else 0,
        "total": len(report.results) if report else 0,
        "slowest_ms": _round(slowest.time_ms if slowest else None),
        "reference_ms": _round(report.reference_ms if report else None),
        "ratio": _round(outcome.ratio),
        "report": report_dict(report) if report else None,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _statuses() -> list[tuple[str, Status]]:
    return [(s.value, s) for s in Status]
