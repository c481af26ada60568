def pushZerosToEnd(nums):
    # repeated passes that swap a zero with the non-zero value right after it
    n = len(nums)
    changed = True
    while changed:
        changed = False
        for i in range(n - 1):
            if nums[i] == 0 and nums[i + 1] != 0:
                nums[i], nums[i + 1] = nums[i + 1], nums[i]
                changed = True
