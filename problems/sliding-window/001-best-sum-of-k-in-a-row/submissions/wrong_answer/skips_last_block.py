# bug: the slide stops one step early, so the block ending at the last value is never formed
# fails on: {"nums": [1, 1, 8], "k": 2}
def bestWindowSum(nums, k):
    window = sum(nums[:k])
    best = window
    for right in range(k, len(nums) - 1):
        window += nums[right] - nums[right - k]
        best = max(best, window)
    return best
