# bug: evicts the front only when it is more than k steps back (< instead of <=), so an index one step outside the window survives
# fails on: {"nums": [3, 1, 2], "k": 2}
from collections import deque


def windowMaximums(nums, k):
    window = deque()
    maxima = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            maxima.append(nums[window[0]])
    return maxima
