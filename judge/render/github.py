"""`judge grade --format github`: a Markdown job summary (appended to
$GITHUB_STEP_SUMMARY, or written where --output says) with a table per pattern, and
workflow-command annotations on stdout that point at the line of a compile error, of the
candidate's frame in a runtime error, or where the code was when time ran out."""

from __future__ import annotations

import os
from pathlib import Path

from ..grading.model import Grade, Outcome, Status
from ..judging.report import CaseResult, Report
from ..judging.verdict import Verdict
from .grade_text import summary_line

HEADER = "| Problem | Result | Tests | Slowest | File |"
WORDS = {
    Status.ACCEPTED: "accepted",
    Status.REJECTED: "not accepted",
    Status.MISSING: "missing",
    Status.ERROR: "judge error",
}


def grade_summary(grade: Grade) -> str:
    """The job summary in Markdown (emoji-free: verdict words)."""
    lines = ["## Coding judge", "", summary_line(grade), ""]
    if grade.fault:
        lines += [f"**Not graded:** {_cell(grade.fault)}", ""]
    elif grade.interrupted:
        lines += ["**Interrupted:** the problems not listed as graded were not judged.", ""]
    pattern = None
    for outcome in grade.outcomes:
        if outcome.pattern != pattern:
            pattern = outcome.pattern
            lines += ["", f"### {pattern}", "", HEADER, "|---|---|---|---|---|"]
        lines.append(_row(outcome))
    if grade.ignored:
        lines += ["", "### Ignored files", ""]
        lines += [f"- `{_cell(i.file.as_posix())}`: {_cell(i.reason)}" for i in grade.ignored]
    return "\n".join(lines) + "\n"


def _row(outcome: Outcome) -> str:
    report = outcome.report
    word = WORDS[outcome.status]
    if report is not None and outcome.status is Status.REJECTED:
        word = f"{word} ({report.headline.title})"
    tests = f"{report.passed}/{len(report.results)}" if report and report.results else "-"
    slowest = report.slowest if report else None
    timing = f"{slowest.time_ms:.1f} ms" if slowest and slowest.time_ms is not None else "-"
    file = f"`{_cell(outcome.task.file.as_posix())}`" if outcome.task.file else "-"
    title = _cell(f"{outcome.task.problem_id} {outcome.title}".strip())
    return f"| {title} | {word} | {tests} | {timing} | {file} |"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")


def grade_annotations(grade: Grade, cwd: Path | None = None) -> str:
    """One `::error` line per problem not accepted, with file and line where known."""
    lines = []
    for outcome in grade.outcomes:
        if outcome.status is Status.ACCEPTED:
            continue
        properties = {"title": f"{outcome.task.problem_id}: {WORDS[outcome.status]}"}
        if outcome.task.file is not None:
            properties["file"] = os.path.relpath(grade.repo / outcome.task.file, cwd or Path.cwd())
        message = outcome.note or "not accepted"
        if outcome.report is not None and outcome.status is not Status.ERROR:
            line, message = _where(outcome.report)
            if line is not None:
                properties["line"] = str(line)
            properties["title"] = f"{outcome.task.problem_id}: {outcome.report.headline.title}"
        command = "warning" if outcome.status is Status.ERROR else "error"
        props = ",".join(f"{k}={_escape(v, True)}" for k, v in properties.items())
        lines.append(f"::{command} {props}::{_escape(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _where(report: Report) -> tuple[int | None, str]:
    """The line to point at and the message, for a report that is not accepted."""
    if report.load_error is not None:
        return report.load_error.line, report.load_error.message
    failure: CaseResult | None = report.first_failure
    if failure is None:
        return None, "not accepted"
    message = f"{failure.verdict.title} on {failure.id} ({failure.description})"
    if failure.message:
        message += f": {failure.message}"
    if failure.where is not None and failure.where.frames and failure.verdict in (Verdict.RE, Verdict.TLE):
        frame = failure.where.frames[-1]
        return frame.line, f"{message} (in {frame.function}: {frame.code})"
    return None, message


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text
