def pushZerosToEnd(nums):
    # bug: builds a new list and rebinds the local name; the caller's list is unchanged
    nums = [x for x in nums if x != 0] + [0] * nums.count(0)
