# bug: sign marking reads a slot without abs(), so a value already marked negative is skipped and its own mark is never set
# fails on: {"nums": [3, 1, 2]}
def smallestAbsentPositive(nums):
    n = len(nums)
    for i in range(n):
        if not 1 <= nums[i] <= n:
            nums[i] = n + 1
    for i in range(n):
        v = nums[i]
        if 1 <= v <= n and nums[v - 1] > 0:
            nums[v - 1] = -nums[v - 1]
    for i in range(n):
        if nums[i] > 0:
            return i + 1
    return n + 1
