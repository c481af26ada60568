def longestConsecutiveRun(nums):
    # Correct, and skips non-starts, but loops over the list instead of the set, so
    # every copy of a repeated start walks the whole run again: O(n^2) with many copies.
    present = set(nums)
    best = 0
    for v in nums:
        if v - 1 in present:
            continue
        end = v + 1
        while end in present:
            end += 1
        best = max(best, end - v)
    return best
