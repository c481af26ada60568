"""Membership set, walking up from run starts only.

A value v starts a run exactly when v - 1 is absent. Only starts walk upward, so every
distinct value is visited by one walk at most.

Time O(n) expected, extra space O(n) for the set.
"""


def longestConsecutiveRun(nums: list[int]) -> int:
    present = set(nums)
    best = 0
    for start in present:  # the set, not the list: each start is walked from once
        if start - 1 in present:
            continue
        end = start + 1
        while end in present:
            end += 1
        best = max(best, end - start)
    return best
