# rolling window sum: add the value that enters, subtract the one that leaves
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        if window > best:
            best = window
    return best
