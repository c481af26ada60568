"""`judge stress ID SOLUTION.py`: random inputs from the package's brute.py strategy,
judged in one sandbox session against the reference, and the smallest input on which
the answers differ (judge.analysis.stress)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import click

from .. import errors
from .app import EXIT_CODES, handled, load, log_to_stderr, main, runtime
from .solution_file import read_solution


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--examples", type=click.IntRange(1, 1_000_000), default=2000, show_default=True,
              help="Random inputs to try.")  # fmt: skip
@click.option("--seed", type=click.IntRange(0, 2**32 - 1), default=None, help="Reproduce a run (printed).")
@click.option("--time", "time_s", type=click.FloatRange(1, 3600), default=60, show_default=True,
              help="Seconds for the whole run, shrinking included.")  # fmt: skip
@click.option("--kind", "kinds", multiple=True, metavar="TAG",
              help="Draw only inputs of this kind (an edge-case tag: empty, single, two, all-equal, "
                   "duplicates, distinct, negatives, zeros, sorted, reverse-sorted, letters); "
                   "repeatable.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON instead.")
@click.pass_context
@handled
def stress(
    ctx: click.Context,
    problem_id: str,
    solution: Path,
    examples: int,
    seed: int | None,
    time_s: float,
    kinds: tuple[str, ...],
    as_json: bool,
) -> None:
    """Judge SOLUTION on random inputs (the package's brute.py strategy, small ones)
    against the reference, in one sandbox container that keeps the file loaded; on the
    first difference (WA, RE, or too slow on a small input), shrink it to a smallest
    input and show it in full: input, expected, what you returned, why. These are random
    inputs, never the hidden tests. Exit 1 when a difference is found.

    \b
    Example:
      judge stress two-pointers/001 solution.py --seed 7
    """
    from ..analysis.steer import PREDICATES
    from ..analysis.stress import StressOptions
    from ..analysis.stress import stress as run_stress
    from ..render.stress_view import stress_json, stress_text

    unknown = [k for k in kinds if k not in PREDICATES]
    if unknown:
        raise errors.JudgeError(
            f"--kind {unknown[0]}: not a kind an input shows; use one of {', '.join(PREDICATES)}"
        )
    run = runtime(ctx)
    problem = load(run, problem_id)
    source = read_solution(solution, run.policy.sizes.source_bytes)
    chosen = seed if seed is not None else random.SystemRandom().randrange(2**32)
    if not as_json:
        click.echo(
            f"Stress-testing {problem.id}: {solution} against the reference (seed {chosen})...", err=True
        )
    options = StressOptions(examples=examples, seed=chosen, time_s=time_s, steer=kinds)
    result = run_stress(problem, source, run.judging(log_to_stderr), options)
    if as_json:
        click.echo(stress_json(result), nl=False)
    else:
        kind = "".join(f" --kind {k}" for k in kinds)
        click.echo(stress_text(result, f"judge stress {problem.id} {solution}{kind}"))
    sys.exit(errors.EXIT_REJECTED if result.found is not None else errors.EXIT_OK)
