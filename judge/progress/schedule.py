"""Spaced repetition over the attempt history, with FSRS (the `fsrs` package, the
algorithm Anki uses): a solved problem comes back for review. Pure: the same attempts
give the same schedule.

Each problem's attempts are replayed in time order. An accepted attempt is a review,
rated from how it went since the previous review:

    accepted on the first try, no hint, within the interview target   Easy
    accepted on the first try otherwise                               Good
    accepted after several tries, or with hints                       Hard

and a failed attempt on a problem already solved (the first of a run of failures) is a
review rated Again: the problem comes back sooner. Running an accepted solution again
before its review is due is not a review (a re-run proves nothing about memory).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from .model import Attempt, Rules

# reviews are days apart: no minute-scale learning steps, and no random fuzz
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass(frozen=True)
class Review:
    problem: str
    due: datetime
    reviews: int  # ratings given so far
    last: Rating


def rating(tries: list[Attempt], target_minutes: float | None) -> Rating:
    """The rating of the review that ends with tries[-1] (accepted), tries being the
    attempts since the previous review."""
    final = tries[-1]
    if len(tries) > 1 or final.hints > 0:
        return Rating.Hard
    fast = (
        target_minutes is not None
        and final.seconds_open is not None
        and final.seconds_open <= target_minutes * 60
    )
    return Rating.Easy if fast else Rating.Good


def reviews(attempts: list[Attempt], difficulty: dict[str, str], rules: Rules) -> dict[str, Review]:
    """Every solved problem's review state after replaying its attempts."""
    by_problem: dict[str, list[Attempt]] = {}
    for attempt in sorted(attempts, key=lambda a: a.at):
        by_problem.setdefault(attempt.problem, []).append(attempt)
    states: dict[str, Review] = {}
    for problem, history in by_problem.items():
        target = rules.target_minutes.get(difficulty.get(problem, ""), None)
        review = review_of(problem, history, target)
        if review is not None:
            states[problem] = review
    return states


def review_of(problem: str, history: list[Attempt], target: float | None) -> Review | None:
    """One problem's review state after its attempts (in time order); None if never solved."""
    card: Card | None = None
    last = Rating.Good
    count = 0
    tries: list[Attempt] = []
    failing = False
    for attempt in history:
        if attempt.accepted and card is not None and not failing and not tries and attempt.at < card.due:
            continue  # accepted again before the review is due: not a review
        if attempt.accepted:
            tries.append(attempt)
            last = rating(tries, target)
            card, _ = SCHEDULER.review_card(card or Card(card_id=1), last, attempt.at)
            count, tries, failing = count + 1, [], False
            continue
        tries.append(attempt)
        if card is not None and not failing:
            last = Rating.Again
            card, _ = SCHEDULER.review_card(card, last, attempt.at)
            count, failing = count + 1, True
    if card is None:
        return None
    return Review(problem, card.due, count, last)
