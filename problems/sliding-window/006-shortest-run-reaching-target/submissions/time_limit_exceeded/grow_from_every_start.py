def shortestRunReachingTarget(nums, target):
    # correct, but every start grows its own run: O(n^2) when runs are long
    n = len(nums)
    best = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total >= target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
                break
    return best
