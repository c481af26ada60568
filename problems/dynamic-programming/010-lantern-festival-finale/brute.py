"""Brute force: every release order, simulated."""

from itertools import permutations

from hypothesis import strategies as st


def inputs():
    glow = st.one_of(st.integers(0, 4), st.integers(0, 100))
    return st.fixed_dictionaries({"glow": st.lists(glow, min_size=1, max_size=6)})


def bestFinale(glow):
    best = 0
    for order in permutations(range(len(glow))):
        row = list(range(len(glow)))
        total = 0
        for i in order:
            k = row.index(i)
            left = glow[row[k - 1]] if k > 0 else 1
            right = glow[row[k + 1]] if k + 1 < len(row) else 1
            total += left * glow[i] * right
            row.pop(k)
        best = max(best, total)
    return best
