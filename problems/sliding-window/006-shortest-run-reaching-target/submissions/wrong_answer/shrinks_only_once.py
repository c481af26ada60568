# bug: drops at most one value from the left per step (if instead of while), so the window can stay too long
# fails on: {"nums": [1, 1, 5], "target": 5}
def shortestRunReachingTarget(nums, target):
    best = 0
    total = 0
    left = 0
    for right, value in enumerate(nums):
        total += value
        if total >= target:
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            total -= nums[left]
            left += 1
    return best
