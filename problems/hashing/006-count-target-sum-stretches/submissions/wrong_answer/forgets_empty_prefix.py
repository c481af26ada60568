def countTargetSumStretches(nums, k):
    seen = {}  # bug: the empty prefix (running total 0) is never recorded
    running = 0
    found = 0
    for value in nums:
        running += value
        found += seen.get(running - k, 0)
        seen[running] = seen.get(running, 0) + 1
    return found
