"""`judge list`, `show`, `pattern` and `new`: finding and reading problems."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import errors
from .app import EXIT_CODES, console, handled, load, main, pattern_slug, runtime, style
from .runtime import Runtime
from .solution_file import starter_name

if TYPE_CHECKING:
    from ..bank.model import Case, Problem


@main.command("list", epilog=EXIT_CODES)
@click.argument("pattern", required=False)
@click.pass_context
@handled
def list_problems(ctx: click.Context, pattern: str | None) -> None:
    """List problems in drill order, optionally only those of PATTERN.

    \b
    Example:
      judge list two-pointers
    """
    from ..bank.index import summaries
    from ..bank.loader import iter_problem_dirs, load_patterns
    from ..render import text

    settings = runtime(ctx).config
    patterns = load_patterns(settings.patterns_dir, settings.cache_dir)
    slugs = [p.slug for p in patterns]
    if pattern is not None:
        pattern = pattern_slug(pattern, slugs)
    problems = summaries(settings.problems_dir, set(slugs), settings.cache_dir, pattern)
    if pattern is not None and not problems:
        have = sorted({p.parent.name for p in iter_problem_dirs(settings.problems_dir)})
        raise errors.JudgeError(
            f"no problems for pattern '{pattern}' yet; patterns with problems: {', '.join(have)}"
        )
    from .progress_commands import marks

    click.echo(text.render_list(patterns, problems, style(None), marks(runtime(ctx), problems)))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.option(
    "--hints", type=click.IntRange(0, 3), default=0, help="Also show the first N of the three hints."
)
@click.option("--solution", is_flag=True, help="Show the reference solution, its complexity and key idea.")
@click.pass_context
@handled
def show(ctx: click.Context, problem_id: str, hints: int, solution: bool) -> None:
    """Print the statement, samples and limits of PROBLEM_ID (or, with --solution, the
    reference: best read after your own solution is accepted).

    \b
    Example:
      judge show two-pointers/001 --hints 1
      judge show two-pointers/001 --solution
    """
    from ..bank.loader import load_patterns
    from ..render.show_view import show_view, solution_view

    run = runtime(ctx)
    problem = load(run, problem_id)
    out = console(None)
    if solution:
        out.print(solution_view(problem, problem.reference_path.read_text(encoding="utf-8")))
        return
    samples = [(c.id, c.input, c.expected) for c in _samples(run, problem)]
    statement = problem.statement_path.read_text(encoding="utf-8")
    titles = {p.slug: p.title for p in load_patterns(run.config.patterns_dir)}
    starter = str(starter_name(problem.slug))
    pattern = titles.get(problem.pattern, problem.pattern)
    out.print(show_view(problem, statement, samples, hints, _limits(run, problem), starter, pattern))
    from .recording import note_opened

    note_opened(run, problem)


@main.command(epilog=EXIT_CODES)
@click.argument("name")
@click.pass_context
@handled
def pattern(ctx: click.Context, name: str) -> None:
    """Print the page of pattern NAME: template, cues, scenarios, complexity, pitfalls.

    \b
    Example:
      judge pattern sliding-window
    """
    from ..bank.loader import load_patterns
    from ..render.show_view import pattern_view

    settings = runtime(ctx).config
    slug = pattern_slug(name, [p.slug for p in load_patterns(settings.patterns_dir)])
    page = settings.patterns_dir / f"{slug}.md"
    if not page.is_file():
        raise errors.JudgeError(f"the page of pattern '{slug}' is not written yet; see `judge list {slug}`")
    console(None).print(pattern_view(page.read_text(encoding="utf-8")))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@click.pass_context
@handled
def new(ctx: click.Context, problem_id: str, path: Path | None, force: bool) -> None:
    """Write a starter file for PROBLEM_ID (default: ./<slug>.py, the file `judge run ID`
    judges when given none).

    \b
    Example:
      judge new two-pointers/001
      judge new two-pointers/001 solution.py
    """
    from ..bank.starter import starter_source

    run = runtime(ctx)
    problem = load(run, problem_id)
    target = path or starter_name(problem.slug)
    if target.exists() and not force:
        raise errors.JudgeError(
            f"{target} already exists; pass --force to overwrite it or choose another path"
        )
    try:
        target.write_text(starter_source(problem, _samples(run, problem)), encoding="utf-8")
    except OSError as error:
        raise errors.JudgeError(f"cannot write {target} ({error.strerror}); choose another path") from None
    shown = "" if path is None else f" {target}"
    click.echo(f"Wrote {target}. Judge it with: judge run {problem.id}{shown}")
    from .recording import note_opened

    note_opened(run, problem)


def _limits(run: Runtime, problem: Problem) -> str:
    """The limits a run is judged under; the time limit once this machine has derived it."""
    from ..judging.expected import problem_digest
    from ..judging.limits import cached_limit_for
    from ..sandbox.docker_image import runner_image_name

    limit = cached_limit_for(problem, problem_digest(problem), runner_image_name(), run.config.cache_dir)
    floor = problem.limits.time_floor_ms
    time_text = (
        f"time {limit.limit_ms} ms per test"
        if limit
        else f"time derived from the reference on your first run (at least {floor} ms per test)"
    )
    sizes, limits = run.policy.sizes, problem.limits
    return (
        f"{time_text}; memory {limits.memory_mb} MB; recursion depth {limits.recursion_depth:,}; output "
        f"{sizes.stdout_bytes >> 20} MiB printed and {sizes.answer_bytes >> 20} MiB returned per test"
    )


def _samples(run: Runtime, problem: Problem) -> list[Case]:
    """The sample tests with their expected answers (from the cache or the reference)."""
    from ..judging.expected import load_test_set

    tests = load_test_set(problem, run.config.cache_dir, run.policy.stack_bytes)
    return [c for c in tests.cases if not c.hidden]


def ensure_starter(run: Runtime, problem: Problem) -> Path:
    """The problem's starter file (./<slug>.py, as `judge new` names it), written if it is
    not there yet (a file that exists is the person's work: kept)."""
    from ..bank.starter import starter_source

    path = starter_name(problem.slug)
    if not path.exists():
        try:
            path.write_text(starter_source(problem, _samples(run, problem)), encoding="utf-8")
        except OSError as error:
            raise errors.JudgeError(
                f"cannot write {path} ({error.strerror}); start in a writable folder"
            ) from None
    return path
