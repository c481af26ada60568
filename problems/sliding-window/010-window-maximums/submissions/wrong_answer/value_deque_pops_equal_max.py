# bug: the deque holds values and pops equal values from the back, so a maximum that repeats is lost when its older copy leaves
# fails on: {"nums": [5, 5, 1], "k": 2}
# origin: independent
from collections import deque
from typing import List


def windowMaximums(nums: List[int], k: int) -> List[int]:
    window = deque()
    result = []
    for i, x in enumerate(nums):
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k - 1:
            result.append(window[0])
    return result
