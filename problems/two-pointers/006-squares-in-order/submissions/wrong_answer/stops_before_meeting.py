# bug: loops while left < right, so the last (smallest) square is never written and result[0] stays 0; fails sample 02
# fails on: {"nums": [1, 2]}
# origin: independent
from typing import List


def squaresInOrder(nums: List[int]) -> List[int]:
    n = len(nums)
    result = [0] * n
    left, right = 0, n - 1
    pos = n - 1
    while left < right:
        if abs(nums[left]) > abs(nums[right]):
            result[pos] = nums[left] * nums[left]
            left += 1
        else:
            result[pos] = nums[right] * nums[right]
            right -= 1
        pos -= 1
    return result
