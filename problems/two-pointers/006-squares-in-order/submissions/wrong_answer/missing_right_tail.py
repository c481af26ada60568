# bug: merges outward from the sign change but only copies leftover negatives, not leftover non-negatives
# fails on: {"nums": [1, 2]}
# origin: independent
from typing import List


def squaresInOrder(nums: List[int]) -> List[int]:
    n = len(nums)
    split = 0
    while split < n and nums[split] < 0:
        split += 1
    left, right = split - 1, split
    result = []
    while left >= 0 and right < n:
        if nums[right] * nums[right] <= nums[left] * nums[left]:
            result.append(nums[right] * nums[right])
            right += 1
        else:
            result.append(nums[left] * nums[left])
            left -= 1
    while left >= 0:
        result.append(nums[left] * nums[left])
        left -= 1
    return result
