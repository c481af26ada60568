"""`judge verify`, `sandbox` and `doctor`: keeping the bank and the sandbox healthy."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import errors
from .app import EXIT_CODES, handled, load, log_to_stderr, main, runtime, style


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
@click.option(
    "--fresh",
    is_flag=True,
    help="Verify even the packages whose verify-record.json matches (ignore the records).",
)
@click.pass_context
@handled
def verify(
    ctx: click.Context, problem_id: str | None, all_problems: bool, as_json: bool, jobs: int, fresh: bool
) -> None:
    """Prove problems: known-good code passes, known-bad code is rejected.

    The reference and every accepted/ submission must get AC on every test, every
    wrong_answer/ submission WA on at least one, every time_limit_exceeded/ submission
    TLE on at least two max-size tests. Prints the time limit derived from the reference.
    A passing verification is written into the package (verify-record.json, to commit
    with it); a later run on any machine takes it while the package and the judge's
    code are unchanged (--fresh verifies anyway).

    \b
    Example:
      judge verify two-pointers/001
      judge verify --all
    """
    from ..bank.loader import iter_problem_dirs, load_patterns, load_problem
    from ..bank.loader import problem_id as id_of
    from ..judging.pool import cancellable_map
    from ..judging.verify import VerifyResult, failed_to_load, verify_problem
    from ..render import json_out, text

    run = runtime(ctx)
    settings = run.config
    if all_problems == bool(problem_id):
        raise errors.JudgeError("give one PROBLEM_ID or --all")
    slugs = {p.slug for p in load_patterns(settings.patterns_dir)}
    single = load(run, problem_id) if problem_id else None
    folders = [] if single else iter_problem_dirs(settings.problems_dir)
    context = run.judging(log_to_stderr)
    context.sandbox  # noqa: B018  (opened once, up front: exit code 3 when there is no engine or image)

    def one(folder: Path) -> VerifyResult:
        try:
            problem = load_problem(folder, slugs)
        except errors.JudgeError as error:  # recorded; the batch goes on
            return failed_to_load(id_of(folder), error)
        return verify_problem(problem, context, take_record=not fresh, keep_record=True)

    results = []
    verified = (
        [verify_problem(single, context, not fresh, True)]
        if single
        else cancellable_map(context, jobs, one, folders)
    )
    for result in verified:
        results.append(result)
        if not as_json:
            click.echo(text.render_verify(result, style(None)))
    failed = [r.problem_id for r in results if not r.ok]
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
@handled
def sandbox_build(from_dockerfile: bool, rebuild_base: bool) -> None:
    """Build the runner image (offline by default, with mmdebstrap from the Debian sources).

    \b
    Example:
      judge sandbox build
    """
    from ..sandbox.docker_image import build
    from ..sandbox.docker_sandbox import connect

    build(connect(), click.echo, from_dockerfile=from_dockerfile, rebuild_base=rebuild_base)


@sandbox.command("image", epilog=EXIT_CODES)
@handled
def sandbox_image() -> None:
    """Print the runner image's name for this judge (it changes with the harness).

    \b
    Example:
      docker save "$(judge sandbox image)" -o runner.tar
    """
    from ..sandbox.docker_image import runner_image_name

    click.echo(runner_image_name())


@sandbox.command("sweep", epilog=EXIT_CODES)
@handled
def sandbox_sweep() -> None:
    """Remove containers left behind by judge processes that no longer run.

    \b
    Example:
      judge sandbox sweep
    """
    from ..sandbox.docker_sandbox import DockerSandbox, connect

    sandbox = DockerSandbox("", connect())  # sweeping needs no runner image
    click.echo(f"removed {sandbox.sweep()} leftover container(s)")


@main.command(epilog=EXIT_CODES)
@click.pass_context
@handled
def doctor(ctx: click.Context) -> None:
    """Check the Docker engine, the runner image and a trivial run; print the overhead.

    \b
    Example:
      judge doctor
    """
    from ..judging.doctor import echo_check
    from ..sandbox.docker_image import runner_image_name
    from ..sandbox.docker_sandbox import DockerSandbox, connect

    client = connect()
    version = client.version()
    click.echo(f"ok  Docker engine {version.get('Version')} (API {version.get('ApiVersion')})")
    sandbox = DockerSandbox(runner_image_name(), client)
    sandbox.check_image()
    click.echo(f"ok  runner image {sandbox.image}")
    result = echo_check(sandbox, runtime(ctx).policy)
    if not result.ok:
        click.echo(f"FAIL echo solution: {result.detail}")
        sys.exit(errors.EXIT_SANDBOX)
    click.echo(
        f"ok  echo solution ran ({result.detail}); "
        f"container overhead {result.median_s * 1000:.0f} ms (median of 3)"
    )
