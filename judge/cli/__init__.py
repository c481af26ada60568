"""The `judge` command: parse arguments, call the core, render, map errors to exit codes.

    practice.py     run, list, show, new, serve (using the bank)
    maintenance.py  verify, sandbox, doctor     (keeping the bank and the sandbox healthy)

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

from .. import errors
from ..config import Settings

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CODES = """
\b
Exit codes:
  0  success          1  not accepted / verification failed
  2  bad usage/input  3  sandbox unavailable or judge error (JE)
"""


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
    from ..loader import load_patterns, load_problem, resolve_problem

    slugs = {p.slug for p in load_patterns(settings.patterns_dir)}
    return load_problem(resolve_problem(settings.problems_dir, ident), slugs)


def _sandbox() -> Any:
    """The Docker sandbox; it takes over a container `judge serve` started for this
    process, if there is one (JUDGE_WARM_CONTAINER)."""
    from ..sandbox.attach import WarmContainer
    from ..sandbox.docker_image import ensure_runner
    from ..sandbox.docker_sandbox import DockerSandbox, connect

    client = connect()
    image = ensure_runner(client, lambda line: click.echo(line, err=True))
    warm = WarmContainer.from_env()
    if warm is not None:  # a server's worker: the server swept when it started
        return DockerSandbox(image, client, warm=warm, remove_later=True)
    sandbox = DockerSandbox(image, client)
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


# The commands live in two modules; importing them registers them on `main`.
from . import maintenance, practice  # noqa: E402, F401
