"""`judge plan [--weeks N]`: a study plan over the patterns, saved with the progress;
`judge progress` then says whether you are ahead of it or behind."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from .app import EXIT_CODES, handled, main, runtime


@main.command(epilog=EXIT_CODES)
@click.option("--weeks", type=click.IntRange(1, 52), default=12, show_default=True, help="How long.")
@click.pass_context
@handled
def plan(ctx: click.Context, weeks: int) -> None:
    """Make a week-by-week plan over the patterns not yet mastered (weak ones from `judge
    diagnose` get twice the time), with the reviews expected each week, and save it.

    \b
    Example:
      judge plan --weeks 14
    """
    from ..progress.plan import make_plan
    from .progress_commands import mastered_patterns, new_work_order, review_context

    run = runtime(ctx)
    items, patterns, store, states, rules = review_context(run)
    order, weak = new_work_order(store, patterns)
    mastered = mastered_patterns(items, patterns, store, states, rules)
    now = datetime.now(UTC)
    weeks_planned = make_plan(order, mastered, set(weak), states, weeks, now)
    from ..progress.records import save_plan

    save_plan(store, now, [list(w.patterns) for w in weeks_planned])
    for week in weeks_planned:
        reviews = f"  (+{week.reviews} review{'s' * (week.reviews != 1)})" if week.reviews else ""
        click.echo(f"week {week.number:>2}  {week.starts:%Y-%m-%d}  {', '.join(week.patterns)}{reviews}")
    if mastered:
        click.echo(f"mastered already (reviews only): {', '.join(p for p in patterns if p in mastered)}")
    click.echo("Saved: `judge progress` says how you stand against it; `judge plan` again replans.")
