"""`judge plan`: a week-by-week schedule over the patterns (12 to 16 weeks is the usual
preparation), weighted by the diagnostic and by what is already mastered, with the
reviews the scheduler expects each week. Pure: the same inputs give the same plan.

    weight      mastered: 0 (reviews only); else 1, plus 1 if the diagnostic found it weak
    weeks       in order of new work (weak patterns first, then drill order), each pattern
                gets weeks in proportion to its weight, at least one while weeks remain
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .schedule import Review


@dataclass(frozen=True)
class Week:
    number: int
    starts: datetime
    patterns: tuple[str, ...]
    reviews: int  # reviews falling due this week


def make_plan(
    order: list[str],
    mastered: set[str],
    weak: set[str],
    reviews: dict[str, Review],
    weeks: int,
    start: datetime,
) -> list[Week]:
    todo = [p for p in order if p not in mastered]
    weight = {p: 2 if p in weak else 1 for p in todo}
    total = sum(weight.values())
    share: dict[str, int] = {}
    if todo:
        exact = {p: weeks * weight[p] / total for p in todo}
        share = {p: max(1, int(exact[p])) for p in todo}
        spare = weeks - sum(share.values())
        for p in sorted(todo, key=lambda p: exact[p] - int(exact[p]), reverse=True):
            if spare <= 0:
                break
            share[p] += 1
            spare -= 1
    slots: list[list[str]] = [[] for _ in range(weeks)]
    week = 0
    for pattern in todo:
        for _ in range(share[pattern]):
            slots[min(week, weeks - 1)].append(pattern)
            week += 1
    plan = []
    for number in range(weeks):
        begins = start + timedelta(weeks=number)
        ends = begins + timedelta(weeks=1)
        due = sum(1 for r in reviews.values() if begins <= r.due < ends or (number == 0 and r.due < begins))
        patterns = tuple(dict.fromkeys(slots[number])) or ("reviews and mixed practice",)
        plan.append(Week(number + 1, begins, patterns, due))
    return plan


def standing(plan: list[Week], mastered: set[str], now: datetime) -> str:
    """Ahead of the plan, on it, or behind: the patterns planned before this week against
    those mastered."""
    done_weeks = [w for w in plan if w.starts + timedelta(weeks=1) <= now]
    expected = {p for w in done_weeks for p in w.patterns if p != "reviews and mixed practice"}
    behind = sorted(expected - mastered)
    if behind:
        return f"behind the plan: {', '.join(behind)} should be mastered by now"
    upcoming = {p for w in plan if w not in done_weeks for p in w.patterns}
    if upcoming & mastered:
        return "ahead of the plan"
    return "on the plan"
