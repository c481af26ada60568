"""`judge run`, `list`, `show` and `new`: practising with the bank."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import errors
from ..bank.model import Case, Problem
from .app import EXIT_CODES, handled, load, log_to_stderr, main, runtime, style
from .runtime import Runtime
from .serving import offer_server


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("solution", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON report instead of a table.")
@click.option("--color/--no-color", "colour", default=None, help="Force colours on or off.")
@click.pass_context
@handled
def run(ctx: click.Context, problem_id: str, solution: Path, as_json: bool, colour: bool | None) -> None:
    """Judge SOLUTION against every test of PROBLEM_ID.

    Hidden tests show only a description when they fail; failing samples show the
    input, the expected answer, the answer given and what the solution printed.
    Runs go through `judge serve` when one is running (see `judge serve --help`).

    \b
    Example:
      judge run two-pointers/001 solution.py
      judge run two-pointers/001 solution.py --json > report.json
    """
    from ..judging.core import judge_file
    from ..render import json_out, text

    run = runtime(ctx)
    problem = load(run, problem_id)
    source = _read_solution(solution, run.policy.sizes.source_bytes)
    context = run.judging(log_to_stderr)
    report = judge_file(problem, source, context, str(solution))
    click.echo(json_out.report_json(report) if as_json else text.render_report(report, style(colour)))
    offer_server(run)
    if report.judge_error:
        click.echo(f"Error: judge error: {report.judge_error}", err=True)
        sys.exit(errors.EXIT_SANDBOX)
    sys.exit(errors.EXIT_OK if report.passed == len(report.results) else errors.EXIT_REJECTED)


def _read_solution(path: Path, cap: int) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise errors.SolutionError(
            f"no solution file {path}; create one with `judge new ID {path}`"
        ) from None
    except OSError as error:
        raise errors.SolutionError(f"cannot read {path}: {error.strerror}") from None
    if len(data) > cap:
        raise errors.SolutionError(f"{path} is larger than {cap >> 20} MiB; submit the solution only")
    return data


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
    from ..bank.loader import iter_problem_dirs, load_patterns, load_problem
    from ..render import text

    settings = runtime(ctx).config
    patterns = load_patterns(settings.patterns_dir)
    slugs = [p.slug for p in patterns]
    if pattern is not None and pattern not in slugs:
        raise errors.JudgeError(f"unknown pattern '{pattern}' (patterns: {', '.join(slugs)})")
    problems = [
        load_problem(folder, set(slugs)) for folder in iter_problem_dirs(settings.problems_dir, pattern)
    ]
    click.echo(text.render_list(patterns, problems, style(None)))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.option(
    "--hints", type=click.IntRange(0, 3), default=0, help="Also show the first N of the three hints."
)
@click.pass_context
@handled
def show(ctx: click.Context, problem_id: str, hints: int) -> None:
    """Print the statement and sample tests of PROBLEM_ID.

    \b
    Example:
      judge show two-pointers/001 --hints 1
    """
    from ..render import text

    run = runtime(ctx)
    problem = load(run, problem_id)
    samples = [(c.id, c.input, c.expected) for c in _samples(run, problem)]
    statement = problem.statement_path.read_text(encoding="utf-8")
    click.echo(text.render_show(problem, statement, samples, hints, _limits(run, problem)))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@click.pass_context
@handled
def new(ctx: click.Context, problem_id: str, path: Path | None, force: bool) -> None:
    """Write a starter file for PROBLEM_ID (default: ./<slug>.py).

    \b
    Example:
      judge new two-pointers/001 solution.py
    """
    from ..bank.starter import starter_source

    run = runtime(ctx)
    problem = load(run, problem_id)
    target = path or Path(f"{problem.slug.replace('-', '_')}.py")
    if target.exists() and not force:
        raise errors.JudgeError(
            f"{target} already exists; pass --force to overwrite it or choose another path"
        )
    try:
        target.write_text(starter_source(problem, _samples(run, problem)), encoding="utf-8")
    except OSError as error:
        raise errors.JudgeError(f"cannot write {target} ({error.strerror}); choose another path") from None
    click.echo(f"Wrote {target}. Judge it with: judge run {problem.id} {target}")


def _limits(run: Runtime, problem: Problem) -> str:
    """The limits a run is judged under; the time limit once this machine has derived it."""
    from ..judging.expected import load_test_set
    from ..judging.limits import cached_limit_for
    from ..sandbox.docker_image import runner_image_name

    tests = load_test_set(problem, run.config.cache_dir, run.policy.stack_bytes)
    limit = cached_limit_for(problem, tests, runner_image_name(), run.config.cache_dir)
    floor = problem.limits.time_floor_ms
    time_text = (
        f"time {limit.limit_ms} ms per test"
        if limit
        else f"time derived from the reference on your first run (at least {floor} ms per test)"
    )
    sizes, limits = run.policy.sizes, problem.limits
    return (
        f"{time_text}; memory {limits.memory_mb} MB; recursion depth {limits.recursion_limit:,}; output "
        f"{sizes.stdout_bytes >> 20} MiB printed and {sizes.answer_bytes >> 20} MiB returned per test"
    )


def _samples(run: Runtime, problem: Problem) -> list[Case]:
    """The sample tests with their expected answers (from the cache or the reference)."""
    from ..judging.expected import load_test_set

    tests = load_test_set(problem, run.config.cache_dir, run.policy.stack_bytes)
    return [c for c in tests.cases if not c.hidden]
