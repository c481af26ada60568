"""`judge grade`: grade a repository of solutions, for CI and for courses."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from typing import Any

import click

from .. import errors
from .app import console, handled, log_to_stderr, main, runtime, style

GRADE_EXIT_CODES = """
\b
Exit codes:
  0  every problem accepted (or, with --min-score, the score reached it)
  1  a problem not accepted or missing     2  bad usage, or a bad repository
  3  sandbox unavailable or judge error  130/143  interrupted (SIGINT/SIGTERM);
     the reports hold what was finished
"""


@main.command(epilog=GRADE_EXIT_CODES)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Judged at once (default: the cores).")
@click.option("--no-cache", is_flag=True, help="Judge every solution again, even unchanged ones.")
@click.option("--format", "formats", multiple=True, metavar="FORMAT", help="A report format (repeatable).")
@click.option("--output", "outputs", multiple=True, metavar="FORMAT=PATH", help="Write FORMAT to PATH.")
@click.option("--min-score", type=click.FloatRange(0, 100), help="Pass (exit 0) at this percentage.")
@click.option("--all-tests", is_flag=True, help="Run every test, even after a time-out.")
@click.option("--color/--no-color", "colour", default=None, help="Force colours on or off.")
@click.option(
    "--problems",
    "problems_dir",
    type=click.Path(path_type=Path),
    help="The bank to grade against (an instructor's private one); as `judge --problems DIR`.",
)
@click.option("--record", is_flag=True, help="Record each judged solution in your drilling progress.")
@click.option("--cluster", metavar="ADDRESS", help="Grade on a Dask cluster (tcp://host:8786).")
@click.option("--roster", type=click.Path(path_type=Path), help="With --cluster: a file of repository paths.")
@click.option(
    "--output-dir",
    type=click.Path(path_type=Path),
    default=Path("judge-grades"),
    show_default=True,
    help="With --cluster: where each repository's report and the roster go.",
)
@click.pass_context
@handled
def grade(
    ctx: click.Context,
    paths: tuple[Path, ...],
    problems_dir: Path | None,
    record: bool,
    cluster: str | None,
    roster: Path | None,
    output_dir: Path,
    jobs: int | None,
    no_cache: bool,
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    min_score: float | None,
    all_tests: bool,
    colour: bool | None,
) -> None:
    """Grade the solutions in PATH (default: here) against the judge's problems.

    A file solves a problem by its path (two-pointers/003.py, two_pointers_003.py), by
    a first line `# judge: two-pointers/003`, or by judge.yaml (which also sets the
    assignment and points). Hidden tests come from the judge's bank (--problems DIR for
    your own), never from PATH. Results are cached: an unchanged solution is not judged
    again. Several repositories (or --roster FILE) are graded on a Dask cluster
    (--cluster tcp://host:8786): a report per repository and a roster in --output-dir.

    \b
    Formats: text json junit gradescope exercism github
    Example:
      judge grade solutions/ --format junit --output junit=judge.xml --format text
      judge grade --format github --min-score 60
      judge grade --cluster tcp://10.0.0.5:8786 --roster students.txt
    """
    from ..grading.runner import Options
    from ..grading.runner import grade as grade_all
    from ..render.grade_formats import FORMATS

    if problems_dir is not None and not problems_dir.is_dir():
        raise errors.JudgeError(f"--problems {problems_dir}: no such folder; give a problem bank folder")
    run = runtime(ctx).with_problems(problems_dir)
    options = Options(jobs=jobs or Options().jobs, use_cache=not no_cache, all_tests=all_tests)
    if cluster is not None or roster is not None or len(paths) > 1:
        from .grade_many import grade_many

        sys.exit(grade_many(run, paths, cluster, roster, output_dir, options, min_score))
    path = paths[0] if paths else Path(".")
    destinations = _destinations(formats, outputs, set(FORMATS))
    assignment, load_problem = _assignment(run, path)
    stop, signals = threading.Event(), _StopOnSignals()
    with signals.installed(stop), _progress(destinations, len(assignment.tasks)) as progress:
        result = grade_all(assignment, load_problem, run.judging(log_to_stderr), options, progress, stop)
    failed = _write(result, destinations, colour)
    if record:
        from .recording import record_grade

        record_grade(run, assignment.repo, result)
    code = _exit_code(result, min_score, signals.received)
    if failed:
        click.echo(f"Error: {failed}", err=True)
        code = max(code, errors.EXIT_USAGE) if code < 128 else code
    sys.exit(code)


def _assignment(run: Any, path: Path) -> Any:
    from ..bank.loader import load_patterns, load_problem, resolve_problem
    from ..grading.discover import BankIndex, find_solutions
    from ..grading.manifest import load_manifest
    from .grade_many import check_repository

    settings = run.config
    check_repository(path, settings.problems_dir)
    slugs = [p.slug for p in load_patterns(settings.patterns_dir)]
    bank = BankIndex.of(settings.problems_dir, slugs)
    repo = path.resolve()
    assignment = find_solutions(repo, bank, load_manifest(repo, bank.canonical))
    if not assignment.tasks:
        raise errors.JudgeError(
            f"no file in {path} solves a problem ({len(assignment.ignored)} .py files ignored); "
            "name them like two-pointers/003.py, or start them with `# judge: two-pointers/003`"
        )

    def load(problem_id: str) -> Any:
        return load_problem(resolve_problem(settings.problems_dir, problem_id), set(slugs))

    return assignment, load


def _destinations(
    formats: tuple[str, ...], outputs: tuple[str, ...], known: set[str]
) -> dict[str, Path | None]:
    """FORMAT -> where it goes (None: stdout). One line (exit 2) for an unknown format, a
    malformed --output, or two formats that would share stdout."""
    from ..render.grade_formats import FORMATS

    where: dict[str, Path | None] = {}
    for spec in outputs:
        name, sep, target = spec.partition("=")
        if not sep or not target:
            raise errors.JudgeError(f"--output {spec}: write it as FORMAT=PATH, e.g. junit=report.xml")
        where[_known(name, known)] = Path(target)
    for name in formats or (() if where else ("text",)):
        name = _known(name, known)
        where.setdefault(name, FORMATS[name].default_path())
    on_stdout = [name for name, target in where.items() if target is None]
    if len(on_stdout) > 1:
        raise errors.JudgeError(
            f"--format {' and '.join(on_stdout)} would share stdout; "
            "give --output FORMAT=PATH for all but one"
        )
    return where


def _known(name: str, known: set[str]) -> str:
    name = name.strip().lower()
    if name not in known:
        raise errors.JudgeError(f"unknown format '{name}'; formats: {', '.join(sorted(known))}")
    return name


class _Progress:
    """A progress bar at a terminal while grading (nothing in a pipe)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self._bar: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress

            bar = Progress(console=console(None), transient=True)
            bar.__enter__()
            self._task = bar.add_task("grading", total=self.total)
            self._bar = bar
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)

    def __call__(self, outcome: Any) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=outcome.task.problem_id)


