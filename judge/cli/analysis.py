"""`judge mutants`: mutation analysis of the bank's tests."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import errors
from .app import EXIT_CODES, handled, load, log_to_stderr, main, runtime, style


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id", required=False)
@click.option("--all", "all_problems", is_flag=True, help="Analyse every problem in the bank.")
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON result.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 16),
    default=2,
    show_default=True,
    help="Containers judging mutants at once.",
)
@click.option(
    "--examples",
    type=click.IntRange(10, 100_000),
    default=1500,
    show_default=True,
    help="Inputs tried per surviving mutant in the search for one that tells it apart.",
)
@click.option(
    "--fresh",
    is_flag=True,
    help="Analyse even the packages whose mutants-record.json matches (ignore the records).",
)
@click.pass_context
@handled
def mutants(
    ctx: click.Context,
    problem_id: str | None,
    all_problems: bool,
    as_json: bool,
    jobs: int,
    examples: int,
    fresh: bool,
) -> None:
    """Mutation analysis: do the tests catch every plausible slip?

    Mutants of reference.py and of every accepted/ submission (a comparison flipped, a
    constant or a bound off by one, break for continue, and for or, min for max, a guard
    or an else dropped, operands swapped, another start value, an early return removed,
    a key with fewer parts) are judged against the problem's tests. A mutant that passes
    them all survives: the search looks for an input that tells it apart from the
    reference with the package's brute.py strategy, shrinks it, and prints it as a
    hidden test to add; one that no input tells apart is likely equivalent and is
    recorded, with the reason, in the package's mutants.yaml. Results are cached per
    package version, and a clean result is also written into the package
    (mutants-record.json, to commit with it): a later run on any machine, CI's too,
    takes the record while the package and the mutation engine are unchanged (--fresh
    analyses anyway). Exit 1 while any survivor is unexplained.

    \b
    Example:
      judge mutants two-pointers/001
      judge mutants --all
    """
    from ..analysis.mutants import MutationResult, analyse
    from ..analysis.search import Search
    from ..bank.loader import iter_problem_dirs, load_patterns, load_problem
    from ..bank.loader import problem_id as id_of
    from ..render import mutation

    run = runtime(ctx)
    if all_problems == bool(problem_id):
        raise errors.JudgeError("give one PROBLEM_ID or --all")
    slugs = {p.slug for p in load_patterns(run.config.patterns_dir)}
    single = load(run, problem_id) if problem_id else None
    folders: list[Path] = [] if single else iter_problem_dirs(run.config.problems_dir)
    context = run.judging(log_to_stderr)
    context.sandbox  # noqa: B018  (opened once, up front)
    search = Search(max_examples=examples)
    results = []
    for folder in folders or [single.path] if single else folders:
        try:
            problem = single or load_problem(folder, slugs)
        except errors.JudgeError as error:
            result = MutationResult(id_of(folder), errors=[str(error)])
        else:
            result = analyse(problem, context, jobs, search, use_record=not fresh)
        results.append(result)
        if not as_json:
            click.echo(mutation.render_result(result, style(None)))
    click.echo(mutation.mutants_json(results) if as_json else mutation.render_summary(results))
    sys.exit(errors.EXIT_OK if all(r.ok for r in results) else errors.EXIT_REJECTED)
