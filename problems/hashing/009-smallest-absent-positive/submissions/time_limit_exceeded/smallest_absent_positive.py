# slow: O(n^2): tries 1, 2, 3, ... and scans the whole list for each candidate
# origin: independent
from typing import List


def smallestAbsentPositive(nums: List[int]) -> int:
    candidate = 1
    while candidate in nums:
        candidate += 1
    return candidate
