"""Brute force for cross-checking the reference: every triple of positions."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-6, 6), max_size=12)})


def zeroSumTriplets(nums):
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            for k in range(j + 1, len(nums)):
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
    return [list(triplet) for triplet in sorted(found)]
