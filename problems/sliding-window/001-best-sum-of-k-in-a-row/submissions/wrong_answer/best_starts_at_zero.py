def bestWindowSum(nums, k):
    window = sum(nums[:k])
    best = 0  # bug: a block with a negative sum can never win, even if all blocks are negative
    best = max(best, window)
    for right in range(k, len(nums)):
        window += nums[right] - nums[right - k]
        best = max(best, window)
    return best
