"""Brute force for cross-checking the reference: add up every block from scratch."""

from hypothesis import strategies as st


def inputs():
    # small values, and the extremes allowed: every window far below the smallest value
    value = st.integers(-30, 30) | st.sampled_from([-10_000, -9_999, 10_000])
    return st.lists(value, min_size=1, max_size=12).flatmap(
        lambda nums: st.fixed_dictionaries(
            {"nums": st.just(nums), "k": st.integers(1, len(nums))}
        )
    )


def bestWindowSum(nums, k):
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
