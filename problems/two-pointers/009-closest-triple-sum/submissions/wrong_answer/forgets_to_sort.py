# bug: runs the inward sweep on the list as given, but the sweep is only valid on a sorted list
# fails on: {"nums": [0, 1, 0, 0], "target": -1}
def closestTripleSum(nums, target):
    n = len(nums)
    best = nums[0] + nums[1] + nums[2]
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
