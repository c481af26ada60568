"""Brute force for cross-checking the reference: keep every copy in a list and count
from scratch on every query."""

from hypothesis import strategies as st

_call = st.one_of(
    st.tuples(st.just("add"), st.integers(-3, 3)),
    st.tuples(st.just("remove"), st.integers(-3, 3)),
    st.tuples(st.just("hasFrequency"), st.integers(1, 5)),
    st.tuples(st.just("maxFrequency")),
)


def _sequence(calls):
    return {
        "ops": ["FrequencyLedger"] + [c[0] for c in calls],
        "args": [[]] + [list(c[1:]) for c in calls],
    }


def inputs():
    return st.lists(_call, max_size=30).map(_sequence)


class FrequencyLedger:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def remove(self, x):
        if x in self.items:
            self.items.remove(x)

    def hasFrequency(self, f):
        return any(self.items.count(v) == f for v in self.items)

    def maxFrequency(self):
        return max((self.items.count(v) for v in self.items), default=0)
