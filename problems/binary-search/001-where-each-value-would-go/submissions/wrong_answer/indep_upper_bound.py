# bug: uses <= in the comparison, so a value present in nums gets the index after it (fails samples 1 and 3)
# fails on: {"nums": [1, 3], "queries": [3]}
# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    answers = []
    for q in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
