"""`judge diagnose`: the ten-minute patterns quiz that starts a personalised loop (see
judge.progress.diagnose). The scores are kept with the progress; `judge next` and
`judge drill` then take the weak patterns first, and `judge progress` shows them."""

from __future__ import annotations

import random
import time

import click

from .app import EXIT_CODES, handled, main, runtime


@main.command(epilog=EXIT_CODES)
@click.option("--minutes", type=click.IntRange(1, 120), default=10, show_default=True, help="Time allowed.")
@click.option("--count", type=click.IntRange(1, 60), default=12, show_default=True, help="Summaries.")
@click.option("--seed", type=int, help="The same seed gives the same quiz.")
@click.pass_context
@handled
def diagnose(ctx: click.Context, minutes: int, count: int, seed: int | None) -> None:
    """The patterns quiz: short problem summaries (pattern and difficulty hidden); name
    the pattern of each, by number or name, against a visible timer. The score per
    pattern steers `judge next` (weak patterns first).

    \b
    Example:
      judge diagnose
      judge diagnose --minutes 5 --count 8
    """
    from ..bank.loader import iter_problem_dirs, load_patterns, load_problem
    from ..progress.diagnose import Question, pick, scores, summary_of, weak_patterns
    from .progress_commands import open_store

    run = runtime(ctx)
    settings = run.config
    patterns = load_patterns(settings.patterns_dir)
    slugs = [p.slug for p in patterns]
    problems = [load_problem(f, set(slugs)) for f in iter_problem_dirs(settings.problems_dir)]
    candidates = [
        Question(p.id, p.pattern, summary_of(p.statement_path.read_text(encoding="utf-8"))) for p in problems
    ]
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 30)
    questions = pick(candidates, count, seed)
    store = open_store(run)
    click.echo(f"{len(questions)} problems, {minutes} minutes. Name each one's pattern, by number or name:")
    click.echo("  " + "  ".join(f"{n}. {slug}" for n, slug in enumerate(slugs, 1)))
    deadline = time.monotonic() + minutes * 60
    answers: list[str | None] = []
    for number, question in enumerate(questions, 1):
        left = deadline - time.monotonic()
        if left <= 0:
            click.echo("Time is up: the rest count as not named.")
            break
        clock = f"{int(left) // 60}:{int(left) % 60:02d}"
        click.echo(f"\n[{clock} left] {number}/{len(questions)}. {question.summary}")
        answers.append(_ask_pattern(slugs))
    result = scores(questions, answers)
    from ..progress.records import record_quiz

    record_quiz(store, result)
    click.echo("\nPattern           right")
    for slug in slugs:
        if slug in result:
            asked, right = result[slug]
            click.echo(f"  {slug:<16} {right}/{asked}")
    weak = weak_patterns(slugs, result)
    tail = f"weak: {', '.join(weak)} (drilled first by judge next)" if weak else "no weak pattern found"
    click.echo(f"\nSaved ({tail}). Quiz seed {seed}.")


def _ask_pattern(slugs: list[str]) -> str | None:
    from ..progress.diagnose import parse_answer

    for _ in range(3):
        try:
            text = click.prompt("Pattern", default="", show_default=False)
        except click.Abort:
            return None
        if not text.strip():
            return None  # skipped
        named = parse_answer(text, slugs)
        if named is not None:
            return named
        click.echo(f"  not a pattern: give a number 1-{len(slugs)} or a name such as {slugs[0]}")
    return None
