"""Brute force for cross-checking the reference: add up every block from scratch."""

from hypothesis import strategies as st


def inputs():
    return st.lists(st.integers(-30, 30), min_size=1, max_size=12).flatmap(
        lambda nums: st.fixed_dictionaries(
            {"nums": st.just(nums), "k": st.integers(1, len(nums))}
        )
    )


def bestWindowSum(nums, k):
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
