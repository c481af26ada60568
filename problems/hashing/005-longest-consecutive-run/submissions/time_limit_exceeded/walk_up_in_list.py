def longestConsecutiveRun(nums):
    # Correct, but every `in` scans the whole list: O(n) per test, at least O(n^2) total.
    best = 0
    for v in nums:
        length = 1
        while v + length in nums:
            length += 1
        best = max(best, length)
    return best
