def countTargetSumStretches(nums, k):
    # bug: a sliding window only works for positive values; with zeros and negatives a
    # stretch can be skipped when the window shrinks past its start
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
