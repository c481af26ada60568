def longestConsecutiveRun(nums):
    # Correct, but walks up from every value instead of only from run starts:
    # O(n^2) set lookups on one long run.
    present = set(nums)
    best = 0
    for v in present:
        end = v + 1
        while end in present:
            end += 1
        best = max(best, end - v)
    return best
