# bug: maps each query value to one index in a dict, so when a query repeats only its last occurrence gets an answer (passes all samples)
# fails on: {"nums": [1, 2], "queries": [5, 5]}
# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    where = {q: i for i, q in enumerate(queries)}
    answers = [0] * len(queries)
    pos = 0
    for q in sorted(where):
        lo, hi = pos, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        pos = lo
        answers[where[q]] = pos
    return answers
