"""Recording drilling progress from other commands: an attempt for each `judge run` (and
`judge grade --record`), and when a problem was first opened (`show`, `new`, `drill`).
A store that cannot be written is one warning: the command's own result stands."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from .. import errors
from ..bank.model import Problem
from .progress_commands import open_store
from .runtime import Runtime


def record_attempt(run: Runtime, problem: Problem, source: bytes, report: Any) -> None:
    """Record a judged run; a store that cannot be written is one warning, never a lost
    exit code (the run's verdict stands)."""
    from ..judging.verdict import Verdict

    if report.judge_error or report.headline is Verdict.JE:
        return
    try:
        store = open_store(run)
        now = datetime.now(UTC)
        opened = store.first_opened(problem.id)
        seconds = (now - opened).total_seconds() if opened else None
        store.record(_attempt(store, problem.id, problem.pattern, now, report, source, seconds, "run"))
    except errors.JudgeError as error:
        click.echo(f"Warning: progress not recorded: {error}", err=True)


def record_grade(run: Runtime, repo: Path, grade: Any) -> None:
    """`judge grade --record`: each solution the grade judged (or took from its cache) is
    an attempt, as if it had been run with `judge run`."""
    from ..judging.verdict import Verdict

    try:
        store = open_store(run)
        now = datetime.now(UTC)
        for outcome in grade.outcomes:
            report = outcome.report
            if report is None or outcome.task.file is None or report.headline is Verdict.JE:
                continue
            source = (repo / outcome.task.file).read_bytes()
            task = outcome.task
            store.record(
                _attempt(store, task.problem_id, outcome.pattern, now, report, source, None, "grade")
            )
    except (errors.JudgeError, OSError) as error:
        click.echo(f"Warning: progress not recorded: {error}", err=True)


def note_opened(run: Runtime, problem: Problem) -> None:
    try:
        open_store(run).opened(problem.id)
    except errors.JudgeError as error:
        click.echo(f"Warning: progress not recorded: {error}", err=True)


def _attempt(
    store: Any, problem_id: str, pattern: str, at: datetime, report: Any, source: bytes,
    seconds_open: float | None, origin: str,
) -> Any:  # fmt: skip
    """The attempt a judged report stands for (hints revealed so far come from the store)."""
    from ..progress.model import Attempt

    return Attempt(
        problem_id, pattern, at, report.headline.value, report.passed, len(report.results),
        tuple(sorted(_failed_tags(report))), hashlib.sha256(source).hexdigest(), seconds_open,
        store.hints(problem_id), origin,
    )  # fmt: skip


def _failed_tags(report: Any) -> set[str]:
    """The edge-case tags of the hidden tests a report did not pass."""
    from ..judging.verdict import Verdict

    return {tag for r in report.results if r.hidden and r.verdict is not Verdict.AC for tag in r.tags}
