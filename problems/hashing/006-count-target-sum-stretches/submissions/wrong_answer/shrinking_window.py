# bug: a shrinking sliding window only works for positive values; with negatives a stretch is skipped when the window shrinks past its start
# fails on: {"nums": [5, -2, 1], "k": 3}
def countTargetSumStretches(nums, k):
    left = 0
    window = 0
    found = 0
    for right, value in enumerate(nums):
        window += value
        while left <= right and window > k:
            window -= nums[left]
            left += 1
        if left <= right and window == k:
            found += 1
    return found
