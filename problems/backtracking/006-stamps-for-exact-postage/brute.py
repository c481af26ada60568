"""Brute force: for each stamp value in turn, try every count of it that still fits."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "stamps": st.lists(st.integers(1, 30), min_size=1, max_size=5, unique=True),
            "postage": st.integers(1, 40),
        }
    )


def postageSets(stamps, postage):
    out = []

    def go(i, left, counts):
        if i == len(stamps):
            if left == 0:
                out.append([v for v, k in zip(stamps, counts) for _ in range(k)])
            return
        for k in range(left // stamps[i] + 1):
            go(i + 1, left - k * stamps[i], counts + [k])

    go(0, postage, [])
    return out
