"""`judge grade --cluster ADDRESS [REPO...] [--roster FILE]`: many repositories on a Dask
cluster; each repository's JSON report and the roster (CSV and JSON) in --output-dir."""

from __future__ import annotations

import re
from pathlib import Path

import click

from .. import errors
from ..grading.runner import Options
from .runtime import Runtime


def grade_many(
    run: Runtime,
    paths: tuple[Path, ...],
    cluster: str | None,
    roster: Path | None,
    output_dir: Path,
    options: Options,
    min_score: float | None,
) -> int:
    from ..bank.loader import load_patterns, load_problem, resolve_problem
    from ..grading.discover import BankIndex
    from ..render.grade_json import grade_json
    from ..render.grade_text import summary_line
    from ..render.roster import roster_csv, roster_json
    from .cluster import grade_on_cluster, read_roster

    if cluster is None:
        raise errors.JudgeError(
            "several repositories are graded on a Dask cluster: give --cluster tcp://HOST:8786 "
            "(see docs/grading.md), or grade one repository at a time"
        )
    repos = read_roster(roster) if roster is not None else {}
    for path in paths:
        name = path.resolve().name
        if name in repos:
            raise errors.JudgeError(f"two repositories are named {name}; list them in a roster as NAME,PATH")
        repos[name] = path.resolve()
    settings = run.config
    for path in repos.values():
        check_repository(path, settings.problems_dir)
    slugs = [p.slug for p in load_patterns(settings.patterns_dir)]
    bank = BankIndex.of(settings.problems_dir, slugs)

    def load(problem_id: str) -> object:
        return load_problem(resolve_problem(settings.problems_dir, problem_id), set(slugs))

    grades = grade_on_cluster(cluster, repos, bank, load, options)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        for name, grade in grades.items():
            (output_dir / f"{_file_name(name)}.json").write_text(grade_json(grade), encoding="utf-8")
        (output_dir / "roster.csv").write_text(roster_csv(grades), encoding="utf-8")
        (output_dir / "roster.json").write_text(roster_json(grades), encoding="utf-8")
    except OSError as error:
        raise errors.JudgeError(
            f"cannot write the reports to {output_dir} ({error.strerror}); give another --output-dir"
        ) from None
    for name, grade in grades.items():
        click.echo(f"{name}: {summary_line(grade)}")
    click.echo(f"Reports and the roster are in {output_dir}/")
    if any(g.has_error for g in grades.values()):
        return errors.EXIT_SANDBOX
    if min_score is not None:
        passed = all(g.percent >= min_score for g in grades.values())
    else:
        passed = all(g.all_accepted for g in grades.values())
    return errors.EXIT_OK if passed else errors.EXIT_REJECTED


def check_repository(path: Path, bank_dir: Path) -> None:
    """One line (exit 2) for a path that is not a folder, or that holds the bank."""
    if not path.is_dir():
        hint = "; to judge one file use `judge run ID FILE`" if path.is_file() else ""
        raise errors.JudgeError(f"{path} is not a folder: give the repository of solutions{hint}")
    bank = bank_dir.resolve()
    if bank == path.resolve() or path.resolve() in bank.parents:
        raise errors.JudgeError(
            f"the problem bank {bank_dir} is inside {path}, the repository being graded, "
            "whose authors could change its tests; grade a folder that does not hold the bank"
        )


def _file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "repository"
