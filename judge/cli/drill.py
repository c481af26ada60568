"""`judge drill [PATTERN]`: practise one problem after another with a visible target time;
every save of the solution file is judged (as `judge run --watch`) and recorded, until it
is accepted; then the next one. `--blind` hides the pattern and difficulty and asks for
both the pattern and the planned complexity before the first run, and scores them."""

from __future__ import annotations

import time

import click

from .. import errors
from ..bank.model import Problem
from .app import EXIT_CODES, console, handled, load, main, runtime
from .runtime import Runtime


@main.command(epilog=EXIT_CODES)
@click.argument("pattern", required=False)
@click.option(
    "--blind", is_flag=True, help="Hide the pattern and difficulty; name them before the first run."
)
@click.option("--mixed", is_flag=True, help="Across patterns (the default without PATTERN).")
@click.option("--once", is_flag=True, help="Stop after one accepted problem.")
@click.option("--color/--no-color", "colour", default=None, help="Force colours on or off.")
@click.pass_context
@handled
def drill(
    ctx: click.Context, pattern: str | None, blind: bool, mixed: bool, once: bool, colour: bool | None
) -> None:
    """Drill PATTERN (or, without it, what `judge next` recommends, across patterns): the
    statement, a starter file, a target time (easy 15, medium 25, hard 40 minutes), and a
    judged run on every save of the file until it is accepted. Ctrl-C stops; every
    attempt so far is kept.

    \b
    Example:
      judge drill sliding-window
      judge drill --blind
    """
    from .progress_commands import recommend_now

    run = runtime(ctx)
    if mixed and pattern:
        raise errors.JudgeError("give a PATTERN or --mixed, not both")
    while True:
        advice, rules = recommend_now(run, pattern)
        if advice.problem is None:
            click.echo(f"Nothing to drill: {advice.reason}")
            return
        problem = load(run, advice.problem)
        target = rules.target_minutes.get(problem.difficulty, 25)
        _solve(run, problem, target, blind, colour, advice.reason)
        if once or not _ask("Next problem?"):
            return


def _solve(run: Runtime, problem: Problem, target: int, blind: bool, colour: bool | None, why: str) -> None:
    from .practice import ensure_starter
    from .recording import note_opened
    from .run_command import _judge_on_change

    out = console(colour)
    heading = (
        f"{problem.title} (pattern and difficulty hidden)" if blind else f"{problem.id} · {problem.title}"
    )
    click.echo(click.style(f"Drill: {heading}", bold=True))
    if not blind:
        click.echo(f"Why this one: {why}")
    from rich.markdown import Markdown

    out.print(Markdown(problem.statement_path.read_text(encoding="utf-8")))
    path = ensure_starter(run, problem)
    note_opened(run, problem)
    named = _blind_questions(problem) if blind else None
    click.echo(
        f"Target: {target} minutes. Write your solution in {path}: every save is judged. Ctrl-C stops."
    )
    started = time.monotonic()
    runs = 0
    while True:
        code = _judge_on_change(
            run, problem, path, False, colour, samples=False, case_text=None, all_tests=False, verbose=False
        )
        runs += 1
        minutes = (time.monotonic() - started) / 60
        click.echo(f"{_clock(minutes)} elapsed of the {target}-minute target, {runs} run(s).")
        if code == errors.EXIT_OK:
            break
    verdict = "within" if minutes <= target else "over"
    click.echo(click.style(f"Solved {problem.id} in {_clock(minutes)} ({verdict} the target).", bold=True))
    if named is not None:
        click.echo(_blind_score(problem, *named))


def _blind_questions(problem: Problem) -> tuple[str, str]:
    pattern = click.prompt(
        "Which pattern is it? (a name such as two-pointers)", default="", show_default=False
    )
    complexity = click.prompt("Your planned time complexity (e.g. n log n)", default="", show_default=False)
    return pattern.strip(), complexity.strip()


def _blind_score(problem: Problem, pattern: str, complexity: str) -> str:
    """How the blind guesses compare with the problem's pattern and the reference's time."""
    right = names_pattern(pattern, problem.pattern)
    said = f"You named the pattern {pattern or '(nothing)'}: {'right' if right else 'not quite'}"
    lines = [f"{said} (it is {problem.pattern}, {problem.difficulty})."]
    intended = problem.complexity.time
    if complexity:
        lines.append(f"Planned time {complexity}; the reference runs in {intended}.")
    return "\n".join(lines)


def names_pattern(said: str, slug: str) -> bool:
    """Whether what a person typed names the pattern slug (any case, spaces or _ for -)."""
    return said.strip().lower().replace(" ", "-").replace("_", "-") == slug


def _clock(minutes: float) -> str:
    whole = int(minutes * 60)
    return f"{whole // 60}:{whole % 60:02d}"


def _ask(question: str) -> bool:
    try:
        return bool(click.confirm(question, default=True))
    except click.Abort:
        return False
