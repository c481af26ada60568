"""Monotonic deque of indices with decreasing values. Time O(n), extra space O(k)."""

from collections import deque


def windowMaximums(nums: list[int], k: int) -> list[int]:
    window: deque[int] = deque()  # indices; their values strictly decrease front to back
    maxima: list[int] = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] <= i - k:  # the front slid out of the window
            window.popleft()
        if i >= k - 1:
            maxima.append(nums[window[0]])
    return maxima
