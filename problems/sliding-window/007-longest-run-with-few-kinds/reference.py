"""Variable-size sliding window with a count per value. Time O(n), extra space O(min(n, k))."""


def longestRunWithFewKinds(nums: list[int], k: int) -> int:
    counts: dict[int, int] = {}
    best = 0
    left = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        while len(counts) > k:
            out = nums[left]
            counts[out] -= 1
            if counts[out] == 0:
                del counts[out]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
