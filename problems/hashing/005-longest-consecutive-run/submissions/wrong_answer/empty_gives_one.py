# bug: the best length starts at 1, so an empty list gets 1 instead of 0
# fails on: {"nums": []}
def longestConsecutiveRun(nums):
    present = set(nums)
    best = 1
    for start in present:
        if start - 1 not in present:
            end = start + 1
            while end in present:
                end += 1
            best = max(best, end - start)
    return best
