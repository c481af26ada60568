# bug: when no run reaches the target it returns len(nums) + 1 instead of 0
# fails on: {"nums": [2, 2, 2], "target": 7}
def shortestRunReachingTarget(nums, target):
    best = float("inf")
    total = 0
    left = 0
    for right, value in enumerate(nums):
        total += value
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best if best != float("inf") else len(nums) + 1
