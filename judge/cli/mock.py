"""`judge mock [--minutes 45]`: a mock interview. Two problems from different patterns,
blind (no pattern, no difficulty, no hints), one timer. Name each one's pattern and your
planned complexity, then write both: every save of either file is judged and recorded.
It ends when both are accepted, the time is up, or Ctrl-C; the session report (pattern
named right or wrong, time to AC, runs, verdicts, complexity against the reference's) is
printed and saved with the progress."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import click

from .. import errors
from ..bank.model import Problem
from .app import EXIT_CODES, handled, load, main, runtime
from .drill import names_pattern
from .run_command import _stamp
from .runtime import Runtime

POLL_S = 0.3


@dataclass
class Seat:
    """One problem of the session and how it went."""

    problem: Problem
    path: Path
    named: str = ""
    planned: str = ""
    runs: int = 0
    verdict: str = "not run"
    accepted_after: float | None = None  # minutes
    stamp: tuple[int, int] | None = field(default=None)


@main.command(epilog=EXIT_CODES)
@click.option(
    "--minutes", type=click.IntRange(5, 180), default=45, show_default=True, help="The time for both."
)
@click.option("--seed", type=int, help="The same seed picks the same problems.")
@click.pass_context
@handled
def mock(ctx: click.Context, minutes: int, seed: int | None) -> None:
    """A mock interview: two problems from different patterns, blind, one timer; every
    save is judged; a session report at the end, saved with the progress.

    \b
    Example:
      judge mock --minutes 45
    """
    run = runtime(ctx)
    seats = [_seat(run, problem) for problem in _pick(run, seed)]
    click.echo(f"Mock interview: two problems, {minutes} minutes, no hints. Files: "
               + ", ".join(str(s.path) for s in seats))  # fmt: skip
    for number, seat in enumerate(seats, 1):
        click.echo(click.style(f"\nProblem {number}: {seat.problem.title}", bold=True))
        click.echo(
            seat.problem.statement_path.read_text(encoding="utf-8").split("\n## Examples", 1)[0].strip()
        )
        seat.named = click.prompt("Which pattern is it?", default="", show_default=False).strip()
        seat.planned = click.prompt("Your planned time complexity", default="", show_default=False).strip()
    started = time.monotonic()
    deadline = started + minutes * 60
    click.echo(f"\nThe clock runs: {minutes}:00. Save either file to judge it. Ctrl-C ends the session.")
    try:
        _watch(run, seats, started, deadline)
    except KeyboardInterrupt:
        click.echo("\nSession ended early.")
    report = _report(seats, (time.monotonic() - started) / 60)
    click.echo("\n" + report)
    from .progress_commands import open_store

    try:
        from ..progress.records import save_session

        save_session(open_store(run), "mock", datetime.now(UTC), report)
    except errors.JudgeError as error:
        click.echo(f"Warning: session not saved: {error}", err=True)


def _pick(run: Runtime, seed: int | None) -> list[Problem]:
    from ..bank.loader import iter_problem_dirs

    folders = iter_problem_dirs(run.config.problems_dir)
    patterns = sorted({f.parent.name for f in folders})
    if len(patterns) < 2:
        raise errors.JudgeError("a mock interview needs problems of two patterns; this bank has one")
    rng = random.Random(seed)
    first, second = rng.sample(patterns, 2)
    chosen = [rng.choice([f for f in folders if f.parent.name == p]) for p in (first, second)]
    return [load(run, f"{f.parent.name}/{f.name[:3]}") for f in chosen]


def _seat(run: Runtime, problem: Problem) -> Seat:
    from .practice import ensure_starter
    from .recording import note_opened

    path = ensure_starter(run, problem)
    note_opened(run, problem)
    return Seat(problem, path, stamp=_stamp(path))


def _watch(run: Runtime, seats: list[Seat], started: float, deadline: float) -> None:
    from .run_command import _judge_once

    while time.monotonic() < deadline and any(s.accepted_after is None for s in seats):
        for seat in seats:
            stamp = _stamp(seat.path)
            if stamp == seat.stamp or seat.accepted_after is not None:
                continue
            seat.stamp = stamp
            try:
                code = _judge_once(run, seat.problem, seat.path, False, None, False, None, False, False)
            except errors.SolutionError as error:
                click.echo(f"Error: {error}", err=True)
                continue
            seat.runs += 1
            seat.verdict = "AC" if code == errors.EXIT_OK else "not accepted"
            left = max(0.0, deadline - time.monotonic())
            click.echo(f"[{int(left) // 60}:{int(left) % 60:02d} left]")
            if code == errors.EXIT_OK:
                seat.accepted_after = (time.monotonic() - started) / 60
        time.sleep(POLL_S)
    if any(s.accepted_after is None for s in seats):
        click.echo("\nTime is up.")


def _report(seats: list[Seat], minutes: float) -> str:
    lines = [f"Session report ({minutes:.0f} minutes)"]
    for number, seat in enumerate(seats, 1):
        problem = seat.problem
        right = names_pattern(seat.named, problem.pattern)
        done = seat.accepted_after
        took = f"accepted after {done:.0f} min" if done is not None else seat.verdict
        verdict = "right" if right else "it is " + problem.pattern
        lines += [
            f"  {number}. {problem.id} · {problem.title} ({problem.difficulty})",
            f"     pattern: you said {seat.named or '(nothing)'}: {verdict}",
            f"     {took}, {seat.runs} run(s); planned {seat.planned or '(nothing)'}, "
            f"the reference runs in {problem.complexity.time}",
        ]
    return "\n".join(lines)
