"""Brute force for cross-checking the reference: try every buy day with every later sell day."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {"prices": st.lists(st.integers(0, 25), min_size=1, max_size=12)}
    )


def bestTradeGain(prices):
    best = 0
    for b in range(len(prices)):
        for s in range(b + 1, len(prices)):
            best = max(best, prices[s] - prices[b])
    return best
