# bug: the best sum starts at 0, so a block with a negative sum can never win, even when every block is negative
# fails on: {"nums": [-4, -2, -7], "k": 2}
def bestWindowSum(nums, k):
    window = sum(nums[:k])
    best = 0
    best = max(best, window)
    for right in range(k, len(nums)):
        window += nums[right] - nums[right - k]
        best = max(best, window)
    return best
