# bug: starts hi at len(nums) - 1 in a half-open search, so a query above every value gets len(nums) - 1 (fails samples 1 and 3)
# fails on: {"nums": [1, 3], "queries": [5]}
# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
