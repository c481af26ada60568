"""Brute force for cross-checking the reference: walk around the ring from every position."""

from hypothesis import strategies as st


def inputs():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(0, 5), min_size=1, max_size=12)})


def nextLargerOnRing(nums):
    n = len(nums)
    answer = []
    for i in range(n):
        ring = [nums[(i + step) % n] for step in range(1, n)]
        larger = [v for v in ring if v > nums[i]]
        answer.append(larger[0] if larger else -1)
    return answer
