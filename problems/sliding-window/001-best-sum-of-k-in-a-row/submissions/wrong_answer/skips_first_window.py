# bug: records a window only once something has been dropped (i >= k), so the first window is never counted (fails sample 2)
# fails on: {"nums": [5, 1, 1], "k": 2}
# origin: independent
from typing import List


def bestWindowSum(nums: List[int], k: int) -> int:
    best = float("-inf")
    window = 0
    for i in range(len(nums)):
        window += nums[i]
        if i >= k:
            window -= nums[i - k]
            best = max(best, window)
    if best == float("-inf"):
        return window
    return best
