"""Brute force for cross-checking the reference, in exact fractions.

With k new lamps a stretch g is at best cut into k + 1 equal pieces, so the answer is
g / p for some stretch g and some piece count p in 1..extra + 1. Try every such
candidate, smallest first, and return the first one that needs at most `extra` lamps.
"""

from fractions import Fraction

from hypothesis import strategies as st


@st.composite
def _case(draw):
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
    candidates = sorted({Fraction(g, p) for g in gaps for p in range(1, extra + 2)})
    for d in candidates:
        if _needed(gaps, d) <= extra:
            return float(d)
    raise AssertionError("the longest stretch always works")
