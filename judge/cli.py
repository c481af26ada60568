"""The `judge` command: parse arguments, call the core, render, map errors to exit codes.

Exit codes (all commands):
  0  success (for `run`: every test accepted; for `verify`: every problem verified)
  1  the solution was not accepted, or a problem failed verification
  2  bad usage or input: unknown problem ID, invalid problem package, unreadable file
  3  the sandbox is unavailable (no Docker engine, no runner image) or the judge failed (JE)
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import errors
from .config import Settings

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CODES = """
\b
Exit codes:
  0  success          1  not accepted / verification failed
  2  bad usage/input  3  sandbox unavailable or judge error (JE)
"""
MAX_SOURCE_BYTES = 16 << 20


def _handled(command: F) -> F:
    """Turn the judge's exceptions into one `Error: ...` line and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            return command(*args, **kwargs)
        except errors.JudgeError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; sandbox containers were removed.", err=True)
            sys.exit(130)
        except OSError as error:
            if os.environ.get("JUDGE_DEBUG"):
                raise
            click.echo(
                f"Error: {error.strerror or error}: {getattr(error, 'filename', '') or ''}".rstrip(": "),
                err=True,
            )
            sys.exit(errors.EXIT_USAGE)

    return wrapper  # type: ignore[return-value]


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj  # type: ignore[no-any-return]


def _style(ctx: click.Context, colour: bool | None) -> Callable[..., str]:
    use = sys.stdout.isatty() if colour is None else colour
    return click.style if use and "NO_COLOR" not in os.environ else (lambda text, **_: text)


def _load(settings: Settings, ident: str) -> Any:
    from .loader import load_patterns, load_problem, resolve_problem

    slugs = {p.slug for p in load_patterns(settings.patterns_dir)}
    return load_problem(resolve_problem(settings.problems_dir, ident), slugs)


def _sandbox() -> Any:
    from .sandbox.docker_image import ensure_runner
    from .sandbox.docker_sandbox import DockerSandbox, connect

    client = connect()
    sandbox = DockerSandbox(ensure_runner(client, lambda line: click.echo(line, err=True)), client)
    sandbox.sweep()
    return sandbox


