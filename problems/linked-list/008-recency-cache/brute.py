"""Brute force for cross-checking the reference: a Python list of [key, value] pairs, least
recently used first, searched from the front on every call."""

from hypothesis import strategies as st

_KEY = st.one_of(st.integers(0, 6), st.sampled_from([0, 100000]))
_VALUE = st.one_of(st.integers(0, 9), st.sampled_from([0, 10**9]))
_CALL = st.one_of(
    st.tuples(st.just("get"), st.tuples(_KEY)),
    st.tuples(st.just("put"), st.tuples(_KEY, _VALUE)),
)


def _as_input(capacity, calls):
    return {
        "ops": ["RecencyCache"] + [name for name, _ in calls],
        "args": [[capacity]] + [list(args) for _, args in calls],
    }


def inputs():
    return st.builds(_as_input, st.integers(1, 4), st.lists(_CALL, max_size=25))


class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []  # [key, value], the least recently used first

    def _find(self, key):
        for i, item in enumerate(self.items):
            if item[0] == key:
                return i
        return -1

    def get(self, key):
        i = self._find(key)
        if i < 0:
            return -1
        item = self.items.pop(i)
        self.items.append(item)
        return item[1]

    def put(self, key, value):
        i = self._find(key)
        if i >= 0:
            self.items.pop(i)
            self.items.append([key, value])
            return -1
        evicted = -1
        if len(self.items) == self.capacity:
            evicted = self.items.pop(0)[0]
        self.items.append([key, value])
        return evicted
