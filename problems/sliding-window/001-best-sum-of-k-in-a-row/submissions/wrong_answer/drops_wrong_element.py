# bug: when sliding, subtracts nums[i - k + 1] instead of nums[i - k] (off-by-one on the element leaving the window) (fails sample 1)
# fails on: {"nums": [1, 2, 3], "k": 2}
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k + 1]
        best = max(best, window)
    return best