@click.group(epilog=EXIT_CODES)
@click.option(
    "--problems",
    "problems_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Problem bank folder (default: the repo's problems/, or $JUDGE_PROBLEMS).",
)
@click.version_option(package_name="coding-judge")
@click.pass_context
def main(ctx: click.Context, problems_dir: Path | None) -> None:
    """Practice the coding round: original problems by pattern, judged in a Docker sandbox.

    \b
    Quick start:
      judge list                                  the problems, by pattern
      judge new two-pointers/001 solution.py      a starter file
      judge run two-pointers/001 solution.py      judge it, test by test
    """
    ctx.obj = Settings.from_env(problems_dir)


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

    \b
    Example:
      judge run two-pointers/001 solution.py
      judge run two-pointers/001 solution.py --json > report.json
    """
    from .cases import load_test_set
    from .judging import Job, judge_source
    from .limits import time_limit_for
    from .render import json_out, text

    settings = _settings(ctx)
    problem = _load(settings, problem_id)
    source = _read_solution(solution)
    tests = load_test_set(problem, settings.cache_dir)
    sandbox = _sandbox()
    limit = time_limit_for(Job(problem, tests, 0), sandbox, settings.cache_dir)
    report = judge_source(
        Job(problem, tests, limit.limit_ms, limit.slowest_ms, limit.total_ms), source, sandbox, str(solution)
    )
    click.echo(json_out.report_json(report) if as_json else text.render_report(report, _style(ctx, colour)))
    if report.judge_error:
        click.echo(f"Error: judge error: {report.judge_error}", err=True)
        sys.exit(errors.EXIT_SANDBOX)
    sys.exit(errors.EXIT_OK if report.passed == len(report.results) else errors.EXIT_REJECTED)


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
    from .loader import iter_problem_dirs, load_patterns, load_problem
    from .render import text

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
    from .cases import load_test_set
    from .render import text

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
    from .cases import load_test_set
    from .starter import starter_source

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
@click.argument("problem_id", required=False)
@click.option("--all", "all_problems", is_flag=True, help="Verify every problem in the bank.")
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON result.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 16),
    default=1,
    show_default=True,
    help="Verify this many problems at once (each sandbox gets one CPU).",
)
@click.pass_context
@_handled
def verify(ctx: click.Context, problem_id: str | None, all_problems: bool, as_json: bool, jobs: int) -> None:
    """Prove problems: known-good code passes, known-bad code is rejected.

    The reference and every accepted/ submission must get AC on every test, every
    wrong_answer/ submission WA on at least one, every time_limit_exceeded/ submission
    TLE on at least one. Prints the time limit derived from the reference.

    \b
    Example:
      judge verify two-pointers/001
      judge verify --all
    """
    from concurrent.futures import ThreadPoolExecutor

    from .loader import iter_problem_dirs, load_patterns, load_problem
    from .render import json_out, text
    from .verify import verify_problem

    settings = _settings(ctx)
    if all_problems == bool(problem_id):
        raise errors.JudgeError("give one PROBLEM_ID or --all")
    slugs = {p.slug for p in load_patterns(settings.patterns_dir)}
    if problem_id:
        problems = [_load(settings, problem_id)]
    else:
        problems = [load_problem(folder, slugs) for folder in iter_problem_dirs(settings.problems_dir)]
    _sandbox()  # fails early, with exit code 3, when there is no engine or image
    results = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(verify_problem, p, _sandbox(), settings.cache_dir) for p in problems]
        for future in futures:
            result = future.result()
            results.append(result)
            if not as_json:
                click.echo(text.render_verify(result, _style(ctx, None)))
    failed = [r.problem.id for r in results if not r.ok]
    if as_json:
        click.echo(json_out.verify_json(results))
    else:
        total = sum(r.seconds for r in results)
        click.echo(
            f"\n{len(results) - len(failed)}/{len(results)} problem(s) verified in {total:.1f} s"
            + (f"; failed: {', '.join(failed)}" if failed else "")
        )
    sys.exit(errors.EXIT_REJECTED if failed else errors.EXIT_OK)


@main.group(epilog=EXIT_CODES)
def sandbox() -> None:
    """Manage the runner image and leftover containers.

    \b
    Example:
      judge sandbox build
      judge sandbox sweep
    """


@sandbox.command("build", epilog=EXIT_CODES)
@click.option(
    "--from-dockerfile", is_flag=True, help="Build the base from Dockerfile.base (needs a registry)."
)
@click.option("--rebuild-base", is_flag=True, help="Rebuild the Python base image even if it exists.")
@_handled
def sandbox_build(from_dockerfile: bool, rebuild_base: bool) -> None:
    """Build the runner image (offline by default, with mmdebstrap from the Debian sources).

    \b
    Example:
      judge sandbox build
    """
    from .sandbox.docker_image import build
    from .sandbox.docker_sandbox import connect

    build(connect(), click.echo, from_dockerfile=from_dockerfile, rebuild_base=rebuild_base)


@sandbox.command("sweep", epilog=EXIT_CODES)
@_handled
def sandbox_sweep() -> None:
    """Remove containers left behind by judge processes that no longer run.

    \b
    Example:
      judge sandbox sweep
    """
    from .sandbox.docker_sandbox import DockerSandbox, connect

    sandbox = DockerSandbox("", connect())  # sweeping needs no runner image
    click.echo(f"removed {sandbox.sweep()} leftover container(s)")


@main.command(epilog=EXIT_CODES)
@_handled
def doctor() -> None:
    """Check the Docker engine, the runner image and a trivial run; print the overhead.

    \b
    Example:
      judge doctor
    """
    from .doctor import echo_check
    from .sandbox.docker_image import runner_image_name
    from .sandbox.docker_sandbox import DockerSandbox, connect

    client = connect()
    version = client.version()
    click.echo(f"ok  Docker engine {version.get('Version')} (API {version.get('ApiVersion')})")
    sandbox = DockerSandbox(runner_image_name(), client)
    sandbox.check_image()
    click.echo(f"ok  runner image {sandbox.image}")
    result = echo_check(sandbox)
    if not result.ok:
        click.echo(f"FAIL echo solution: {result.detail}")
        sys.exit(errors.EXIT_SANDBOX)
    click.echo(
        f"ok  echo solution ran ({result.detail}); "
        f"container overhead {result.median_s * 1000:.0f} ms (median of 3)"
    )
