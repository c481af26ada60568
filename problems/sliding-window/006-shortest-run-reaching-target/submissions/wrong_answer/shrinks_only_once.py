def shortestRunReachingTarget(nums, target):
    best = 0
    total = 0
    left = 0
    for right, value in enumerate(nums):
        total += value
        if total >= target:  # bug: drops at most one value per step instead of looping
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            total -= nums[left]
            left += 1
    return best
