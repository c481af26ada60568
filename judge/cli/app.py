"""The `judge` group and the plumbing every command shares: errors to exit codes, the
runtime from click's context, colour, loading a problem.

Exit codes (all commands):
  0  success (for `run`: every test accepted; for `verify`: every problem verified)
  1  the solution was not accepted, or a problem failed verification
  2  bad usage or input: unknown problem ID, invalid problem package, unreadable file
  3  the sandbox is unavailable (no Docker engine, no runner image), the judge failed
     (JE), or the judge's own files failed (cache folder unwritable, disk full)
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from rich.console import Console

    from ..bank.model import Problem

from .. import errors
from .lazy import LazyGroup
from .runtime import Runtime

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CODES = """
\b
Exit codes:
  0  success          1  not accepted / verification failed
  2  bad usage/input  3  sandbox unavailable or judge error (JE)
"""


def handled(command: F) -> F:
    """Turn the judge's exceptions into one `Error: ...` line and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            signal.signal(signal.SIGTERM, _raise_interrupt)  # a served worker has its own
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


def runtime(ctx: click.Context) -> Runtime:
    return ctx.find_object(Runtime)  # type: ignore[return-value]


def colours_on(colour: bool | None) -> bool:
    """--color forces colours on (even in a pipe) and --no-color off; otherwise a
    terminal gets them, unless NO_COLOR is set or TERM is dumb."""
    if colour is not None:
        return colour
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def style(colour: bool | None) -> Callable[..., str]:
    return click.style if colours_on(colour) else (lambda text, **_: text)


def console(colour: bool | None) -> Console:
    """A rich console for stdout, coloured as `colours_on` says, fitted to the terminal
    (80 columns, or $COLUMNS, when it is not one)."""
    from rich.console import Console

    on = colours_on(colour)
    return Console(
        force_terminal=True if colour else None,
        no_color=not on,
        color_system="auto" if on else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


def log_to_stderr(line: str) -> None:
    click.echo(line, err=True)


def load(run: Runtime, ident: str) -> Problem:
    from ..bank.loader import load_patterns, load_problem, resolve_problem

    slugs = {p.slug for p in load_patterns(run.config.patterns_dir)}
    return load_problem(resolve_problem(run.config.problems_dir, ident), slugs)


@click.group(cls=LazyGroup, epilog=EXIT_CODES)
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
    if problems_dir is not None and not problems_dir.is_dir():
        click.echo(f"Error: --problems {problems_dir}: no such folder; give a problem bank folder", err=True)
        ctx.exit(errors.EXIT_USAGE)
    given = ctx.obj if isinstance(ctx.obj, Runtime) else Runtime()
    ctx.obj = given.with_problems(problems_dir)


def pattern_slug(name: str, slugs: list[str]) -> str:
    """A pattern slug, in any case; JudgeError naming the closest ones otherwise."""
    import difflib

    wanted = name.strip().lower()
    if wanted in slugs:
        return wanted
    close = difflib.get_close_matches(wanted, slugs, n=3, cutoff=0.7)
    hint = f"did you mean {', '.join(close)}?" if close else f"patterns: {', '.join(slugs)}"
    raise errors.JudgeError(f"unknown pattern '{name}' ({hint})")
