"""`judge serve`, and how a served run reaches the CLI: the server's forked worker calls
`run_in_worker` with the client's argv and the container started for it."""

from __future__ import annotations

import functools
import os
import sys
from typing import TYPE_CHECKING

import click

from .. import errors
from ..locations import server_switch
from .app import EXIT_CODES, handled, log_to_stderr, main, runtime
from .runtime import Runtime, open_docker_sandbox

if TYPE_CHECKING:
    from ..sandbox.attach import Started


@main.command(epilog=EXIT_CODES)
@click.option(
    "--idle-timeout",
    type=click.FloatRange(0),
    default=3600,
    show_default=True,
    help="Stop after this many seconds without a run (0: never).",
)
@click.pass_context
@handled
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
    from ..bank.model import Limits
    from ..serve.server import Server

    _preload()
    run = runtime(ctx)
    sandbox = run.open_sandbox(log_to_stderr)
    server = Server(
        run.config.server_socket,
        sandbox,  # type: ignore[arg-type]  # a DockerSandbox: it can prestart
        run_in_worker,
        Limits().memory_mb,
        run.policy.stack_bytes,
        idle_timeout,
        lambda line: click.echo(f"judge serve: {line}", err=True),
        engine_env=getattr(sandbox, "engine_env", dict)(),
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("judge serve: stopped", err=True)


def run_in_worker(argv: list[str], warm: Started | None) -> int:
    """Run the CLI as a fresh `judge` process would, with the container the server
    started for this run; returns its exit code."""
    served = Runtime(open_sandbox=functools.partial(open_docker_sandbox, warm=warm), served=True)
    try:
        main.main(args=argv, prog_name="judge", standalone_mode=True, obj=served)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


def offer_server(run: Runtime) -> None:
    """After a run judged in this process at a terminal, start `judge serve` in the
    background so the next runs start faster (as Gradle starts its daemon). Never in CI,
    in scripts (stdout not a terminal), from a served run, or with JUDGE_SERVER set to
    anything but auto."""
    if run.served or server_switch() != "auto" or os.environ.get("CI") or not sys.stdout.isatty():
        return
    from ..serve.server import AUTO_IDLE_TIMEOUT_S, start_in_background

    try:
        started = start_in_background(run.config.server_socket)
    except OSError as error:
        raise errors.cache_fault(run.config.cache_dir, error) from None
    if started:
        click.echo(
            f"judge: started `judge serve` in the background, so later runs start faster; it stops "
            f"after {AUTO_IDLE_TIMEOUT_S / 60:.0f} idle minutes (JUDGE_SERVER=off: never start one)",
            err=True,
        )


def _preload() -> None:
    """Import what a run needs once, in the server, rather than in every worker."""
    from ..bank import loader  # noqa: F401
    from ..judging import core, expected, verify  # noqa: F401
    from ..render import json_out, text  # noqa: F401
    from .lazy import load_all

    load_all()  # the command modules load lazily; a worker forks from here with them loaded
