from collections import deque


def windowMaximums(nums, k):
    window = deque()
    maxima = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] < i - k:  # bug: off by one, the front survives one step too long
            window.popleft()
        if i >= k - 1:
            maxima.append(nums[window[0]])
    return maxima
