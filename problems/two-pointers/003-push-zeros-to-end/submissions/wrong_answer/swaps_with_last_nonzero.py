# bug: swapping zeros with values from the far end puts the zeros last but scrambles the order of the rest
# fails on: {"nums": [0, 1, 2]}
def pushZerosToEnd(nums):
    left, right = 0, len(nums) - 1
    while left < right:
        if nums[right] == 0:
            right -= 1
        elif nums[left] != 0:
            left += 1
        else:
            nums[left], nums[right] = nums[right], nums[left]
            left += 1
            right -= 1