def _progress(destinations: dict[str, Path | None], total: int) -> _Progress:
    return _Progress(total, destinations.get("text", "x") is None and sys.stdout.isatty())


class _StopOnSignals:
    """SIGINT and SIGTERM set `stop` (grading then cancels its runs and returns what was
    finished); a SIGINT that the shell set to be ignored stays ignored."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._saved: dict[int, Any] = {}
        self._stop: threading.Event | None = None

    def installed(self, stop: threading.Event) -> _StopOnSignals:
        self._stop = stop
        return self

    def __enter__(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(signum)
            if previous is signal.SIG_IGN:
                continue
            self._saved[signum] = previous
            signal.signal(signum, self._handle)

    def __exit__(self, *exc: object) -> None:
        for signum, previous in self._saved.items():
            signal.signal(signum, previous)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.received is None:
            self.received = signum
        assert self._stop is not None
        self._stop.set()


def _write(result: Any, destinations: dict[str, Path | None], colour: bool | None) -> str | None:
    """Write every format; the first failure to write, as one line (the rest are written)."""
    from ..render.github import grade_annotations
    from ..render.grade_formats import FORMATS
    from ..render.grade_text import render_grade

    failed = None
    for name, target in destinations.items():
        if name == "github":
            click.echo(grade_annotations(result), nl=False)
        if target is None:
            shown = render_grade(result, style(colour)) + "\n" if name == "text" else None
            click.echo(shown or FORMATS[name].render(result), nl=False)
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("a" if FORMATS[name].append else "w", encoding="utf-8") as handle:
                handle.write(FORMATS[name].render(result))
        except OSError as error:
            reason = f"cannot write the {name} report to {target} ({error.strerror}); choose another path"
            failed = failed or reason
    return failed


def _exit_code(result: Any, min_score: float | None, received: int | None) -> int:
    from ..grading.model import Status

    if received is not None:
        return 128 + received
    if result.fault is not None:
        click.echo(f"Error: {result.fault}", err=True)
        return errors.EXIT_SANDBOX
    if any(o.status is Status.ERROR for o in result.outcomes):
        return errors.EXIT_SANDBOX
    if min_score is not None:
        return errors.EXIT_OK if result.percent >= min_score else errors.EXIT_REJECTED
    return errors.EXIT_OK if result.all_accepted else errors.EXIT_REJECTED
