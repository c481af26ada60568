def longestConsecutiveRun(nums):
    values = sorted(nums)  # bug: keeps repeats, and a repeat resets the run
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
        best = max(best, run)
    return best
