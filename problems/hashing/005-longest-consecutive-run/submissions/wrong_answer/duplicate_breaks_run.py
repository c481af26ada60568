# bug: sorts without removing repeats, so a repeated value inside a run resets the run
# fails on: {"nums": [1, 2, 2, 3]}
def longestConsecutiveRun(nums):
    values = sorted(nums)
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
        best = max(best, run)
    return best
