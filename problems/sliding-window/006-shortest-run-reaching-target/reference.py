"""Variable-size sliding window over positive values. Time O(n), extra space O(1)."""


def shortestRunReachingTarget(nums: list[int], target: int) -> int:
    best = len(nums) + 1
    window_sum = 0
    left = 0
    for right, value in enumerate(nums):
        window_sum += value
        while window_sum >= target:
            if right - left + 1 < best:
                best = right - left + 1
            window_sum -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
