# bug: when both ends have the same square it writes it once and moves both pointers, assuming distinct magnitudes; fails sample 02
# fails on: {"nums": [-2, 2]}
# origin: independent
from typing import List


def squaresInOrder(nums: List[int]) -> List[int]:
    left, right = 0, len(nums) - 1
    result = []
    while left <= right:
        a, b = nums[left] * nums[left], nums[right] * nums[right]
        if a > b:
            result.append(a)
            left += 1
        elif b > a:
            result.append(b)
            right -= 1
        else:
            result.append(a)
            left += 1
            right -= 1
    result.reverse()
    return result
