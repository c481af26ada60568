# slow: O(n*k): takes max() of every window slice from scratch
# origin: independent
from typing import List


def windowMaximums(nums: List[int], k: int) -> List[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
