"""Brute force for cross-checking the reference: count each value by scanning, then
pick the best remaining value k times."""

from hypothesis import strategies as st


def _with_k(nums):
    return st.fixed_dictionaries({"nums": st.just(nums), "k": st.integers(1, len(set(nums)))})


def inputs():
    return st.lists(st.integers(-6, 6), min_size=1, max_size=15).flatmap(_with_k)


def mostCommonValues(nums, k):
    remaining = set(nums)
    answer = []
    for _ in range(k):
        best = None
        for value in remaining:
            if best is None:
                best = value
                continue
            a, b = nums.count(value), nums.count(best)
            if a > b or (a == b and value < best):
                best = value
        answer.append(best)
        remaining.remove(best)
    return answer
