# bug: builds a new list and rebinds the local name, so the caller's list is unchanged
# fails on: {"nums": [0, 1]}
def pushZerosToEnd(nums):
    nums = [x for x in nums if x != 0] + [0] * nums.count(0)
