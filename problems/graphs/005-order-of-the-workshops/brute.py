"""Brute force: try every order of the workshops and return the first that respects
every rule, or [] when none does."""

from itertools import permutations

from hypothesis import strategies as st


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 6))
    w = st.integers(0, n - 1)
    rules = draw(st.lists(st.lists(w, min_size=2, max_size=2), max_size=8))
    return {"n": n, "rules": rules}


def inputs():
    return _cases()


def workshopOrder(n, rules):
    for order in permutations(range(n)):
        pos = {w: i for i, w in enumerate(order)}
        if all(pos[a] < pos[b] for a, b in rules):
            return list(order)
    return []
