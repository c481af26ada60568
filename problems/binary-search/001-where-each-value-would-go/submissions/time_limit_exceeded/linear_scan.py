# slow: O(n * q): walks nums from the start for every query
# origin: independent
from typing import List


def insertPositions(nums: List[int], queries: List[int]) -> List[int]:
    answers = []
    for q in queries:
        pos = 0
        while pos < len(nums) and nums[pos] < q:
            pos += 1
        answers.append(pos)
    return answers
