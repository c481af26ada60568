"""`judge run`: judge a file, with live rows at a terminal, and LeetCode's habits: run the
samples only (`--samples`), try an input of your own (`--case`), judge on every save
(`--watch`)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from .. import errors
from ..bank.model import Problem
from .app import EXIT_CODES, console, handled, load, log_to_stderr, main, runtime
from .runtime import Runtime
from .serving import offer_server
from .solution_file import oversized, read_solution, starter_name

WATCH_POLL_S = 0.3


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("solution", required=False, type=click.Path(path_type=Path))
@click.option("--samples", is_flag=True, help="Judge the sample tests only (a quick check before all).")
@click.option(
    "--case", "case_text", metavar="JSON|FILE", help="Judge one input of your own, beside the reference."
)
@click.option("--all-tests", is_flag=True, help="Run every test, even after a time-out.")
@click.option("--watch", is_flag=True, help="Judge again every time the file is saved (Ctrl-C stops).")
@click.option("-v", "--verbose", is_flag=True, help="Show every test, also when all pass.")
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON report instead.")
@click.option("--scaling", is_flag=True, help="Then measure how its time grows with n (judge complexity).")
@click.option(
    "--explain",
    is_flag=True,
    help="When a test fails, look for a small input where it differs (judge stress).",
)
@click.option("--color/--no-color", "colour", default=None, help="Force colours on or off.")
@click.pass_context
@handled
def run(
    ctx: click.Context,
    problem_id: str,
    solution: Path | None,
    samples: bool,
    case_text: str | None,
    all_tests: bool,
    watch: bool,
    verbose: bool,
    as_json: bool,
    scaling: bool,
    explain: bool,
    colour: bool | None,
) -> None:
    """Judge SOLUTION against the tests of PROBLEM_ID.

    Rows appear as tests finish. After the first time-out only tests no larger than the
    last one that passed run (the rest are SKIPPED; --all-tests runs them). Hidden tests
    show their kind, never their input; a failing sample shows everything, including
    what your code printed. Without SOLUTION, the file `judge new` wrote is judged.

    \b
    Example:
      judge run two-pointers/001 solution.py
      judge run two-pointers/001 --samples
      judge run two-pointers/001 solution.py --case '{"nums": [1, 2], "target": 3}'
      judge run two-pointers/001 solution.py --json > report.json
    """
    if problem_id.endswith(".py") and solution is not None and not str(solution).endswith(".py"):
        problem_id, solution = str(solution), Path(problem_id)  # `judge run file.py ID`
    run_ = runtime(ctx)
    problem = load(run_, problem_id)
    path = solution or starter_name(problem.slug)
    if solution is None and not path.exists():
        raise errors.SolutionError(
            f"no file given and no {path} here; write one with `judge new {problem.id}`"
        )
    failed_tags: list[str] = []  # the first failing test's kind, to steer --explain
    options: dict[str, Any] = dict(
        samples=samples, case_text=case_text, all_tests=all_tests, verbose=verbose, failed_tags=failed_tags
    )
    code = _judge_once(run_, problem, path, as_json, colour, **options)
    while watch:
        code = _judge_on_change(run_, problem, path, as_json, colour, **options)
    if explain and not as_json and code == errors.EXIT_REJECTED and case_text is None:
        _explain(run_, problem, path, tuple(failed_tags))
    if scaling and not as_json:
        from ..analysis.complexity_options import Options
        from .complexity_command import scaling_of

        click.echo("")
        scaling_of(ctx, problem.id, path, Options(), False)
    offer_server(run_)
    sys.exit(code)


def _judge_once(
    run: Runtime,
    problem: Problem,
    path: Path,
    as_json: bool,
    colour: bool | None,
    samples: bool,
    case_text: str | None,
    all_tests: bool,
    verbose: bool,
    failed_tags: list[str] | None = None,
) -> int:
    """Judge once and print the report; the exit code. failed_tags, when given, receives
    the tags of the first test not accepted."""
    from ..judging.core import judge_file, judge_input
    from ..judging.run import Watching
    from ..render import json_out
    from ..render.live import LiveRows
    from ..render.run_view import custom_view, report_view

    source = read_solution(path, run.policy.sizes.source_bytes)
    context = run.judging(log_to_stderr)
    out = console(colour)
    too_big = oversized(source, run.policy.sizes.source_bytes)
    if case_text is not None:
        report = judge_input(problem, source, _case(case_text), context, str(path), too_big)
        out.print(json_out.report_json(report) if as_json else custom_view(report), soft_wrap=as_json)
        return _exit_code(report)
    live = LiveRows(out, enabled=not as_json and sys.stdout.isatty())
    with live:
        watching = Watching(on_result=live.add, skip_after_timeout=not all_tests)
        report = judge_file(
            problem, source, context, str(path), watching, samples_only=samples, refused=too_big
        )
    if as_json:
        click.echo(json_out.report_json(report))
    else:
        out.print(report_view(report, verbose or samples))
    if failed_tags is not None:
        failing = next((r for r in report.results if r.verdict.value not in ("AC", "SKIPPED")), None)
        failed_tags[:] = failing.tags if failing is not None else ()
    if not samples:  # a samples-only run is LeetCode's Run, not a submission
        from .recording import record_attempt

        record_attempt(run, problem, source, report)
    return _exit_code(report)


EXPLAIN_S = 10.0


def _explain(run: Runtime, problem: Problem, path: Path, tags: tuple[str, ...] = ()) -> None:
    """A few seconds of `judge stress`: a small random input of the problem's own
    generator where the answer differs, shown in full (it is not a hidden test). When
    the failing test's tags can be read off an input (empty, duplicates, negatives...),
    the first half of the time draws only inputs of that kind (analysis/steer.py)."""
    import random

    from ..analysis.steer import steerable
    from ..analysis.stress import StressOptions, stress
    from ..render.stress_view import stress_text

    kind = steerable(tags)
    what = f" of the kind that failed ({', '.join(kind)})" if kind else ""
    click.echo(f"\nLooking for a small input{what} where your answer differs (up to {EXPLAIN_S:.0f} s)...")
    seed = random.SystemRandom().randrange(2**32)
    source = read_solution(path, run.policy.sizes.source_bytes)
    context = run.judging(log_to_stderr)
    result = None
    if kind:
        result = stress(problem, source, context, StressOptions(seed=seed, time_s=EXPLAIN_S / 2, steer=kind))
    if result is None or result.found is None:
        if kind:
            click.echo("None of that kind differed; trying any small input...")
        result = stress(
            problem, source, context, StressOptions(seed=seed, time_s=EXPLAIN_S / (2 if kind else 1))
        )
    if result.found is None:
        click.echo("None found among small random inputs: the failing tests need larger or rarer inputs.")
        return
    click.echo(stress_text(result, f"judge stress {problem.id} {path}"))


def _exit_code(report: Any) -> int:
    if report.judge_error:
        click.echo(f"Error: judge error: {report.judge_error}", err=True)
        return errors.EXIT_SANDBOX
    return errors.EXIT_OK if report.passed == len(report.results) else errors.EXIT_REJECTED


def _judge_on_change(
    run: Runtime, problem: Problem, path: Path, as_json: bool, colour: bool | None, **options: Any
) -> int:
    """Wait for the next save of path, then judge it again."""
    before = _stamp(path)
    click.echo(f"watching {path} for changes (Ctrl-C stops)", err=True)
    while _stamp(path) == before:
        time.sleep(WATCH_POLL_S)
    click.echo("", err=True)
    try:
        return _judge_once(run, problem, path, as_json, colour, **options)
    except errors.SolutionError as error:  # saved half-way (an empty file, say): wait for the next save
        click.echo(f"Error: {error}", err=True)
        return errors.EXIT_USAGE


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _case(text: str) -> Any:
    """--case: JSON, or a file holding JSON; one line (exit 2) when it is neither."""
    candidate = Path(text)
    if not text.lstrip().startswith(("{", "[")) and candidate.is_file():
        text = candidate.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise errors.JudgeError(
            f"--case is not JSON ({error.msg} at column {error.colno}); pass an input object"
        ) from None
