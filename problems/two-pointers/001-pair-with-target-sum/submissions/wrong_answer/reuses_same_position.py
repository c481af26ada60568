# bug: the loop runs while left <= right, so when the indices meet one value is paired with itself
# fails on: {"nums": [1, 3, 8], "target": 6}
def pairWithTargetSum(nums, target):
    left, right = 0, len(nums) - 1
    while left <= right:
        total = nums[left] + nums[right]
        if total == target:
            return [left, right]
        if total < target:
            left += 1
        else:
            right -= 1
    return []
