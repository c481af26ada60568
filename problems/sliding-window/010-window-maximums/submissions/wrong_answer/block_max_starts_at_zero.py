# bug: block prefix/suffix maxima start from 0 instead of the first value, so all-negative windows report 0
# fails on: {"nums": [-1, -2], "k": 1}
# origin: independent
from typing import List


def windowMaximums(nums: List[int], k: int) -> List[int]:
    n = len(nums)
    prefix = [0] * n
    suffix = [0] * n
    running = 0
    for i in range(n):
        if i % k == 0:
            running = 0
        running = max(running, nums[i])
        prefix[i] = running
    running = 0
    for i in range(n - 1, -1, -1):
        if i % k == k - 1:
            running = 0
        running = max(running, nums[i])
        suffix[i] = running
    return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]
