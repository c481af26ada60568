"""Brute force for cross-checking the reference: try every choice of four positions."""

from itertools import combinations

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries(
        {
            "nums": st.lists(st.integers(-8, 8), max_size=11),
            "target": st.integers(-20, 20),
        }
    )


def targetQuadruplets(nums, target):
    found = {tuple(sorted(q)) for q in combinations(nums, 4) if sum(q) == target}
    return [list(q) for q in found]
