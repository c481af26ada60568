# bug: starts reporting at i >= k instead of i >= k - 1, so the first window's maximum is never output (fails samples 1-3)
# fails on: {"nums": [1, 2], "k": 1}
# origin: independent
from collections import deque
from typing import List


def windowMaximums(nums: List[int], k: int) -> List[int]:
    window = deque()
    result = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        while window[0] <= i - k:
            window.popleft()
        if i >= k:
            result.append(nums[window[0]])
    return result
