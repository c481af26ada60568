"""Brute force: try every count of every token value, up to the fare."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "tokens": st.lists(st.integers(1, 12), min_size=1, max_size=4, unique=True),
            "fare": st.integers(0, 30),
        }
    )


def fewestTokens(tokens, fare):
    best = None

    def go(i, left, used):
        nonlocal best
        if i == len(tokens):
            if left == 0 and (best is None or used < best):
                best = used
            return
        for count in range(left // tokens[i] + 1):
            go(i + 1, left - count * tokens[i], used + count)

    go(0, fare, 0)
    return -1 if best is None else best
