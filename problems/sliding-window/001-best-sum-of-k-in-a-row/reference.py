"""Fixed-size sliding window over a running sum.

The sum of the first k values is computed once; each later window is the previous one
plus the value that enters on the right minus the value that leaves on the left.

Time O(n), extra space O(1).
"""


def bestWindowSum(nums: list[int], k: int) -> int:
    window = sum(nums[:k])
    best = window
    for right in range(k, len(nums)):
        window += nums[right] - nums[right - k]
        if window > best:
            best = window
    return best
