"""`judge init-ci`: write the GitHub Actions workflow that grades a solutions repository."""

from __future__ import annotations

from pathlib import Path

import click

from .. import errors
from .app import EXIT_CODES, handled, main

WORKFLOW_PATH = Path(".github") / "workflows" / "judge.yml"


@main.command("init-ci", epilog=EXIT_CODES)
@click.argument("path", required=False, default=".", type=click.Path(path_type=Path))
@click.option("--install", default="coding-judge", show_default=True, help="What pip installs in CI.")
@click.option("--python", "python", default="3.11", show_default=True, help="The Python version in CI.")
@click.option("--min-score", type=click.FloatRange(0, 100), help="Pass the job at this percentage.")
@click.option("--force", is_flag=True, help="Replace an existing workflow.")
@handled
def init_ci(path: Path, install: str, python: str, min_score: float | None, force: bool) -> None:
    """Write .github/workflows/judge.yml into the repository at PATH (default: here).

    The workflow installs the judge, restores or builds the runner image (cached between
    runs), runs `judge grade` with a job summary and annotations, and uploads the JUnit
    and JSON reports. See docs/grading.md for GitLab CI and Gradescope.

    \b
    Example:
      judge init-ci
      judge init-ci --install "git+https://github.com/you/coding-judge" --min-score 60
    """
    from ..render.workflow import github_workflow

    if not path.is_dir():
        raise errors.JudgeError(f"{path} is not a folder: give the repository to add the workflow to")
    target = path / WORKFLOW_PATH
    if target.exists() and not force:
        raise errors.JudgeError(f"{target} exists; give --force to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(github_workflow(install, python, min_score), encoding="utf-8")
    except OSError as error:
        raise errors.JudgeError(
            f"cannot write {target} ({error.strerror}); check the folder's permissions"
        ) from None
    click.echo(f"wrote {target}")
