# bug: returns positions in a sorted copy of the list, not the original positions
# fails on: {"nums": [10, 3, 6], "target": 9}
def findTargetPair(nums, target):
    values = sorted(nums)
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
