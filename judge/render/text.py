"""Terminal output: per-test tables, failing-sample details, summaries, listings.

Everything shown from a candidate (stdout, answers) passes through `_clean`, which
drops control characters so a solution cannot paint the terminal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..judging.report import CaseResult, Report
from ..judging.verdict import Verdict

if TYPE_CHECKING:  # only for annotations: keep `judge run` from importing these
    from ..bank.index import Summary
    from ..bank.model import Problem
    from ..bank.patterns import Pattern
    from ..judging.verify import VerifyResult

Style = Callable[..., str]
COLOURS = {
    Verdict.AC: "green",
    Verdict.WA: "red",
    Verdict.TLE: "yellow",
    Verdict.MLE: "yellow",
    Verdict.OLE: "yellow",
    Verdict.RE: "magenta",
    Verdict.CE: "magenta",
    Verdict.JE: "cyan",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SHOW_CHARS = 600


def _plain(text: str, **_: Any) -> str:
    return text


def _clean(text: str, limit: int = SHOW_CHARS) -> str:
    text = _CONTROL.sub("?", text)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text) - limit} more characters)"


def _value(value: Any) -> str:
    return _clean(json.dumps(value, separators=(", ", ": ")))


def _time(result: CaseResult, limit_ms: int) -> str:
    if result.time_ms is None:
        return f">{limit_ms} ms" if result.verdict is Verdict.TLE else "-"
    return f"{result.time_ms:.1f} ms"


def render_report(report: Report, style: Style = _plain) -> str:
    width = max([len(r.id) for r in report.results] + [4])
    lines = [style(f"{report.problem_id} · {report.title} · {report.solution}", bold=True), ""]
    lines.append(f"  {'TEST':<{width}}  {'VERDICT':<7}  {'TIME':>10}  NOTE")
    for r in report.results:
        verdict = style(f"{r.verdict.value:<7}", fg=COLOURS[r.verdict], bold=r.verdict is not Verdict.AC)
        note = r.description if r.hidden and r.verdict is not Verdict.AC else ""
        if r.verdict is not Verdict.AC and r.message:
            note = f"{note} — {r.message}" if note else r.message
        lines.append(
            f"  {r.id:<{width}}  {verdict}  {_time(r, report.time_limit_ms):>10}  {_clean(note, 200)}"
        )
    for r in report.results:
        if r.detail is not None:
            lines.extend(["", style(f"Failed sample {r.id} ({r.verdict.title}): {r.description}", bold=True)])
            lines.append(f"  input:    {_value(r.detail.input)}")
            lines.append(f"  expected: {_value(r.detail.expected)}")
            if r.detail.got is not None or r.verdict is Verdict.WA:
                lines.append(f"  got:      {_value(r.detail.got)}")
            if r.detail.stdout:
                shown = _clean(r.detail.stdout.rstrip("\n")).replace("\n", "\n            ")
                lines.append(f"  stdout:   {shown}")
    lines.extend(["", summary_line(report, style)])
    return "\n".join(lines)


def summary_line(report: Report, style: Style = _plain) -> str:
    verdict = report.verdict
    parts = [
        style(f"{verdict.value} ({verdict.title})", fg=COLOURS[verdict], bold=True),
        f"{report.passed}/{len(report.results)} tests passed",
    ]
    slowest = report.slowest
    if slowest is not None and slowest.time_ms is not None:
        parts.append(f"slowest {slowest.id} {slowest.time_ms:.1f} ms")
        total = f"total {report.total_ms:.1f} ms"
        if report.reference_total_ms and report.passed == len(report.results):
            total += f" = {report.total_ms / report.reference_total_ms:.1f}x the reference's"
        parts.append(total)
    parts.append(f"time limit {report.time_limit_ms} ms")
    if report.judge_error:
        parts.append(f"judge error: {report.judge_error}")
    return " · ".join(parts)


def render_verify(result: VerifyResult, style: Style = _plain) -> str:
    mark = style("ok", fg="green", bold=True) if result.ok else style("FAILED", fg="red", bold=True)
    lines = [
        f"{result.problem_id} · {result.title or '(not loaded)'}: {mark} "
        f"({result.test_count} tests, {result.seconds:.1f} s)"
    ]
    if result.recorded is not None:
        lines[0] += " (recorded: the package and the judge are unchanged since it was verified)"
        lines.append(f"  {result.recorded_limit} (where it was verified)")
        for entry in result.recorded:
            detail = f" — {entry.get('reason')}" if entry.get("reason") else ""
            lines.append(
                f"  [ok] {entry.get('path')}: {entry.get('verdict')} (wanted {entry.get('expected')}){detail}"
            )
    if result.limit is not None:
        lines.append(f"  {result.limit.explain()}")
    for check in result.checks:
        status = style("ok", fg="green") if check.ok else style("FAIL", fg="red", bold=True)
        slowest = check.report.slowest
        timing = f", slowest {slowest.time_ms:.1f} ms" if slowest and slowest.time_ms is not None else ""
        detail = f" — {check.reason}" if check.reason else ""
        lines.append(
            f"  [{status}] {check.path}: {check.report.verdict.value}{timing} "
            f"(wanted {check.expected}){detail}"
        )
    lines.extend(f"  [{style('FAIL', fg='red', bold=True)}] {issue}" for issue in result.issues)
    return "\n".join(lines)


def render_list(
    patterns: list[Pattern],
    problems: Sequence[Summary],
    style: Style = _plain,
    marks: dict[str, str] | None = None,
) -> str:
    """Problems by pattern; marks (solved, attempted, review due) after a problem's title."""
    marks = marks or {}
    lines = []
    by_pattern: dict[str, list[Summary]] = {}
    for problem in problems:
        by_pattern.setdefault(problem.pattern, []).append(problem)
    for pattern in patterns:
        found = by_pattern.get(pattern.slug, [])
        if not found:
            continue
        lines.append(style(f"{pattern.title} ({pattern.slug}) · {len(found)} problem(s)", bold=True))
        lines.extend(
            f"  {p.id:<24} {p.difficulty:<7} {p.title}" + (f"  [{marks[p.id]}]" if p.id in marks else "")
            for p in found
        )
    return "\n".join(lines) if lines else "no problems found"


def render_show(
    problem: Problem, statement: str, samples: list[tuple[str, Any, Any]], hints: int, limits: str = ""
) -> str:
    lines = [f"{problem.id} · {problem.difficulty}", "", statement.rstrip(), "", "## Sample tests", ""]
    for name, case_input, expected in samples:
        lines.append(f"- {name}: input {_value(case_input)} -> expected {_value(expected)}")
    if limits:
        lines.extend(["", f"Limits: {limits}"])
    for index, hint in enumerate(problem.hints[:hints], start=1):
        lines.extend(["", f"Hint {index}: {hint}"])
    lines.extend(["", f"Start: judge new {problem.id}    Judge: judge run {problem.id} solution.py"])
    return "\n".join(lines)
