"""Brute force for cross-checking the reference: try every triple of positions."""

from itertools import combinations

from hypothesis import strategies as st


def _closest(nums, target):
    sums = {a + b + c for a, b, c in combinations(nums, 3)}
    gap = min(abs(s - target) for s in sums)
    return sorted(s for s in sums if abs(s - target) == gap)


@st.composite
def _case(draw):
    nums = draw(st.lists(st.integers(-30, 30) | st.sampled_from([-10_000, 10_000]), min_size=3, max_size=10))
    target = draw(st.integers(-100, 100) | st.integers(-40_000, 40_000))  # and far targets
    if len(_closest(nums, target)) > 1:
        target += 1  # a tie at distance d around t leaves a single closest sum for t + 1
    return {"nums": nums, "target": target}


def inputs():
    return _case()


def closestTripleSum(nums, target):
    (best,) = _closest(nums, target)
    return best
