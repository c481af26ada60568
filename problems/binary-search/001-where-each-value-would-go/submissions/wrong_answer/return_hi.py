# bug: classic inclusive search returns hi instead of lo when the value is missing, one position too early (fails samples 1 and 3)
# fails on: {"nums": [1, 3], "queries": [2]}
# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    answers = []
    for q in queries:
        lo, hi = 0, len(nums) - 1
        found = None
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == q:
                found = mid
                break
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(found if found is not None else max(hi, 0))
    return answers
