"""`judge run`, `list`, `show` and `new`: practising with the bank."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from judge import cli as package  # _sandbox looked up at call time, so tests can replace it

from .. import errors
from ..config import Settings
from ..locations import server_switch
from . import EXIT_CODES, _handled, _load, _settings, _style, main

MAX_SOURCE_BYTES = 16 << 20


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("solution", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON report instead of a table.")
@click.option("--color/--no-color", "colour", default=None, help="Force colours on or off.")
@click.pass_context
@_handled
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
    from ..cases import load_test_set
    from ..judging import Job, judge_source
    from ..limits import time_limit_for
    from ..render import json_out, text

    settings = _settings(ctx)
    problem = _load(settings, problem_id)
    source = _read_solution(solution)
    tests = load_test_set(problem, settings.cache_dir)
    sandbox = package._sandbox()
    limit = time_limit_for(Job(problem, tests, 0), sandbox, settings.cache_dir)
    report = judge_source(
        Job(problem, tests, limit.limit_ms, limit.slowest_ms, limit.total_ms), source, sandbox, str(solution)
    )
    click.echo(json_out.report_json(report) if as_json else text.render_report(report, _style(ctx, colour)))
    _offer_server(settings)
    if report.judge_error:
        click.echo(f"Error: judge error: {report.judge_error}", err=True)
        sys.exit(errors.EXIT_SANDBOX)
    sys.exit(errors.EXIT_OK if report.passed == len(report.results) else errors.EXIT_REJECTED)


def _offer_server(settings: Settings) -> None:
    """After a run judged in this process at a terminal, start `judge serve` in the
    background so the next runs start faster (as Gradle starts its daemon). Never in CI,
    in scripts (stdout not a terminal), or with JUDGE_SERVER set to anything but auto."""
    if server_switch() != "auto" or os.environ.get("CI") or not sys.stdout.isatty():
        return
    from ..served_run import SERVED_ENV
    from ..server import AUTO_IDLE_TIMEOUT_S, start_in_background

    if not os.environ.get(SERVED_ENV) and start_in_background(settings.server_socket):
        click.echo(
            f"judge: started `judge serve` in the background, so later runs start faster; it stops "
            f"after {AUTO_IDLE_TIMEOUT_S / 60:.0f} idle minutes (JUDGE_SERVER=off: never start one)",
            err=True,
        )


def _read_solution(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise errors.SolutionError(
            f"no solution file {path}; create one with `judge new ID {path}`"
        ) from None
    except OSError as error:
        raise errors.SolutionError(f"cannot read {path}: {error.strerror}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise errors.SolutionError(
            f"{path} is larger than {MAX_SOURCE_BYTES >> 20} MiB; submit the solution only"
        )
    return data


@main.command("list", epilog=EXIT_CODES)
@click.argument("pattern", required=False)
@click.pass_context
@_handled
def list_problems(ctx: click.Context, pattern: str | None) -> None:
    """List problems in drill order, optionally only those of PATTERN.

    \b
    Example:
      judge list two-pointers
    """
    from ..loader import iter_problem_dirs, load_patterns, load_problem
    from ..render import text

    settings = _settings(ctx)
    patterns = load_patterns(settings.patterns_dir)
    slugs = [p.slug for p in patterns]
    if pattern is not None and pattern not in slugs:
        raise errors.JudgeError(f"unknown pattern '{pattern}' (patterns: {', '.join(slugs)})")
    problems = [
        load_problem(folder, set(slugs)) for folder in iter_problem_dirs(settings.problems_dir, pattern)
    ]
    click.echo(text.render_list(patterns, problems, _style(ctx, None)))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.option(
    "--hints", type=click.IntRange(0, 3), default=0, help="Also show the first N of the three hints."
)
@click.pass_context
@_handled
def show(ctx: click.Context, problem_id: str, hints: int) -> None:
    """Print the statement and sample tests of PROBLEM_ID.

    \b
    Example:
      judge show two-pointers/001 --hints 1
    """
    from ..cases import load_test_set
    from ..render import text

    settings = _settings(ctx)
    problem = _load(settings, problem_id)
    tests = load_test_set(problem, settings.cache_dir)
    samples = [(c.id, c.input, c.expected) for c in tests.cases if not c.hidden]
    statement = problem.statement_path.read_text(encoding="utf-8")
    click.echo(text.render_show(problem, statement, samples, hints))


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@click.pass_context
@_handled
def new(ctx: click.Context, problem_id: str, path: Path | None, force: bool) -> None:
    """Write a starter file for PROBLEM_ID (default: ./<slug>.py).

    \b
    Example:
      judge new two-pointers/001 solution.py
    """
    from ..cases import load_test_set
    from ..starter import starter_source

    settings = _settings(ctx)
    problem = _load(settings, problem_id)
    target = path or Path(f"{problem.slug.replace('-', '_')}.py")
    if target.exists() and not force:
        raise errors.JudgeError(
            f"{target} already exists; pass --force to overwrite it or choose another path"
        )
    samples = [c for c in load_test_set(problem, settings.cache_dir).cases if not c.hidden]
    target.write_text(starter_source(problem, samples), encoding="utf-8")
    click.echo(f"Wrote {target}. Judge it with: judge run {problem.id} {target}")


@main.command(epilog=EXIT_CODES)
@click.option(
    "--idle-timeout",
    type=click.FloatRange(0),
    default=3600,
    show_default=True,
    help="Stop after this many seconds without a run (0: never).",
)
@click.pass_context
@_handled
def serve(ctx: click.Context, idle_timeout: float) -> None:
    """Keep the judge loaded and a sandbox container started, so `judge run` answers fast.

    While it runs, `judge run` in any terminal of this user hands its run to the server
    (same output, same exit codes); without it, `judge run` judges in-process. Each run
    still gets a fresh container of its own. Stop it with Ctrl-C or SIGTERM; it stops by
    itself when idle, and declines a run that arrives after the judge's code changed
    (that run is judged in-process).

    A `judge run` at a terminal (not in CI, not piped) starts one in the background
    when none answers, stopping after 15 idle minutes and logging to serve.log in the
    cache folder. JUDGE_SERVER=off prevents that and makes `judge run` ignore a server.

    \b
    Example:
      judge serve &
      judge run two-pointers/001 solution.py
    """
    from ..problem import Limits
    from ..server import Server

    _preload()
    settings = _settings(ctx)
    sandbox = package._sandbox()
    server = Server(
        settings.server_socket,
        sandbox,
        _run_in_worker,
        Limits().memory_mb,
        idle_timeout,
        lambda line: click.echo(f"judge serve: {line}", err=True),
        engine_env={"DOCKER_API_VERSION": sandbox.client.api.api_version},
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("judge serve: stopped", err=True)


def _run_in_worker(argv: list[str]) -> int:
    """Run the CLI as a fresh `judge` process would; returns its exit code."""
    try:
        main.main(args=argv, prog_name="judge", standalone_mode=True)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


def _preload() -> None:
    """Import what a run needs once, in the server, rather than in every worker."""
    from .. import cases, judging, limits, loader, verify  # noqa: F401
    from ..render import json_out, text  # noqa: F401
