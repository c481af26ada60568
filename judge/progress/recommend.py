"""What the attempt history says: a summary per pattern, and what to practise next.

next        reviews that are due come first (the most overdue); then the first
            pattern in drill order that is not mastered, its unsolved problems easy
            before medium before hard; when all is mastered, the next review to come
mastery     Rules (data from patterns.yaml): enough problems solved, enough of them
            hard, and no review of the pattern overdue
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from .model import ProblemStats, Rules
from .schedule import Review

LEVELS = {"easy": 0, "medium": 1, "hard": 2}


@dataclass(frozen=True)
class Item:
    """A problem of the bank, as progress sees it."""

    id: str
    pattern: str
    difficulty: str
    title: str
    tags: tuple[str, ...] = ()  # its variant (problem.yaml's tags): arrays, monotonic-stack...


@dataclass(frozen=True)
class PatternProgress:
    pattern: str
    solved: int
    total: int
    hard_solved: int
    attempts: int
    median_minutes_to_ac: float | None
    last_practised: datetime | None
    due: int
    mastered: bool
    weak: tuple[tuple[str, int, int], ...]  # (tag, attempts that failed it, attempts)


@dataclass(frozen=True)
class Recommendation:
    problem: str | None
    reason: str


def summary(
    items: list[Item], patterns: list[str], stats: dict[str, ProblemStats], reviews: dict[str, Review],
    rules: Rules, now: datetime,
) -> list[PatternProgress]:  # fmt: skip
    rows = []
    for pattern in patterns:
        mine = [i for i in items if i.pattern == pattern]
        if not mine:
            continue
        seen = [stats[i.id] for i in mine if i.id in stats]
        solved = {i.id for i in mine if i.id in stats and stats[i.id].solved}
        due = sum(1 for i in mine if i.id in reviews and reviews[i.id].due <= now)
        hard = sum(1 for i in mine if i.id in solved and i.difficulty == "hard")
        minutes = [s.first_ac_seconds / 60 for s in seen if s.first_ac_seconds is not None]
        attempts = sum(s.attempts for s in seen)
        rows.append(
            PatternProgress(
                pattern, len(solved), len(mine), hard, attempts,
                statistics.median(minutes) if minutes else None,
                max((s.last_at for s in seen), default=None), due,
                len(solved) >= rules.solved and hard >= rules.hard and due == 0,
                _weak(seen, attempts),
            )
        )  # fmt: skip
    return rows


def _weak(seen: list[ProblemStats], attempts: int) -> tuple[tuple[str, int, int], ...]:
    missed: Counter[str] = Counter()
    for stats in seen:
        missed.update(stats.missed)
    ranked = sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return tuple((tag, count, attempts) for tag, count in ranked if count >= 2)


def recommend(
    items: list[Item], patterns: list[str], solved: set[str], tried: set[str], reviews: dict[str, Review],
    rules: Rules, now: datetime, only: str | None = None, weak: frozenset[str] = frozenset(),
) -> Recommendation:  # fmt: skip
    """One recommendation from what was solved and tried (no attempt list needed: the
    store answers these with one query). patterns is the order new work follows (drill
    order, or with the diagnostic's weak patterns first: those are named in `weak`)."""
    wanted = [p for p in patterns if only is None or p == only]
    in_scope = {i.id: i for i in items if i.pattern in wanted}
    due = sorted((r for p, r in reviews.items() if p in in_scope and r.due <= now), key=lambda r: r.due)
    if due:
        review = due[0]
        days = (now - review.due).days
        since = "today" if days == 0 else f"{days} day{'s' * (days != 1)} ago"
        return Recommendation(review.problem, f"a review is due (since {since}): solve it again from scratch")
    for pattern in wanted:
        mine = [i for i in in_scope.values() if i.pattern == pattern]
        if not mine:
            continue
        count = sum(1 for i in mine if i.id in solved)
        hard = sum(1 for i in mine if i.id in solved and i.difficulty == "hard")
        if count >= rules.solved and hard >= rules.hard and only is None:
            continue  # mastered (no review of it is due: those came first)
        open_items = [i for i in mine if i.id not in solved]
        if not open_items:
            continue
        met = {tag for i in mine if i.id in solved for tag in i.tags}
        # easy before medium before hard; a variant not yet met before more of the same
        open_items.sort(key=lambda i: (LEVELS.get(i.difficulty, 3), _met(i, met), i.id in tried, i.id))
        pick = open_items[0]
        need = f"mastery needs {rules.solved} including {rules.hard} hard"
        return Recommendation(
            pick.id,
            f"next in {pattern}{' (the diagnostic found it weak)' if pattern in weak else ''} "
            f"(solved {count} of {len(mine)}; {need}): the first {pick.difficulty} problem not yet solved",
        )
    upcoming = sorted((r for p, r in reviews.items() if p in in_scope), key=lambda r: r.due)
    if upcoming:
        return Recommendation(
            None, f"all caught up: the next review, {upcoming[0].problem}, is due {upcoming[0].due:%Y-%m-%d}"
        )
    return Recommendation(None, "every problem here is solved")


def _met(item: Item, met: set[str]) -> bool:
    """Its variant was met already (every tag of it is on a solved problem)."""
    return bool(item.tags) and set(item.tags) <= met
