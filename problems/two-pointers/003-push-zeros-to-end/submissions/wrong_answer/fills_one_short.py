# bug: the zero fill stops one slot early, so the last slot keeps a stale value
# fails on: {"nums": [0, 5]}
def pushZerosToEnd(nums):
    write = 0
    for value in nums:
        if value != 0:
            nums[write] = value
            write += 1
    for i in range(write, len(nums) - 1):
        nums[i] = 0
