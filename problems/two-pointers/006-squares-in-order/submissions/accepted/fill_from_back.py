# origin: independent
from typing import List


def squaresInOrder(nums: List[int]) -> List[int]:
    n = len(nums)
    result = [0] * n
    left, right = 0, n - 1
    pos = n - 1
    while left <= right:
        a, b = nums[left] * nums[left], nums[right] * nums[right]
        if a > b:
            result[pos] = a
            left += 1
        else:
            result[pos] = b
            right -= 1
        pos -= 1
    return result
