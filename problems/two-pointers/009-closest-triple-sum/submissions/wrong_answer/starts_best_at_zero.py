# bug: starts best at 0, which need not be a reachable sum and may already look closest
# fails on: {"nums": [5, 6, 7], "target": 1}
def closestTripleSum(nums, target):
    nums = sorted(nums)
    n = len(nums)
    best = 0
    for i in range(n - 2):
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if abs(s - target) < abs(best - target):
                best = s
            if s < target:
                lo += 1
            elif s > target:
                hi -= 1
            else:
                return s
    return best
