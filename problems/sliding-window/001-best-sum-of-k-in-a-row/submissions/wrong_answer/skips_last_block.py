def bestWindowSum(nums, k):
    window = sum(nums[:k])
    best = window
    for right in range(k, len(nums) - 1):  # bug: the block ending at the last value is never formed
        window += nums[right] - nums[right - k]
        best = max(best, window)
    return best
