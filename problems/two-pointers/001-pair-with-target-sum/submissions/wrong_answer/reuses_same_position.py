def pairWithTargetSum(nums, target):
    left, right = 0, len(nums) - 1
    while left <= right:  # bug: lets left == right use one value twice
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    return []
