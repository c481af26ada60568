"""`judge grade` at a terminal: one line per problem, grouped by pattern in drill order
(verdict, tests passed, slowest test, ratio to the reference, file), the first failure
under a rejected one, the ignored files, and the score."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..grading.model import Grade, Outcome, Status
from ..judging.verdict import Verdict
from .text import COLOURS, _clean

Style = Callable[..., str]
STATUS_COLOURS = {Status.MISSING: "yellow", Status.ERROR: "cyan"}
TITLE_CHARS = 28


def _plain(text: str, **_: Any) -> str:
    return text


def render_grade(grade: Grade, style: Style = _plain) -> str:
    lines: list[str] = []
    pattern = None
    id_width = max([len(o.task.problem_id) for o in grade.outcomes] + [8])
    for outcome in grade.outcomes:
        if outcome.pattern != pattern:
            pattern = outcome.pattern
            lines.append(style(pattern, bold=True))
        lines.extend(_outcome_lines(outcome, id_width, style))
    if grade.ignored:
        lines.append(style("ignored", bold=True))
        lines.extend(f"  {_clean(i.file.as_posix(), 200)}: {i.reason}" for i in grade.ignored)
    if lines:
        lines.append("")
    if grade.fault:
        lines.append(style(f"Not graded: {grade.fault}", fg="cyan"))
    elif grade.interrupted:
        lines.append(style("Interrupted: the results so far are above; the rest were not graded.", fg="cyan"))
    lines.append(summary_line(grade))
    return "\n".join(lines)


def _outcome_lines(outcome: Outcome, id_width: int, style: Style) -> list[str]:
    title = outcome.title if len(outcome.title) <= TITLE_CHARS else outcome.title[: TITLE_CHARS - 1] + "…"
    head = f"  {outcome.task.problem_id:<{id_width}}  {title:<{TITLE_CHARS}}"
    report = outcome.report
    if report is None or outcome.status is Status.MISSING:
        word = outcome.status.value
        return [f"{head}  {style(word, fg=STATUS_COLOURS.get(outcome.status, 'red'))}  {outcome.note}"]
    verdict = report.headline
    slowest = report.slowest
    timing = f"{slowest.time_ms:.1f} ms" if slowest and slowest.time_ms is not None else "-"
    ratio = f"{outcome.ratio:.1f}x" if outcome.ratio is not None else "-"
    file = _clean(outcome.task.file.as_posix(), 60) if outcome.task.file else ""
    cached = " (cached)" if outcome.cached else ""
    verdict_text = style(f"{verdict.value:<3}", fg=COLOURS.get(verdict))
    tests = f"{report.passed}/{len(report.results)}"
    lines = [f"{head}  {verdict_text}  {tests:>7}  {timing:>10}  {ratio:>6}  {file}{cached}"]
    failure = report.first_failure
    if failure is not None and verdict is not Verdict.AC:
        note = f"; {_clean(failure.message, 120)}" if failure.message else ""
        what = f"{failure.id} ({failure.description})"
        lines.append(f"      first failure: {what}: {failure.verdict.value}{note}")
    if outcome.status is Status.ERROR and outcome.note:
        lines.append(f"      judge error: {outcome.note}")
    return lines


def summary_line(grade: Grade) -> str:
    rejected = grade.count(Status.REJECTED)
    parts = [f"{grade.count(Status.ACCEPTED)} accepted"]
    if rejected:
        parts.append(f"{rejected} not accepted")
    for status in (Status.MISSING, Status.ERROR):
        if grade.count(status):
            parts.append(f"{grade.count(status)} {status.value}")
    cached = len([o for o in grade.outcomes if o.cached])
    judged = f"{grade.judged} judged" + (f", {cached} from the cache" if cached else "")
    return (
        f"Score {grade.score:g}/{grade.max_score:g} ({grade.percent:.0f}%): {', '.join(parts)}. "
        f"Graded in {grade.seconds:.1f} s ({judged})."
    )
