"""Sliding window holding at most k zeros. Time O(n), extra space O(1)."""


def longestLitStretch(lamps: list[int], k: int) -> int:
    best = 0
    zeros = 0
    left = 0
    for right, lamp in enumerate(lamps):
        if lamp == 0:
            zeros += 1
        while zeros > k:
            if lamps[left] == 0:
                zeros -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
