def countTargetSumStretches(nums, k):
    n = len(nums)
    found = 0
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total == k:
                found += 1
    return found
