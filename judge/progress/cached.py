"""Review states, kept in the store's review_cache and rebuilt only for problems with new
attempts (or when the rules change): `judge progress`, `list` and `next` stay fast with
thousands of attempts. What is cached is exactly what schedule.review_of computes."""

from __future__ import annotations

import hashlib
from datetime import datetime

from fsrs import Rating

from .model import Rules
from .schedule import Review, review_of
from .store import ProgressStore


def review_states(store: ProgressStore, difficulty: dict[str, str], rules: Rules) -> dict[str, Review]:
    stats = store.stats()
    cached = store.cached_reviews()
    fingerprint = hashlib.sha256(repr(sorted(rules.target_minutes.items())).encode()).hexdigest()[:12]
    states: dict[str, Review] = {}
    fresh: dict[str, tuple[str, datetime, int, int]] = {}
    for problem, (count, solved, last_id) in stats.items():
        if not solved:
            continue
        upto = f"{count}:{last_id}:{difficulty.get(problem, '')}:{fingerprint}"
        known = cached.get(problem)
        if known is not None and known[0] == upto:
            states[problem] = Review(problem, known[1], known[2], Rating(known[3]))
            continue
        target = rules.target_minutes.get(difficulty.get(problem, ""))
        review = review_of(problem, store.attempts_of(problem), target)
        if review is not None:
            states[problem] = review
            fresh[problem] = (upto, review.due, review.reviews, int(review.last))
    if fresh:
        store.cache_reviews(fresh)
    return states
