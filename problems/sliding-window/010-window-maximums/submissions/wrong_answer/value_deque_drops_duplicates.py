# bug: the deque holds values and pops equal values from the back, so when the older copy of a repeated maximum leaves, the newer copy is evicted with it
# fails on: {"nums": [5, 5, 1], "k": 2}
from collections import deque


def windowMaximums(nums, k):
    window = deque()
    maxima = []
    for i, value in enumerate(nums):
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] <= value:
            window.pop()
        window.append(value)
        if i >= k - 1:
            maxima.append(window[0])
    return maxima
