"""Brute force: mark every stone reachable from stone 0, hop by hop."""

from hypothesis import strategies as st


def inputs():
    hop = st.one_of(st.integers(0, 4), st.sampled_from([0, 100000]))
    return st.fixed_dictionaries({"hops": st.lists(hop, min_size=1, max_size=9)})


def canCrossStones(hops):
    n = len(hops)
    reached = [False] * n
    reached[0] = True
    for i in range(n):
        if reached[i]:
            for j in range(i + 1, min(n - 1, i + hops[i]) + 1):
                reached[j] = True
    return reached[n - 1]
