# slow: O(n^2): repeatedly finds and removes the smallest remaining square
# origin: independent
from typing import List


def squaresInOrder(nums: List[int]) -> List[int]:
    remaining = [x * x for x in nums]
    result = []
    while remaining:
        smallest = min(remaining)
        remaining.remove(smallest)
        result.append(smallest)
    return result
