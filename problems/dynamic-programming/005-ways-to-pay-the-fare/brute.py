"""Brute force: every count of every token value, up to the fare (remembering what each
(token, amount left) pair came to, so counts past 1_000_000_007 can be drawn too)."""

from functools import lru_cache

from hypothesis import strategies as st


def inputs():
    small = st.fixed_dictionaries(
        {
            "tokens": st.lists(st.integers(1, 12), min_size=1, max_size=4, unique=True),
            "fare": st.integers(0, 30),
        }
    )
    # many small tokens and a longer fare: counts that pass the modulus
    many = st.fixed_dictionaries(
        {
            "tokens": st.lists(st.integers(1, 12), min_size=1, max_size=10, unique=True),
            "fare": st.integers(0, 300),
        }
    )
    return small | many


def waysToPay(tokens, fare):
    @lru_cache(maxsize=None)
    def go(i, left):
        if i == len(tokens):
            return 1 if left == 0 else 0
        return sum(go(i + 1, left - c * tokens[i]) for c in range(left // tokens[i] + 1))

    return go(0, fare) % 1_000_000_007
