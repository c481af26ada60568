"""Monotonic stack of indices still waiting for a larger value, over two laps.

The values at the waiting indices never increase from the bottom of the stack to the
top. The first lap pushes every index and settles what it can. The second lap walks the
ring once more without pushing, so that the indices still waiting near the end also see
the values at the start. Indices never settled keep -1.

Time O(n): every index is pushed once and popped at most once over 2n steps.
Extra space O(n).
"""


def nextLargerOnRing(nums: list[int]) -> list[int]:
    answer = [-1] * len(nums)
    waiting: list[int] = []
    for i, value in enumerate(nums):  # first lap
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
        waiting.append(i)
    for value in nums:  # second lap: settle only, push nothing
        while waiting and nums[waiting[-1]] < value:
            answer[waiting.pop()] = value
    return answer
