def bestWindowSum(nums, k):
    # re-adds all k values of every block: O(n * k)
    best = None
    for start in range(len(nums) - k + 1):
        total = 0
        for i in range(start, start + k):
            total += nums[i]
        if best is None or total > best:
            best = total
    return best
