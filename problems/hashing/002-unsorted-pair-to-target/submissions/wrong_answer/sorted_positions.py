def findTargetPair(nums, target):
    values = sorted(nums)  # bug: the positions found are positions in the sorted copy
    lo, hi = 0, len(values) - 1
    while lo < hi:
        total = values[lo] + values[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
