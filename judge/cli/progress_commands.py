"""`judge progress`, `judge next` and `judge hint`: drilling progress kept locally, and
the recording of attempts by `judge run` (see judge.progress)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import errors
from ..bank.index import Summary
from .app import EXIT_CODES, handled, load, main, pattern_slug, runtime, style
from .runtime import Runtime

if TYPE_CHECKING:
    from ..bank.model import Problem


def open_store(run: Runtime) -> Any:
    from ..progress.store import ProgressStore, data_dir

    return ProgressStore(run.config.data_dir or data_dir())


def marks(run: Runtime, problems: Sequence[Summary | Problem]) -> dict[str, str]:
    """solved, attempted or review due, per problem with any progress (none: no marks)."""
    from ..progress.cached import review_states
    from ..progress.rules import load_rules

    try:
        store = open_store(run)
        stats = store.stats()
        if not stats:
            return {}
        difficulty = {p.id: p.difficulty for p in problems}
        states = review_states(store, difficulty, load_rules(run.config.patterns_dir, run.config.cache_dir))
    except errors.JudgeError as error:
        click.echo(f"Warning: progress not shown: {error}", err=True)
        return {}
    now = datetime.now(UTC)
    due = {pid for pid, r in states.items() if r.due <= now}
    return {
        pid: "review due" if pid in due else "solved" if solved else "attempted"
        for pid, (_, solved, _) in stats.items()
    }


def review_context(run: Runtime) -> tuple[Any, ...]:
    """The bank as progress sees it, the store, and every problem's review state."""
    from ..bank.index import summaries
    from ..bank.patterns import load_patterns
    from ..progress.cached import review_states
    from ..progress.recommend import Item
    from ..progress.rules import load_rules

    settings = run.config
    patterns = [p.slug for p in load_patterns(settings.patterns_dir, settings.cache_dir)]
    problems = summaries(settings.problems_dir, set(patterns), settings.cache_dir)
    items = [Item(p.id, p.pattern, p.difficulty, p.title, p.tags) for p in problems]
    rules = load_rules(settings.patterns_dir, settings.cache_dir)
    store = open_store(run)
    states = review_states(store, {i.id: i.difficulty for i in items}, rules)
    return items, patterns, store, states, rules


def mastered_patterns(items: Any, patterns: list[str], store: Any, states: Any, rules: Any) -> set[str]:
    from ..progress.recommend import summary

    rows = summary(items, patterns, store.problem_stats(), states, rules, datetime.now(UTC))
    return {row.pattern for row in rows if row.mastered}


def plan_standing(store: Any, mastered: set[str]) -> str | None:
    """How the progress stands against the saved plan (None: no plan was made)."""
    from ..progress.plan import Week, standing
    from ..progress.records import plan as saved_plan

    saved = saved_plan(store)
    if saved is None:
        return None
    from datetime import timedelta

    start, weeks = saved
    plan = [Week(n + 1, start + timedelta(weeks=n), tuple(ps), 0) for n, ps in enumerate(weeks)]
    return standing(plan, mastered, datetime.now(UTC))


def new_work_order(store: Any, patterns: list[str]) -> tuple[list[str], frozenset[str]]:
    """The order new work follows: drill order, the diagnostic's weak patterns first."""
    from ..progress.diagnose import weak_patterns
    from ..progress.records import latest_quiz

    weak = weak_patterns(patterns, latest_quiz(store))
    return weak + [p for p in patterns if p not in weak], frozenset(weak)


