"""Brute force for cross-checking the reference, in exact fractions.

With k new lamps a stretch g is at best cut into k + 1 equal pieces, so the answer is
g / p for some stretch g and some piece count p in 1..extra + 1. Fewer lamps are needed
as the darkness allowed grows, so for each stretch the smallest such candidate that
needs at most `extra` lamps is found by halving over p, and the answer is the smallest
of those. Exact, so long roads with many spare lamps (where the answer is tiny next to
the longest stretch, and a float search that stops early is off) can be drawn too.
"""

from fractions import Fraction

from hypothesis import strategies as st


@st.composite
def _case(draw):
    if draw(st.booleans()):
        lamps = sorted(draw(st.sets(st.integers(0, 10**9), min_size=2, max_size=4)))
        extra = draw(st.integers(0, 10**9))
    else:
        lamps = sorted(draw(st.sets(st.integers(0, 60), min_size=2, max_size=7)))
        extra = draw(st.integers(0, 12))
    return {"lamps": lamps, "extra": extra}


def inputs():
    return _case()


def _needed(gaps, d):
    total = 0
    for g in gaps:
        pieces = -(-Fraction(g) // d)  # ceil(g / d)
        total += pieces - 1
    return total


def shortestDarkStretch(lamps, extra):
    gaps = [b - a for a, b in zip(lamps, lamps[1:])]
    best = None
    for g in gaps:
        if _needed(gaps, Fraction(g)) > extra:
            continue  # even g itself is too short: the answer is over this stretch
        low, high = 1, extra + 1  # g / low works; find the most pieces p for which g / p does
        while low < high:
            middle = (low + high + 1) // 2
            if _needed(gaps, Fraction(g, middle)) <= extra:
                low = middle
            else:
                high = middle - 1
        if best is None or Fraction(g, low) < best:
            best = Fraction(g, low)
    assert best is not None, "the longest stretch always works"
    return float(best)
