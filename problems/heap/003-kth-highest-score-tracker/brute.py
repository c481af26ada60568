"""Brute force for cross-checking the reference: keep every score, sort on every add."""

from hypothesis import strategies as st

SCORES = st.one_of(st.integers(-4, 4), st.sampled_from([-(10**9), 10**9]))


def _calls(k, scores, adds):
    return {"ops": ["ScoreTracker"] + ["add"] * len(adds), "args": [[k, scores]] + [[s] for s in adds]}


def inputs():
    return st.builds(
        _calls, st.integers(1, 6), st.lists(SCORES, max_size=6), st.lists(SCORES, max_size=12)
    )


class ScoreTracker:
    def __init__(self, k, scores):
        self.k = k
        self.scores = list(scores)

    def add(self, score):
        self.scores.append(score)
        if len(self.scores) < self.k:
            return None
        return sorted(self.scores, reverse=True)[self.k - 1]
