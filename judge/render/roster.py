"""`judge grade --cluster`: the roster summary of many graded repositories, a row per
repository and a column per problem (CSV for spreadsheets, JSON for scripts)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..grading.model import Grade
from .grade_json import GRADE_SCHEMA

ROSTER_SCHEMA = "coding-judge/roster@1"


def _problems(grades: dict[str, Grade]) -> list[str]:
    seen: dict[str, None] = {}
    for grade in grades.values():
        for outcome in grade.outcomes:
            seen.setdefault(outcome.task.problem_id, None)
    return list(seen)


def roster_csv(grades: dict[str, Grade]) -> str:
    problems = _problems(grades)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["repository", "score", "max_score", "percent", *problems])
    for name, grade in grades.items():
        status = {o.task.problem_id: o.status.value for o in grade.outcomes}
        row = [name, f"{grade.score:g}", f"{grade.max_score:g}", f"{grade.percent:.1f}"]
        writer.writerow(row + [status.get(p, "") for p in problems])
    return out.getvalue()


def roster_json(grades: dict[str, Grade]) -> str:
    rows: list[dict[str, Any]] = []
    for name, grade in grades.items():
        rows.append(
            {
                "repository": name,
                "path": str(grade.repo),
                "score": grade.score,
                "max_score": grade.max_score,
                "percent": round(grade.percent, 2),
                "fault": grade.fault,
                "problems": {o.task.problem_id: o.status.value for o in grade.outcomes},
            }
        )
    document = {
        "schema": ROSTER_SCHEMA,
        "grade_schema": GRADE_SCHEMA,
        "problems": _problems(grades),
        "rows": rows,
    }
    return json.dumps(document, indent=2) + "\n"
