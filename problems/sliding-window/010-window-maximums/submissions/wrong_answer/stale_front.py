# bug: expires the front index only when it is < i - k instead of <= i - k, so an index one step outside the window survives (fails samples 1 and 2)
# fails on: {"nums": [3, 1, 2], "k": 2}
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
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result