@main.command(epilog=EXIT_CODES)
@click.argument("pattern", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON summary.")
@click.option("--export", "export_to", type=click.Path(path_type=Path), help="Write every attempt to FILE.")
@click.option("--import", "import_from", type=click.Path(path_type=Path), help="Add the attempts of FILE.")
@click.option("--reset", is_flag=True, help="Forget the progress (of PATTERN only, if given).")
@click.option("--yes", is_flag=True, help="Do not ask before --reset.")
@click.pass_context
@handled
def progress(
    ctx: click.Context,
    pattern: str | None,
    as_json: bool,
    export_to: Path | None,
    import_from: Path | None,
    reset: bool,
    yes: bool,
) -> None:
    """Per pattern in drill order: solved, attempts, median time to AC, reviews due, and a
    mastery bar; weak spots from the failed tests' kinds; what to do next.

    \b
    Example:
      judge progress
      judge progress --export progress.json
      judge progress --reset sliding-window
    """
    from ..progress.recommend import recommend, summary
    from ..render.progress_view import progress_json, progress_text

    run = runtime(ctx)
    store = open_store(run)
    if export_to is not None:
        from ..progress.transfer import export

        _write(export_to, json.dumps(export(store), indent=2) + "\n")
        click.echo(f"wrote {len(store.attempts())} attempt(s) to {export_to}")
        return
    if import_from is not None:
        from ..progress.transfer import import_into

        added = import_into(store, _read_json(import_from))
        click.echo(f"added {added} attempt(s) from {import_from}")
        return
    items, patterns, store, due, rules = review_context(run)
    only = pattern_slug(pattern, patterns) if pattern else None
    if reset:
        what = f"the {only} progress" if only else "all progress"
        if not yes and not _confirm(f"Forget {what}? It cannot be undone (export it first)"):
            raise errors.JudgeError("nothing was reset (give --yes to reset without asking)")
        click.echo(f"forgot {store.reset(only)} attempt(s)")
        return
    shown = [p for p in patterns if only is None or p == only]
    now = datetime.now(UTC)
    stats = store.problem_stats()
    rows = summary(items, shown, stats, due, rules, now)
    solved, tried = {p for p, s in stats.items() if s.solved}, set(stats)
    order, weak = new_work_order(store, patterns)
    advice = recommend(items, order, solved, tried, due, rules, now, only, weak)
    from ..progress.records import latest_quiz

    quiz = latest_quiz(store)
    if as_json:
        click.echo(progress_json(rows, advice, now, quiz), nl=False)
        return
    click.echo(progress_text(rows, advice, style(None), quiz))
    where = plan_standing(store, {row.pattern for row in rows if row.mastered})
    if where is not None:
        click.echo(f"Plan: {where}.")


@main.command("next", epilog=EXIT_CODES)
@click.argument("pattern", required=False)
@click.pass_context
@handled
def next_problem(ctx: click.Context, pattern: str | None) -> None:
    """What to practise next, and why: due reviews first, then the first pattern in drill
    order not yet mastered, easy before medium before hard.

    \b
    Example:
      judge next
      judge next binary-search
    """
    from ..render.progress_view import next_text

    click.echo(next_text(recommend_now(runtime(ctx), pattern)[0]))


def recommend_now(run: Runtime, pattern: str | None) -> tuple[Any, Any]:
    """What `judge next [PATTERN]` recommends now, and the drilling rules."""
    from ..progress.recommend import recommend

    items, patterns, store, due, rules = review_context(run)
    only = pattern_slug(pattern, patterns) if pattern else None
    stats = store.stats()
    solved = {p for p, (_, ok, _) in stats.items() if ok}
    order, weak = new_work_order(store, patterns)
    return recommend(items, order, solved, set(stats), due, rules, datetime.now(UTC), only, weak), rules


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.pass_context
@handled
def hint(ctx: click.Context, problem_id: str) -> None:
    """Reveal the next of PROBLEM_ID's three tiered hints (recorded: a solve with hints
    is reviewed sooner).

    \b
    Example:
      judge hint two-pointers/003
    """
    run = runtime(ctx)
    problem = load(run, problem_id)
    store = open_store(run)
    shown = store.hints(problem.id)
    if shown >= len(problem.hints):
        for number, text in enumerate(problem.hints, 1):
            click.echo(f"Hint {number}: {text}")
        click.echo(f"All {len(problem.hints)} hints are shown; `judge show {problem.id} --solution` next.")
        return
    revealed = store.reveal_hint(problem.id)
    for number, text in enumerate(problem.hints[:revealed], 1):
        click.echo(f"Hint {number}: {text}")


def _confirm(question: str) -> bool:
    """Ask; no answer (no terminal, end of input) is no."""
    try:
        return bool(click.confirm(question, default=False))
    except click.Abort:
        click.echo("", err=True)
        return False


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise errors.JudgeError(f"cannot write {path} ({error.strerror}); choose another path") from None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise errors.JudgeError(f"cannot read {path} as a progress export ({error})") from None
