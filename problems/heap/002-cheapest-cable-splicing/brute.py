"""Brute force for cross-checking the reference: try every pair at every step."""

from functools import lru_cache

from hypothesis import strategies as st


def inputs():
    lengths = st.one_of(st.integers(1, 6), st.sampled_from([1, 10_000]))
    return st.fixed_dictionaries({"lengths": st.lists(lengths, max_size=8)})


def spliceCost(lengths):
    @lru_cache(maxsize=None)
    def best(cables):
        if len(cables) < 2:
            return 0
        options = []
        for i in range(len(cables)):
            for j in range(i + 1, len(cables)):
                joined = cables[i] + cables[j]
                rest = cables[:i] + cables[i + 1 : j] + cables[j + 1 :] + (joined,)
                options.append(joined + best(tuple(sorted(rest))))
        return min(options)

    return best(tuple(sorted(lengths)))
