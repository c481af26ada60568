"""`judge complexity ID SOLUTION.py`: measure how the solution's time grows with n, beside
the reference's, against the complexity the problem intends (judge.analysis.complexity)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import errors
from ..analysis.complexity_options import Options
from .app import EXIT_CODES, colours_on, handled, load, log_to_stderr, main, runtime
from .solution_file import read_solution


@main.command(epilog=EXIT_CODES)
@click.argument("problem_id")
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--budget-ms", type=click.IntRange(100, 60_000), default=Options.budget_ms, show_default=True,
              help="A run slower than this ends the growth.")  # fmt: skip
@click.option("--steps", type=click.IntRange(3, 12), default=Options.steps, show_default=True,
              help="Sizes to try.")  # fmt: skip
@click.option("--time", "time_s", type=click.FloatRange(2, 600), default=Options.time_s, show_default=True,
              help="Seconds for the whole measure: a size that would not fit is not started.")  # fmt: skip
@click.option("--space/--no-space", default=True, show_default=True,
              help="Also measure extra space: one traced run per size (tracemalloc).")  # fmt: skip
@click.option("--chart/--no-chart", default=True, show_default=True,
              help="Draw time (and space) against n in the terminal, log-log.")  # fmt: skip
@click.option("--plot", "plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also save the chart as FILE (.svg or .png; needs matplotlib).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the versioned JSON instead.")
@click.pass_context
@handled
def complexity(
    ctx: click.Context,
    problem_id: str,
    solution: Path,
    budget_ms: int,
    steps: int,
    time_s: float,
    space: bool,
    chart: bool,
    plot: Path | None,
    as_json: bool,
) -> None:
    """Time SOLUTION and the reference on generated inputs of doubling size (the fastest
    of three runs per size, in the sandbox) and fit the growth: "yours ≈ n^1.97 (n^2),
    the reference ≈ n^1.02: n^2 where n is intended". A `# O(n log n) time` comment in
    your file is checked against the measurement. Extra space is measured too: the peak
    your calls allocate beyond the input (what you return counts), fitted the same way
    against the space the problem states. Exit 1 when the time grows faster than intended
    by more than a log factor (space is reported, not failed).

    \b
    Example:
      judge complexity two-pointers/001 solution.py
      judge complexity two-pointers/001 solution.py --plot growth.svg
    """
    options = Options(steps=steps, budget_ms=budget_ms, space=space, time_s=time_s)
    sys.exit(scaling_of(ctx, problem_id, solution, options, as_json, chart, plot))


def scaling_of(
    ctx: click.Context,
    problem_id: str,
    solution: Path,
    options: Options,
    as_json: bool,
    chart: bool = False,
    plot: Path | None = None,
) -> int:
    from ..analysis.complexity import measure
    from ..render.scaling_plot import check_plot_path
    from ..render.scaling_view import scaling_json, scaling_text

    if plot is not None:
        check_plot_path(plot)  # before measuring, not after
    run = runtime(ctx)
    problem = load(run, problem_id)
    source = read_solution(solution, run.policy.sizes.source_bytes)
    context = run.judging(log_to_stderr)
    if not as_json:
        click.echo(f"Measuring {problem.id}: {solution} and the reference, doubling n...", err=True)
    scaling = measure(problem, source, context, options)
    intended = problem.complexity.time_growth.text
    if as_json:
        click.echo(scaling_json(scaling, problem.id, intended), nl=False)
    else:
        click.echo(scaling_text(scaling, intended))
        if chart:
            from ..render.scaling_plot import terminal_chart

            click.echo("\n" + terminal_chart(scaling, colours_on(None)))
    if plot is not None:
        from ..render.scaling_plot import save_plot

        save_plot(scaling, plot, f"{problem.id}: {solution.name} and the reference")
        click.echo(f"Plot written to {plot}", err=True)
    return errors.EXIT_REJECTED if scaling.too_slow else errors.EXIT_OK
