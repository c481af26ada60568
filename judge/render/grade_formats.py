"""The report formats of `judge grade`, by name: one module per format, registered here.

Each renders a finished (or partly finished) Grade to text; the CLI decides where it
goes: stdout, the file of --output FORMAT=PATH, or the format's own default place.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..grading.model import Grade
from .exercism import grade_exercism
from .github import grade_summary
from .grade_json import grade_json
from .grade_text import render_grade
from .gradescope import grade_gradescope
from .junit import grade_junit


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[Grade], str]
    help: str
    default_path: Callable[[], Path | None] = lambda: None  # else stdout
    append: bool = False  # add to the file (a job summary) instead of replacing it


def _step_summary() -> Path | None:
    value = os.environ.get("GITHUB_STEP_SUMMARY")
    return Path(value) if value else None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", lambda grade: render_grade(grade) + "\n", "one line per problem, by pattern"),
        Format("json", grade_json, "the versioned grade report (docs/grade-report.schema.json)"),
        Format("junit", grade_junit, "JUnit XML: a testsuite per problem, a testcase per test"),
        Format("gradescope", grade_gradescope, "Gradescope's autograder results.json"),
        Format("exercism", grade_exercism, "exercism's test-runner results.json, version 3"),
        Format(
            "github",
            grade_summary,
            "a job summary ($GITHUB_STEP_SUMMARY) and annotations on stdout",
            _step_summary,
            append=True,
        ),
    )
}
