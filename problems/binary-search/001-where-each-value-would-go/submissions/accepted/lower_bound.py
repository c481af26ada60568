# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    answers = []
    for q in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
