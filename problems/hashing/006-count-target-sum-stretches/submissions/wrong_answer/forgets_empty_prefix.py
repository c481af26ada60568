# bug: the empty prefix (running total 0) is never recorded, so stretches that start at position 0 are missed
# fails on: {"nums": [2, 3], "k": 2}
def countTargetSumStretches(nums, k):
    seen = {}
    running = 0
    found = 0
    for value in nums:
        running += value
        found += seen.get(running - k, 0)
        seen[running] = seen.get(running, 0) + 1
    return found
